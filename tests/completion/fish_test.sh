#!/usr/bin/env bash
# Fish completion through fish itself: completions/kfk.fish sourced, then
# `complete -C LINE` lists what fish would offer (word<TAB>description).
source "$(dirname "$0")/common.sh"
command -v fish >/dev/null || { echo "fish is not installed (scripts/setup installs it)"; exit 1; }

check "kfk completion fish is completions/kfk.fish" "" \
  "$(kfk completion fish | cmp - "$source_dir/completions/kfk.fish" 2>&1 || echo differ)"

# fish_complete LINE: fish's answer for LINE (stderr included).
fish_complete() {
  fish --no-config -c "source $source_dir/completions/kfk.fish; complete -C '$1'" 2>&1
}
# offered LINE: the words fish offers for LINE, descriptions dropped.
offered() { fish_complete "$1" | cut -f1; }

check "commands" $'cluster\ntopic\npartitions\nproduce\nconsume\noffsets\ngroup\ntop\nacl\nconfig\nschema\ncompletion\nversion' "$(offered 'kfk ')"
check "subcommands" $'describe\ndelete' "$(offered 'kfk topic de')"
check "descriptions reach fish" "describe"$'\t'"Partitions, leaders, replicas, ISR, watermarks and configs" \
  "$(fish_complete 'kfk topic desc')"
check "command flags and globals" $'--configs\n--context\n--config' "$(offered 'kfk topic describe --con')"
check "IsMember values" $'none\nchanged\nall' "$(offered 'kfk topic describe --configs ')"
check "--acks values" $'all\n-1\n1\n0' "$(offered 'kfk produce t --acks ')"
check "-o for consume" $'text\njson\njsonl' "$(offered 'kfk consume t -o ')"
check "--output=j" $'--output=json\n--output=jsonl' "$(offered 'kfk consume t --output=j')"
check "--from words" "beginning" "$(offered 'kfk consume t --from b')"

create_topics
check "live topic names" "$(printf '%s\n' "${topics[@]}")" "$(offered "kfk -b $brokers topic describe $prefix")"
check "live topic names, narrowed" "${topics[0]}" "$(offered "kfk -b $brokers partitions list ${prefix}o")"
create_group
check "live group names" "$group" "$(offered "kfk -b $brokers consume ${topics[0]} -g $prefix")"
check_config_and_group_topics
check_subjects offered

check_helper_unreachable
start=$(date +%s%N)
out=$(fish_complete "kfk -b $unreachable topic describe ")
within "unreachable cluster: fish's whole answer (fish start included)" 1500 "$start"
check "unreachable cluster: no names, no error text" "" "$out"
finish
