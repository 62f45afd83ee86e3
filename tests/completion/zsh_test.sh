#!/usr/bin/env bash
# Zsh completion in a real interactive zsh: compinit autoloads _kfk from completions/,
# a tab is typed on each line, and the matches zsh offered are compared.
source "$(dirname "$0")/common.sh"
command -v zsh >/dev/null || { echo "zsh is not installed (scripts/setup installs it)"; exit 1; }

check "kfk completion zsh is completions/_kfk" "" \
  "$(kfk completion zsh | cmp - "$source_dir/completions/_kfk" 2>&1 || echo differ)"

# offered LINE: the matches for LINE (one zsh session per call keeps lines independent).
offered() {
  zsh -f "$source_dir/tests/completion/zsh_complete.zsh" "$source_dir" "$1" | sed 1d
}

contains "commands" topic "$(offered 'kfk ')"
check "subcommands" $'describe\ndelete' "$(offered 'kfk topic de')"
check "command flags and globals" $'--configs\n--context\n--config' "$(offered 'kfk topic describe --con')"
check "IsMember values" $'none\nchanged\nall' "$(offered 'kfk topic describe --configs ')"
check "-o for consume" $'text\njson\njsonl' "$(offered 'kfk consume t -o ')"
check "--output=j" $'--output=json\n--output=jsonl' "$(offered 'kfk consume t --output=j')"
check "--from words" "beginning" "$(offered 'kfk consume t --from b')"

create_topic
check "live topic names" "$topic" "$(offered "kfk -b $brokers topic describe $topic")"

start=$(date +%s%N)
kfk __complete -b 127.0.0.1:1 topic describe "" >/dev/null  # the helper alone, for timing
within "unreachable cluster: the helper answers within 1.5 s" 1500 "$start"
check "unreachable cluster: no names" "" "$(offered 'kfk -b 127.0.0.1:1 topic describe ')"
finish
