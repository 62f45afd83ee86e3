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
    topic | partitions | produce | consume | group | cluster | top | acl | schema) echo "$man_dir/kfk-${1%% *}.1" ;;
    *) echo "$man_dir/kfk.1" ;;
  esac
}

for page in kfk kfk-topic kfk-partitions kfk-produce kfk-consume kfk-group kfk-cluster kfk-top kfk-acl kfk-schema; do
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

# Roff's escapes for '-' and fonts removed.
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g'; }

# tags PAGE PATH: the tag lines (the line after each .TP) that document PATH's options:
# those of its own ".SS kfk PATH ..." subsection and of "Common options" when the page
# has such subsections, else every tag of the page. A flag named only in running text
# or an example does not count as documented.
tags() {
  awk -v path="kfk $2" '
    /^\.SS / {
      heading = $0; sub(/^\.SS +"?/, "", heading); sub(/"$/, "", heading); gsub(/\\-/, "-", heading)
      if (heading == path || index(heading, path " ") == 1) { has_ss = 1; region = 1 }
      else region = (heading == "Common options") ? 2 : 0
      next
    }
    /^\.SH / { region = 0; next }
    after_tp { all = all $0 "\n"; if (region) mine = mine $0 "\n"; after_tp = 0 }
    /^\.TP/ { after_tp = 1 }
    END { printf "%s", has_ss ? mine : all }
  ' "$1" | plain
}

# check_command PATH...: every flag of `kfk PATH --help` is a tag in PATH's part of its
# page; then the same for each of its subcommands.
checked=0
check_command() {
  local path="$*" help flags flag page text subs sub
  help=$("$kfk" "$@" --help)
  page=$(page_for "$path")
  [[ -f $page ]] || { fail "no man page for 'kfk $path'"; return; }
  text=$(tags "$page" "$path")
  # Option lines: "  -p,--partitions INT ..." -> -p --partitions
  flags=$(sed -n '/^Options:/,/^$/p' <<<"$help" | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n')
  for flag in $flags; do
    checked=$((checked + 1))
    grep -qE -- "(^|[^a-zA-Z0-9-])${flag}([^a-zA-Z0-9-]|\$)" <<<"$text" ||
      fail "kfk $path: $flag is not documented (.TP) in $(basename "$page")"
  done
  subs=$(sed -n '/^Subcommands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
  for sub in $subs; do check_command "$@" "$sub"; done
}
check_command

(( checked > 40 )) || fail "only $checked flags found in --help: is the parsing still right?"
if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
echo "ok: $checked flags, every one in its man page; pages lint clean"
