# Shared by the bench/ scripts: the local cluster, timing with CPU and peak RSS,
# statistics. Source it after setting `root`.

# Peak RSS comes from GNU time's /usr/bin/time (Debian package "time"), which
# scripts/setup does not install: install it here when we may, or say how.
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time (Debian package \"time\") is missing; the benchmarks need it for peak RSS" >&2
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "bench: installing it: apt-get install -y time" >&2
    { apt-get install -y -q time || { apt-get update -q && apt-get install -y -q time; }; } >&2 ||
      { echo "bench: could not install it; run: apt-get install time" >&2; exit 1; }
  else
    echo "bench: install it with: sudo apt-get install time" >&2
    exit 1
  fi
fi

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

# timed RECORD OUT COMMAND...: one measured run, stdout to OUT (a file or /dev/null);
# appends "seconds peak_rss_kb cpu_seconds - - -" to RECORD (see bench/measure).
# streamed RECORD COMMAND...: the same with the stdout read through a pipe and
# timestamped: "seconds peak_rss_kb cpu_seconds lines first_line_seconds longest_gap".
# The command's stderr goes to RECORD.err; a failure shows its tail and returns 1.
timed() { local record=$1 out=$2; shift 2; "$root/bench/measure" "$record" "$out" -- "$@"; }
streamed() { local record=$1; shift; "$root/bench/measure" "$record" - -- "$@"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spread() { sort -n | sed -n '1p;$p' | paste -sd- -; }
column_of() { cut -d' ' -f"$2" "$1"; }
peak_rss_mib() { column_of "$1" 2 | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}'; }
