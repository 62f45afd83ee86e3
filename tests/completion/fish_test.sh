#!/usr/bin/env bash
# Fish completion through fish itself: completions/kfk.fish sourced, then
# `complete -C LINE` lists what fish would offer (word<TAB>description).
source "$(dirname "$0")/common.sh"
command -v fish >/dev/null || { echo "fish is not installed (scripts/setup installs it)"; exit 1; }

check "kfk completion fish is completions/kfk.fish" "" \
  "$(kfk completion fish | cmp - "$source_dir/completions/kfk.fish" 2>&1 || echo differ)"

# offered LINE: the words fish offers for LINE, descriptions dropped.
offered() {
  fish --no-config -c "source $source_dir/completions/kfk.fish; complete -C '$1'" | cut -f1
}

contains "commands" topic "$(offered 'kfk ')"
check "subcommands" $'describe\ndelete' "$(offered 'kfk topic de')"
check "descriptions reach fish" "describe"$'\t'"Partitions, leaders, replicas, ISR, watermarks and configs" \
  "$(fish --no-config -c "source $source_dir/completions/kfk.fish; complete -C 'kfk topic desc'")"
check "command flags and globals" $'--configs\n--context\n--config' "$(offered 'kfk topic describe --con')"
check "IsMember values" $'none\nchanged\nall' "$(offered 'kfk topic describe --configs ')"
check "-o for consume" $'text\njson\njsonl' "$(offered 'kfk consume t -o ')"
check "--output=j" $'--output=json\n--output=jsonl' "$(offered 'kfk consume t --output=j')"
check "--from words" "beginning" "$(offered 'kfk consume t --from b')"

create_topic
check "live topic names" "$topic" "$(offered "kfk -b $brokers topic describe $topic")"

start=$(date +%s%N)
out=$(fish --no-config -c "source $source_dir/completions/kfk.fish; complete -C 'kfk -b 127.0.0.1:1 topic describe '" 2>&1)
within "unreachable cluster: at most 1.5 s" 1500 "$start"
check "unreachable cluster: no names, no error text" "" "$out"
finish
