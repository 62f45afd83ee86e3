# bash completion for kfk
#
# Thin on purpose: `kfk __complete WORDS...` walks kfk's own command tree and prints the
# candidates, one per line ("word<TAB>description"), then ":file" or ":nofile". Commands,
# flags, flag values and live topic/group names all come from there.
# Load: source <(kfk completion bash), or install as
# share/bash-completion/completions/kfk.

_kfk() {
    local -a words=()
    local i word joining=0
    # COMP_WORDBREAKS splits "--output=js" into "--output" "=" "js": join them back, as
    # kfk reads them, and remember what readline will replace (the part after "=").
    for ((i = 1; i <= COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == "=" && ${#words[@]} -gt 0 ]]; then
            words[-1]+="="
            joining=1
        elif ((joining)); then
            words[-1]+=$word
            joining=0
        else
            words+=("$word")
        fi
    done
    ((joining)) && [[ ${COMP_WORDS[COMP_CWORD]} != "=" ]] && words+=("")
    local cur=${words[-1]} strip=""
    [[ $cur == --*=* ]] && strip="${cur%%=*}="

    local -a lines
    mapfile -t lines < <("${COMP_WORDS[0]}" __complete "${words[@]}" 2>/dev/null)
    local directive=${lines[-1]-}
    COMPREPLY=()
    local line
    for line in "${lines[@]:0:${#lines[@]}-1}"; do
        line=${line%%$'\t'*}
        COMPREPLY+=("${line#"$strip"}")
    done
    if [[ $directive == :file ]]; then
        compopt -o filenames 2>/dev/null
        local file
        while IFS= read -r file; do COMPREPLY+=("$file"); done < <(compgen -f -- "${cur#"$strip"}")
    fi
}

complete -F _kfk kfk
