#!/usr/bin/env bash
# Bash completion through the real completion function: COMP_WORDS and COMP_CWORD as
# bash fills them (COMP_WORDBREAKS splits "--output=json" at "="), COMPREPLY read back.
source "$(dirname "$0")/common.sh"
source "$source_dir/completions/kfk.bash"

# complete WORD...: the last word is the one being completed.
complete_words() {
  COMP_WORDS=(kfk "$@")
  COMP_CWORD=$#
  COMP_LINE="kfk $*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _kfk
  printf '%s\n' "${COMPREPLY[@]}"
}

check "kfk completion bash is completions/kfk.bash" "" \
  "$(kfk completion bash | cmp - "$source_dir/completions/kfk.bash" 2>&1 || echo differ)"
[[ $(complete -p kfk) == "complete -F _kfk kfk" ]] && echo "ok: registered" || { echo "FAIL: registered"; failures=$((failures + 1)); }

all=$(complete_words "")
contains "commands: topic" topic "$all"
contains "commands: completion" completion "$all"
if grep -q __complete <<<"$all"; then echo "FAIL: hidden __complete offered"; failures=$((failures + 1)); fi
check "subcommands" $'describe\ndelete' "$(complete_words topic de)"
contains "partitions subcommands" list "$(complete_words partitions "")"
check "command flags and globals" $'--configs\n--context\n--config' "$(complete_words topic describe --con)"
check "short flags" $'-b\n-F\n-X\n-o\n-v\n-q\n-h' "$(complete_words topic list - | grep -v -- '^--')"
check "IsMember values" $'none\nchanged\nall' "$(complete_words topic describe --configs "")"
check "-o for a table command" $'table\njson' "$(complete_words topic list -o "")"
check "-o for consume" $'text\njson\njsonl' "$(complete_words consume t -o "")"
check "--output=j split by COMP_WORDBREAKS" $'json\njsonl' "$(complete_words consume t --output = j)"
check "--output= split by COMP_WORDBREAKS" $'text\njson\njsonl' "$(complete_words consume t --output =)"
check "--from words" $'beginning' "$(complete_words consume t --from b)"
check "shells" $'bash\nzsh\nfish' "$(complete_words completion "")"
check "free values complete nothing" "" "$(complete_words -b "")"
file_dir=$(mktemp -d); touch "$file_dir/client.properties"
check "FILE options complete files" "$file_dir/client.properties" "$(complete_words -F "$file_dir/cl")"
rm -rf "$file_dir"

create_topic
check "live topic names" "$topic" "$(complete_words -b "$brokers" topic describe "$topic")"
check "live topic names, second slot of partitions add is not a topic" "" \
  "$(complete_words -b "$brokers" partitions add "$topic" "$topic")"
check "a name already typed is not offered again" "" "$(complete_words -b "$brokers" topic delete "$topic" "$topic")"
check "live names after --context-free -X" "$topic" \
  "$(complete_words -X client.id=completion-test -b "$brokers" consume "$topic")"

start=$(date +%s%N)
out=$(complete_words -b 127.0.0.1:1 topic describe "" 2>&1)
within "unreachable cluster: at most 1.5 s" 1500 "$start"
check "unreachable cluster: no names, no error text" "" "$out"
finish
