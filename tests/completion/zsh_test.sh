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

check "commands" $'cluster\ntopic\npartitions\nproduce\nconsume\noffsets\ngroup\ntop\nacl\nconfig\nschema\ncompletion\nversion' "$(offered 'kfk ')"
check "subcommands" $'describe\ndelete' "$(offered 'kfk topic de')"
check "command flags and globals" $'--configs\n--context\n--config' "$(offered 'kfk topic describe --con')"
check "IsMember values" $'none\nchanged\nall' "$(offered 'kfk topic describe --configs ')"
check "--compression values" $'none\ngzip\nsnappy\nlz4\nzstd' "$(offered 'kfk produce t --compression ')"
check "-o for consume" $'text\njson\njsonl' "$(offered 'kfk consume t -o ')"
check "--output=j" $'--output=json\n--output=jsonl' "$(offered 'kfk consume t --output=j')"
check "--from words" "beginning" "$(offered 'kfk consume t --from b')"

create_topics
check "live topic names" "$(printf '%s\n' "${topics[@]}")" "$(offered "kfk -b $brokers topic describe $prefix")"
check "live topic names, narrowed" "${topics[1]}" "$(offered "kfk -b $brokers consume ${prefix}p")"
create_group
check "live group names" "$group" "$(offered "kfk -b $brokers consume ${topics[0]} --group $prefix")"
check_config_and_group_topics
check_subjects offered

check_helper_unreachable
start=$(date +%s%N)
out=$(offered "kfk -b $unreachable topic describe ")
# The zsh session's own start and the pty round trips come on top: the tab itself is
# the helper measured above.
within "unreachable cluster: a whole zsh session with the tab" 3000 "$start"
check "unreachable cluster: no names" "" "$out"
finish
