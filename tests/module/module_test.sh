#!/usr/bin/env bash
# kfk-schema.so stays a module: kfk itself links none of its libraries (every other
# command would load them at start-up), the build tree's kfk finds the module beside
# it, and a missing module is one clear line and exit 1. No network: the registry URL
# is a closed port, so a found module answers "unreachable" (exit 6).
#   usage: module_test.sh KFK_BINARY STATIC_CXX
# STATIC_CXX: ON when kfk links libstdc++ in (KFK_STATIC_CXX_RUNTIME); then it must not
# need libstdc++.so either: that runtime is the module's, and one per process side.
set -uo pipefail
kfk=$1
static_cxx=${2:-ON}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
closed=http://127.0.0.1:9

needed=$(readelf -d "$kfk" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "kfk NEEDED: $(tr '\n' ' ' <<<"$needed")"
module_libs="libcurl libavro libprotobuf libprotoc"
[[ $static_cxx == ON ]] && module_libs+=" libstdc++"
for lib in $module_libs; do
  if grep -q "^$lib" <<<"$needed"; then fail "kfk links $lib (it belongs in kfk-schema.so)"; else ok "kfk does not link $lib"; fi
done

module=$(dirname "$kfk")/kfk-schema.so
[[ -f $module ]] && ok "kfk-schema.so beside kfk" || fail "no $module"

err=$(env -u KFK_SCHEMA_MODULE "$kfk" schema list --registry "$closed" 2>&1 >/dev/null); rc=$?
if [[ $rc -eq 6 && $err == *"schema registry unreachable"* ]]; then ok "the module beside kfk is found"; else
  fail "schema list with the module beside kfk: exit $rc, '$err'"; fi

for args in "schema list" "consume t --decode value=avro" "produce t --encode value=avro"; do
  # shellcheck disable=SC2086
  err=$(KFK_SCHEMA_MODULE=/nonexistent/kfk-schema.so "$kfk" $args --registry "$closed" -b 127.0.0.1:9 </dev/null 2>&1 >/dev/null); rc=$?
  expected="kfk: schema support is not installed: /nonexistent/kfk-schema.so not found (KFK_SCHEMA_MODULE)"
  if [[ $rc -eq 1 && $err == "$expected" ]]; then ok "kfk $args without the module: exit 1, one line"; else
    fail "kfk $args without the module: exit $rc, '$err'"; fi
done

# Commands that need no schema never look for it.
if KFK_SCHEMA_MODULE=/nonexistent "$kfk" --version >/dev/null 2>&1; then ok "--version without the module"; else fail "--version needs the module"; fi

# A file that is not the module: refused, not crashed on.
err=$(KFK_SCHEMA_MODULE=/bin/true "$kfk" schema list --registry "$closed" 2>&1 >/dev/null); rc=$?
if [[ $rc -eq 1 && $err == "kfk: cannot load schema support: "* ]]; then ok "a non-module is refused"; else
  fail "KFK_SCHEMA_MODULE=/bin/true: exit $rc, '$err'"; fi

if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
