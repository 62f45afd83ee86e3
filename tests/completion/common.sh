# Shared by the shell completion tests (sourced by bash): the kfk under test on PATH, a
# private completion cache, topics and a consumer group of our own on the running
# cluster, and checks that fail the test with both sides shown.
#   usage: <test>.sh KFK_BINARY SOURCE_DIR
set -euo pipefail

kfk_binary=$1
source_dir=$2
kfk_dir=$(cd "$(dirname "$kfk_binary")" && pwd)
[[ -x $kfk_dir/kfk ]] || { echo "no kfk in $kfk_dir" >&2; exit 1; }
export PATH="$kfk_dir:$PATH"
# The cluster the other integration tests use (KFK_CLUSTER_DIR and its ports included),
# as scripts/cluster describes it (before XDG_CACHE_HOME moves to a private directory).
brokers=$("$source_dir/scripts/cluster" info |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["bootstrap"])')
export XDG_CACHE_HOME
XDG_CACHE_HOME=$(mktemp -d)
export XDG_CONFIG_HOME=$XDG_CACHE_HOME/config  # no user config file
cache_dir=$XDG_CACHE_HOME/kfk/completion
unset KFK_BROKERS KFK_CONTEXT KFK_CONFIG
# Our names share a prefix no other test uses, so that completing it offers exactly ours.
prefix=cmp-$$-$RANDOM-
topics=("${prefix}orders" "${prefix}payments")
group=${prefix}group
# Schema Registry subjects of our own, on the registry the schema tests use
# (tests/integration/schema_support.hpp: KFK_TEST_REGISTRY, else scripts/registry's).
registry=${KFK_TEST_REGISTRY:-http://127.0.0.1:18081/apis/ccompat/v7}
subjects=("${prefix}orders-value" "${prefix}payments-value")
# The unreachable cluster and the limit for it: the issue's 1 s.
unreachable=127.0.0.1:1
limit_ms=1000
failures=0

cleanup() {
  kfk -b "$brokers" topic delete "${topics[@]}" "${prefix}late" --if-exists --yes >/dev/null 2>&1 || true
  # Deleting its topic also empties the group; `kfk group delete` removes it at once
  # where that command exists.
  kfk -b "$brokers" group delete "$group" --if-exists >/dev/null 2>&1 || true
  for subject in "${subjects[@]}"; do
    curl -s -X DELETE "$registry/subjects/$subject" >/dev/null 2>&1 || true
    curl -s -X DELETE "$registry/subjects/$subject?permanent=true" >/dev/null 2>&1 || true
  done
  rm -rf "$XDG_CACHE_HOME"
}
trap cleanup EXIT

create_topics() {
  kfk -b "$brokers" topic create "${topics[@]}" -p 1 -r 1 >/dev/null
}

# create_group: a consumer group that committed an offset, so the brokers list it.
create_group() {
  echo hello | kfk -b "$brokers" produce "${topics[0]}" -q
  kfk -b "$brokers" -q consume "${topics[0]}" -g "$group" --from beginning -e >/dev/null
}

# check_subjects COMPLETER: live subject names from the registry KFK_REGISTRY names,
# through the shell's COMPLETER LINE (complete_line or offered).
check_subjects() {
  local complete=$1 subject
  for subject in "${subjects[@]}"; do
    curl -sS -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
      --data '{"schema": "{\"type\": \"record\", \"name\": \"R\", \"fields\": []}"}' \
      "$registry/subjects/$subject/versions" >/dev/null
  done
  check "live subject names" "$(printf '%s\n' "${subjects[@]}")" \
    "$(KFK_REGISTRY=$registry "$complete" "kfk schema show $prefix")"
  check "live subject names, narrowed" "${subjects[1]}" \
    "$(KFK_REGISTRY=$registry "$complete" "kfk schema delete ${prefix}p")"
  check "subjects for produce --subject" "${subjects[0]}" \
    "$(KFK_REGISTRY=$registry "$complete" "kfk produce ${topics[0]} --subject ${prefix}o")"
  check "no registry, no subjects" "" "$(KFK_REGISTRY='' "$complete" "kfk schema show $prefix")"
}

# set_topic_config: a config the second topic sets itself, for `topic config --delete`.
set_topic_config() {
  kfk -b "$brokers" topic config "${topics[1]}" --set retention.ms=3600000 >/dev/null
}

# The live config keys and values after topic config T --set/--delete, and a group's own
# topics after group lag G --topic, through the shell's `offered LINE` (zsh and fish).
check_config_and_group_topics() {
  set_topic_config
  check "topic config --set: the topic's keys, as KEY=" $'retention.bytes=\nretention.ms=' \
    "$(offered "kfk -b $brokers topic config ${topics[0]} --set retention.")"
  check "topic config --set KEY=: the values of an enumerated key" \
    $'cleanup.policy=delete\ncleanup.policy=compact\ncleanup.policy=delete,compact' \
    "$(offered "kfk -b $brokers topic config ${topics[0]} --set cleanup.policy=")"
  check "topic config --delete: the keys the topic sets" "retention.ms" \
    "$(offered "kfk -b $brokers topic config ${topics[1]} --delete ")"
  check "group lag G --topic: the topics G committed offsets for" "${topics[0]}" \
    "$(offered "kfk -b $brokers group lag $group --topic $prefix")"
}

# check NAME EXPECTED ACTUAL: exact comparison of newline-separated, sorted lists.
check() {
  local name=$1 expected actual
  expected=$(printf '%s\n' "$2" | sed '/^$/d' | sort)
  actual=$(printf '%s\n' "$3" | sed '/^$/d' | sort)
  if [[ "$expected" == "$actual" ]]; then
    echo "ok: $name"
  else
    echo "FAIL: $name"
    diff <(echo "$expected") <(echo "$actual") | sed 's/^/    /' || true
    failures=$((failures + 1))
  fi
}

# contains NAME WORD ACTUAL
contains() {
  if grep -qxF -- "$2" <<<"$3"; then echo "ok: $1"; else
    echo "FAIL: $1: '$2' not in:"; sed 's/^/    /' <<<"$3"; failures=$((failures + 1)); fi
}

# startup_ms: kfk's own start-up and exit in ms, the slowest of three `kfk --version`
# runs, measured once per script. Not part of what a completion deadline is about, and
# it varies with the machine's load and the build (tests/support/timing.hpp, same rule).
measure_startup() {  # sets startup_ms, once
  [[ -n ${startup_ms:-} ]] && return 0
  local i t0 t
  startup_ms=0
  for i in 1 2 3; do
    t0=$(date +%s%N)
    kfk --version >/dev/null
    t=$(( ($(date +%s%N) - t0) / 1000000 ))
    if (( t > startup_ms )); then startup_ms=$t; fi
  done
}
# A sanitizer build (KFK_TEST_SANITIZE=1, set by CMake) runs everything about 2x slower;
# its limits are 3x.
time_factor=1
[[ ${KFK_TEST_SANITIZE:-0} == 1 ]] && time_factor=3

# within NAME MILLIS START_NS: the time since START_NS, less kfk's start-up, is below
# MILLIS (times time_factor).
within() {
  local elapsed=$(( ($(date +%s%N) - $3) / 1000000 ))
  local limit=$(( $2 * time_factor ))
  measure_startup
  local own=$(( elapsed - startup_ms ))
  if (( own < limit )); then echo "ok: $1 (${elapsed} ms, ${own} ms less start-up)"; else
    echo "FAIL: $1: took ${elapsed} ms, ${own} ms less kfk's start-up of ${startup_ms} ms, limit ${limit} ms"
    failures=$((failures + 1)); fi
}

# The helper itself, as every script calls it, against the unreachable cluster: within
# the limit, nothing but the directive on stdout, nothing at all on stderr.
check_helper_unreachable() {
  local start out err
  err=$(mktemp)
  start=$(date +%s%N)
  out=$(kfk __complete -b "$unreachable" topic describe "" 2>"$err")
  within "unreachable cluster: kfk __complete answers within ${limit_ms} ms" "$limit_ms" "$start"
  check "unreachable cluster: no names, only the directive" ":nofile" "$out"
  check "unreachable cluster: nothing on stderr" "" "$(cat "$err")"
  rm -f "$err"
}

finish() {
  if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
  echo "all checks passed"
}
