# bash completion for kfk
#
# Thin on purpose: `kfk __complete WORDS...` walks kfk's own command tree and prints the
# candidates, one per line ("word<TAB>description"), then ":file" or ":nofile". Commands,
# flags, flag values and live topic/group names all come from there.
# Load: source <(kfk completion bash), or install as
# share/bash-completion/completions/kfk.

_kfk() {
    # bash also splits words at COMP_WORDBREAKS (= and :), so "--output=js" and
    # "-b host:9092,host:9093" arrive in pieces. Join the pieces that touch in the line,
    # so that kfk sees the words as the command will. `piece` ends as the last piece of
    # the current word: the text readline replaces.
    local -a words=()
    local rest=${COMP_LINE:0:COMP_POINT} trimmed piece="" touching i
    for ((i = 0; i <= COMP_CWORD; i++)); do
        trimmed=${rest#"${rest%%[![:space:]]*}"}
        touching=0
        ((i > 1)) && [[ ${#trimmed} -eq ${#rest} ]] && touching=1
        piece=${trimmed:0:${#COMP_WORDS[i]}}  # the cursor may stand inside the word
        rest=${trimmed:${#piece}}
        ((i == 0)) && continue
        if ((touching)); then
            words[-1]+=$piece
        else
            words+=("$piece")
        fi
    done
    ((${#words[@]})) || words=("")
    # After "--output=" readline replaces nothing: the break characters stay.
    [[ -z ${piece//[$COMP_WORDBREAKS]/} ]] && piece=""
    local cur=${words[-1]}
    local strip=${cur:0:${#cur}-${#piece}}

    local -a lines
    mapfile -t lines < <("${COMP_WORDS[0]}" __complete "${words[@]}" 2>/dev/null)
    COMPREPLY=()
    ((${#lines[@]})) || return 0
    local directive=${lines[-1]}
    local line
    for line in "${lines[@]:0:${#lines[@]}-1}"; do
        line=${line%%$'\t'*}
        # "KEY=" (topic config --set) wants its value right after: no blank.
        [[ $line == *= ]] && compopt -o nospace 2>/dev/null
        [[ $line == "$strip"* ]] && COMPREPLY+=("${line:${#strip}}")
    done
    if [[ $directive == :file ]]; then
        compopt -o filenames 2>/dev/null
        local value=$cur
        [[ $cur == --*=* ]] && value=${cur#*=}
        local before=${cur:0:${#cur}-${#value}}
        while IFS= read -r line; do
            line=$before$line
            COMPREPLY+=("${line:${#strip}}")
        done < <(compgen -f -- "$value")
    fi
}

complete -F _kfk kfk
