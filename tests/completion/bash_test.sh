#!/usr/bin/env bash
# Bash completion through the real completion function, with COMP_LINE, COMP_POINT,
# COMP_WORDS and COMP_CWORD as bash fills them: words split also at COMP_WORDBREAKS
# ("--output=js" -> "--output" "=" "js", "-b h:9092" -> "-b" "h" ":" "9092").
source "$(dirname "$0")/common.sh"
source "$source_dir/completions/kfk.bash"

# split_like_bash LINE: fills COMP_WORDS and COMP_CWORD for the cursor at LINE's end, as
# bash does: blanks separate words, and each run of the other COMP_WORDBREAKS characters
# is a word of its own.
split_like_bash() {
  local line=$1 breaks=${COMP_WORDBREAKS//[[:space:]]/} c word="" kind="" i
  COMP_WORDS=()
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ $c == [[:space:]] ]]; then
      [[ -n $word ]] && COMP_WORDS+=("$word")
      word="" kind=""
      continue
    fi
    local this=word
    [[ $breaks == *"$c"* ]] && this=break
    if [[ -n $word && $this != "$kind" ]]; then
      COMP_WORDS+=("$word")
      word=""
    fi
    word+=$c
    kind=$this
  done
  COMP_WORDS+=("$word")  # the current word; empty after a blank
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
}

# complete_line LINE: what the completion function offers with the cursor at LINE's end.
complete_line() {
  COMP_LINE=$1
  COMP_POINT=${#COMP_LINE}
  split_like_bash "$1"
  COMPREPLY=()
  _kfk
  printf '%s\n' "${COMPREPLY[@]}"
}

check "kfk completion bash is completions/kfk.bash" "" \
  "$(kfk completion bash | cmp - "$source_dir/completions/kfk.bash" 2>&1 || echo differ)"
[[ $(complete -p kfk) == "complete -F _kfk kfk" ]] && echo "ok: registered" || { echo "FAIL: registered"; failures=$((failures + 1)); }
split_like_bash "kfk -b h:1,h:2 --output=js"
check "the test splits words as bash does" $'kfk\n-b\nh\n:\n1,h\n:\n2\n--output\n=\njs' "$(printf '%s\n' "${COMP_WORDS[@]}")"

all=$(complete_line "kfk ")
check "commands" $'cluster\ntopic\npartitions\nproduce\nconsume\noffsets\ngroup\ntop\nacl\nconfig\nschema\ncompletion\nversion' "$all"
check "subcommands" $'describe\ndelete' "$(complete_line "kfk topic de")"
check "partitions subcommands" $'list\nadd\nkey' "$(complete_line "kfk partitions ")"
check "command flags and globals" $'--configs\n--context\n--config' "$(complete_line "kfk topic describe --con")"
check "short flags" $'-b\n-F\n-X\n-o\n-v\n-q\n-h' "$(complete_line "kfk topic list -" | grep -v -- '^--')"
check "produce flags" $'--skip-empty\n--strict\n--skip-invalid\n--sync\n--subject\n--schema-id' "$(complete_line "kfk produce t --s")"
check "IsMember values" $'none\nchanged\nall' "$(complete_line "kfk topic describe --configs ")"
check "--acks values" $'all\n-1\n1\n0' "$(complete_line "kfk produce t --acks ")"
check "acl operations" $'all\nread\nwrite\ncreate\ndelete\nalter\ndescribe\ncluster-action\ndescribe-configs\nalter-configs\nidempotent-write' "$(complete_line "kfk acl create --operation ")"
check "acl pattern types" $'literal\nprefixed' "$(complete_line "kfk acl create --pattern-type ")"
check "acl list pattern types" $'literal\nprefixed\nany\nmatch' "$(complete_line "kfk acl list --pattern-type ")"
check "--compression values" $'none\ngzip\nsnappy\nlz4\nzstd' "$(complete_line "kfk produce t --compression ")"
check "-o for a table command" $'table\njson' "$(complete_line "kfk topic list -o ")"
check "-o for consume" $'text\njson\njsonl' "$(complete_line "kfk consume t -o ")"
check "--output=j (split at =)" $'json\njsonl' "$(complete_line "kfk consume t --output=j")"
check "--output= (split at =)" $'text\njson\njsonl' "$(complete_line "kfk consume t --output=")"
check "--from words" $'beginning' "$(complete_line "kfk consume t --from b")"
check "offsets --at words" $'earliest\nend' "$(complete_line "kfk offsets t --at e")"
check "wait commands" $'describe\nconfig\nwait' "$(complete_line "kfk cluster ")"
check "group wait flags" $'--lag-below' "$(complete_line "kfk group wait g --lag")"
check "cluster config change flags" $'--delete\n--dry-run' "$(complete_line "kfk cluster config --d")"
check "shells" $'bash\nzsh\nfish' "$(complete_line "kfk completion ")"
check "free values complete nothing" "" "$(complete_line "kfk -b ")"
file_dir=$(mktemp -d); touch "$file_dir/client.properties"
check "FILE options complete files" "$file_dir/client.properties" "$(complete_line "kfk -F $file_dir/cl")"
check "--config=FILE completes files after the =" "$file_dir/client.properties" \
  "$(complete_line "kfk --config=$file_dir/cl")"
rm -rf "$file_dir"

create_topics
# -b host:port,host:port reaches bash as pieces; the cluster must still be the one named.
check "live topic names" "$(printf '%s\n' "${topics[@]}")" \
  "$(complete_line "kfk -b $brokers topic describe $prefix")"
check "live topic names, narrowed" "${topics[1]}" "$(complete_line "kfk -b $brokers topic describe ${prefix}p")"
check "the cache lives in \$XDG_CACHE_HOME" "1" "$(find "$cache_dir" -name 'topics-*' | wc -l)"
check "for produce" "${topics[0]}" "$(complete_line "kfk produce -b $brokers ${prefix}o")"
check "for partitions key" "${topics[0]}" "$(complete_line "kfk -b $brokers partitions key ${prefix}o")"
check "for offsets" "${topics[0]}" "$(complete_line "kfk -b $brokers offsets ${prefix}o")"
check "for topic wait" "${topics[0]}" "$(complete_line "kfk -b $brokers topic wait ${prefix}o")"
check "the second slot of partitions add is not a topic" "" \
  "$(complete_line "kfk -b $brokers partitions add ${topics[0]} ${prefix}")"
check "a name already typed is not offered again" "${topics[1]}" \
  "$(complete_line "kfk -b $brokers topic delete ${topics[0]} ${prefix}")"
check "live names after -X" "${topics[0]}" \
  "$(complete_line "kfk -X client.id=completion-test -b $brokers consume ${prefix}o")"
check "live names with --brokers=" "${topics[0]}" \
  "$(complete_line "kfk --brokers=$brokers consume ${prefix}o")"
check "live names from KFK_BROKERS" "${topics[0]}" \
  "$(KFK_BROKERS=$brokers complete_line "kfk consume ${prefix}o")"
mkdir -p "$XDG_CONFIG_HOME/kfk"
printf '[context cmp-local]\nbootstrap.servers = %s\n\n[context cmp-nowhere]\nbootstrap.servers = %s\n' \
  "$brokers" "$unreachable" >"$XDG_CONFIG_HOME/kfk/config"
chmod 600 "$XDG_CONFIG_HOME/kfk/config"
check "context names from the config file" $'cmp-local\ncmp-nowhere' "$(complete_line "kfk --context ")"
check "context names for config use" "cmp-local" "$(complete_line "kfk config use cmp-l")"
check "live names from the cluster of --context" "${topics[0]}" \
  "$(complete_line "kfk --context cmp-local topic config ${prefix}o")"
check "--context=NAME" "${topics[0]}" "$(complete_line "kfk --context=cmp-local topic config ${prefix}o")"
check "--context that names an unreachable cluster" "" "$(complete_line "kfk --context cmp-nowhere topic config ${prefix}o")"

# A topic created now is not offered while the cached answer is fresh (repeated tabs do
# not ask the cluster), and is once the cache is gone.
kfk -b "$brokers" topic create "${prefix}late" -p 1 -r 1 >/dev/null
start=$(date +%s%N)
cached=$(complete_line "kfk -b $brokers topic describe $prefix")
within "a cached answer is fast" 500 "$start"
check "a cached answer is not fetched again" "$(printf '%s\n' "${topics[@]}")" "$cached"
rm -rf "$cache_dir"
check "without the cache, the cluster is asked" "$(printf '%s\n' "${topics[@]}" "${prefix}late")" \
  "$(complete_line "kfk -b $brokers topic describe $prefix")"

check_subjects complete_line

create_group
check "live group names for -g" "$group" "$(complete_line "kfk -b $brokers consume ${topics[0]} -g $prefix")"
check "live group names for --group=" "$group" \
  "$(complete_line "kfk -b $brokers consume ${topics[0]} --group=$prefix")"

# Names that belong to the words before them: the topic of topic config, the group of
# group lag and its siblings.
set_topic_config
check "topic config --set: the topic's keys, as KEY=" $'retention.bytes=\nretention.ms=' \
  "$(complete_line "kfk -b $brokers topic config ${topics[0]} --set retention.")"
check "topic config --set=: the same after the = (split at =)" $'retention.bytes=\nretention.ms=' \
  "$(complete_line "kfk -b $brokers topic config ${topics[0]} --set=retention.")"
check "topic config --set KEY=: the values of an enumerated key (split at =)" \
  $'delete\ncompact\ndelete,compact' \
  "$(complete_line "kfk -b $brokers topic config ${topics[0]} --set cleanup.policy=")"
check "topic config --delete: the keys the topic sets" "retention.ms" \
  "$(complete_line "kfk -b $brokers topic config ${topics[1]} --delete ")"
check "topic config --delete: none set, none offered" "" \
  "$(complete_line "kfk -b $brokers topic config ${topics[0]} --delete ")"
check "topic config --set: no topic yet, no keys" "" \
  "$(complete_line "kfk -b $brokers topic config --set retention.")"
for verb in lag offsets reset wait delete-offsets; do
  check "group $verb G --topic: the topics G committed offsets for" "${topics[0]}" \
    "$(complete_line "kfk -b $brokers group $verb $group --topic $prefix")"
done
check "group lag --topic without a group: every topic" \
  "$(printf '%s\n' "${topics[@]}" "${prefix}late")" \
  "$(complete_line "kfk -b $brokers group lag --topic $prefix")"
check "group reset G --topic for a group without offsets: every topic" \
  "$(printf '%s\n' "${topics[@]}" "${prefix}late")" \
  "$(complete_line "kfk -b $brokers group reset ${prefix}new-group --topic $prefix")"

start=$(date +%s%N)
out=$(complete_line "kfk -b $unreachable topic describe " 2>&1)
within "unreachable cluster: the tab answers within ${limit_ms} ms" "$limit_ms" "$start"
check "unreachable cluster: no names, no error text" "" "$out"
start=$(date +%s%N)
out=$(complete_line "kfk -b $unreachable topic config t --set " 2>&1)
within "unreachable cluster: config keys give up within ${limit_ms} ms" "$limit_ms" "$start"
check "unreachable cluster: no config keys" "" "$out"
check_helper_unreachable
finish
