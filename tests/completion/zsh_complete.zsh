# Completes each LINE in a real interactive zsh (under zpty, so that ZLE runs the
# completion system) with _kfk autoloaded from completions/ by compinit, and prints
# "== LINE" followed by the matches zsh offered. A compadd wrapper records them.
#   zsh -f zsh_complete.zsh SOURCE_DIR LINE...
zmodload zsh/zpty
source_dir=$1
shift
log=$(mktemp)

zpty kfkz "zsh -f -i"
zpty -w kfkz "PS1='%% '; fpath=($source_dir/completions \$fpath); autoload -Uz compinit; compinit -u -D"
# compadd -O collects the matches (after zsh's own prefix matching) without adding them;
# calls that already collect (-O/-A/-D, from inside _describe) pass straight through.
zpty -w kfkz 'compadd() { if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi; local -a found; builtin compadd -O found "$@"; (( ${#found} )) && print -rl -- $found >> '$log'; builtin compadd "$@"; }'
zpty -w kfkz "bindkey '^I' complete-word"

# wait_marker: runs a command that appends a marker, and waits for it (at most 10 s).
wait_marker() {
  zpty -w kfkz "print -r -- __done__ >> $log"
  local i
  for i in {1..200}; do
    grep -q __done__ $log 2>/dev/null && return 0
    sleep 0.05
  done
  print -u2 "zsh_complete: no answer from the pty"
  return 1
}

: > $log
wait_marker || exit 1
for line in "$@"; do
  : > $log
  zpty -w -n kfkz "$line"$'\t'
  zpty -w -n kfkz $'\C-u'
  wait_marker || exit 1
  print -r -- "== $line"
  grep -v __done__ $log | sort -u
done
zpty -d kfkz
rm -f $log
