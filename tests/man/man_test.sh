#!/usr/bin/env bash
# The man pages: present for every command group, lint clean (groff -ww and mandoc
# -Tlint), and naming every flag that `kfk <command> --help` lists, walking the live
# command tree through the "Subcommands:" sections of --help.
#   usage: man_test.sh KFK_BINARY SOURCE_DIR
set -euo pipefail
kfk=$1
man_dir=$2/man
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The page documenting a command path: each group with a page of its own, the rest kfk.1.
page_for() {
  case "${1%% *}" in
    topic | partitions | produce | consume | group | cluster) echo "$man_dir/kfk-${1%% *}.1" ;;
    *) echo "$man_dir/kfk.1" ;;
  esac
}

for page in kfk kfk-topic kfk-partitions kfk-produce kfk-consume kfk-group kfk-cluster; do
  [[ -f $man_dir/$page.1 ]] || fail "man/$page.1 is missing"
done

for page in "$man_dir"/*.1; do
  out=$(groff -man -ww -z "$page" 2>&1) || true
  [[ -z $out ]] || fail "groff -ww $(basename "$page"): $out"
  if command -v mandoc >/dev/null; then
    out=$(mandoc -Tlint -W warning "$page" 2>&1) || true
    [[ -z $out ]] || fail "mandoc -Tlint $(basename "$page"): $out"
  else
    fail "mandoc is not installed (scripts/setup installs it)"
  fi
done

# The page's text with roff's escapes for '-' and fonts removed.
page_text() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$1"; }

# check_command PATH...: every flag of `kfk PATH --help` is in PATH's page; then recurse.
checked=0
check_command() {
  local path="$*" help flags flag page text subs sub
  help=$("$kfk" "$@" --help)
  page=$(page_for "$path")
  [[ -f $page ]] || { fail "no man page for 'kfk $path'"; return; }
  text=$(page_text "$page")
  # Option lines: "  -p,--partitions INT ..." -> -p --partitions
  flags=$(sed -n '/^Options:/,/^$/p' <<<"$help" | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n')
  for flag in $flags; do
    checked=$((checked + 1))
    grep -qE -- "(^|[^a-zA-Z0-9-])${flag}([^a-zA-Z0-9-]|\$)" <<<"$text" ||
      fail "kfk $path: $flag is not in $(basename "$page")"
  done
  subs=$(sed -n '/^Subcommands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
  for sub in $subs; do check_command "$@" "$sub"; done
}
check_command

(( checked > 40 )) || fail "only $checked flags found in --help: is the parsing still right?"
if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
echo "ok: $checked flags, every one in its man page; pages lint clean"
