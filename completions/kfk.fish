# fish completion for kfk
#
# Thin on purpose: `kfk __complete WORDS...` walks kfk's own command tree and prints the
# candidates, one per line ("word<TAB>description", as fish wants them), then ":file" or
# ":nofile". Commands, flags, flag values and live topic/group names all come from there.
# Load: kfk completion fish | source, or install as
# share/fish/vendor_completions.d/kfk.fish.

function __kfk_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l lines ($tokens[1] __complete $tokens[2..-1] $current 2>/dev/null)
    set -q lines[1]; or return
    set -l directive $lines[-1]
    set -e lines[-1]
    if set -q lines[1]
        printf '%s\n' $lines
    end
    if test "$directive" = :file
        __fish_complete_path $current
    end
end

complete -c kfk -f -a '(__kfk_complete)'
