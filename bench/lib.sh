# Shared by the bench/ scripts: the local cluster, timing with peak RSS, statistics.
# Source it after setting `root`.

kfk=$root/build/kfk
[ -x "$kfk" ] || "$root/scripts/setup" >&2
"$root/scripts/cluster" status >/dev/null 2>&1 || "$root/scripts/cluster" up >&2
bootstrap=$("$root/scripts/cluster" info | python3 -c 'import json,sys; print(json.load(sys.stdin)["bootstrap"])')

# Writes N lines of SIZE bytes (newline included), each unique, to stdout.
make_lines() {
  python3 - "$1" "$2" <<'PY'
import sys
n, size = int(sys.argv[1]), int(sys.argv[2])
pad = "x" * (size - 11)
out = sys.stdout
for i in range(n):
    out.write("%010d%s\n" % (i, pad))
PY
}

# Runs a command with stdout to $2 (a file or /dev/null); appends "seconds peak_rss_kb"
# to $1. The command's stderr goes to $1.err, so a failure can be shown. Wall time from
# bash's microsecond clock (/usr/bin/time's is in 10 ms steps), peak RSS from time.
timed() {
  local record=$1 out=$2 start end
  shift 2
  start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$record.last" "$@" >"$out" 2>"$record.err" || {
    echo "bench: failed: $*" >&2
    tail -5 "$record.err" >&2
    return 1
  }
  end=$EPOCHREALTIME
  printf '%s %s\n' "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}')" "$(cat "$record.last")" >>"$record"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spread() { sort -n | sed -n '1p;$p' | paste -sd- -; }
column_of() { cut -d' ' -f"$2" "$1"; }
peak_rss_mib() { column_of "$1" 2 | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}'; }
