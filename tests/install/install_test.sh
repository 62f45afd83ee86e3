#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts exactly kfk's files where the shells,
# man and the README say; the installed completions are what `kfk completion SHELL`
# prints; the installed kfk finds the installed schema module (kfk-schema.so); the
# installed pages render; and `cpack -G DEB` builds two packages, kfk and kfk-schema (the
# module), whose Depends are Debian's runtime packages (kfk's without the module's
# libraries) and whose contents together are the same layout under /usr.
#   usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The schema module's directory, as configured (lib, or Debian's lib/<triplet>).
libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
libdir=${libdir:-lib}

# The layout, relative to the prefix: every file, nothing else.
expected_files="bin/kfk
$libdir/kfk/kfk-schema.so
share/bash-completion/completions/kfk
share/fish/vendor_completions.d/kfk.fish
share/man/man1/kfk-acl.1
share/man/man1/kfk-cluster.1
share/man/man1/kfk-consume.1
share/man/man1/kfk-group.1
share/man/man1/kfk-partitions.1
share/man/man1/kfk-produce.1
share/man/man1/kfk-schema.1
share/man/man1/kfk-topic.1
share/man/man1/kfk-top.1
share/man/man1/kfk.1
share/zsh/site-functions/_kfk"

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
actual=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort)
if [[ $actual == "$(LC_ALL=C sort <<<"$expected_files")" ]]; then ok "installed layout"; else
  fail "installed layout:"; diff <(LC_ALL=C sort <<<"$expected_files") <(echo "$actual") | sed 's/^/    /' || true; fi

kfk=$prefix/bin/kfk
if [[ -x $kfk ]] && [[ $("$kfk" version -o json) == *'"librdkafka"'* ]]; then ok "installed kfk runs"; else fail "installed kfk does not run"; fi

# The installed kfk loads the installed kfk-schema.so (PREFIX/LIBDIR/kfk): against a closed
# port that is the registry's "unreachable" (exit 6), not "schema support is not installed".
# $1: the kfk binary; $2: what to call it.
finds_module() {
  local err rc
  rc=0
  err=$(env -u KFK_SCHEMA_MODULE "$1" schema list --registry http://127.0.0.1:9 2>&1 >/dev/null) || rc=$?
  if [[ $rc -eq 6 && $err == *"schema registry unreachable"* ]]; then ok "$2 finds kfk-schema.so"; else
    fail "$2 does not find kfk-schema.so: exit $rc, '$err'"; fi
}
finds_module "$kfk" "installed kfk"

# Each shell's file is what `kfk completion SHELL` prints, byte for byte.
for pair in bash:share/bash-completion/completions/kfk zsh:share/zsh/site-functions/_kfk \
            fish:share/fish/vendor_completions.d/kfk.fish; do
  shell=${pair%%:*} file=${pair#*:}
  if [[ -f $prefix/$file ]] && "$kfk" completion "$shell" | cmp -s - "$prefix/$file"; then
    ok "$file is kfk completion $shell"
  else
    fail "$file differs from kfk completion $shell"
  fi
done
# bash-completion loads it by the command's name and it must register _kfk for kfk.
if bash -c "source '$prefix/share/bash-completion/completions/kfk' && complete -p kfk" | grep -q -- '-F _kfk kfk$'; then
  ok "bash completion registers for kfk"; else fail "bash completion does not register for kfk"; fi

# The pages render from the installed tree: man finds them by name under the prefix,
# and mandoc formats each without a warning.
for page in "$prefix"/share/man/man1/*.1; do
  name=$(basename "$page" .1)
  out=$(MANWIDTH=80 MAN_KEEP_FORMATTING=0 man -M "$prefix/share/man" 1 "$name" 2>&1 | col -b) || true
  if grep -q "^NAME" <<<"$out" && grep -q "^ *$name" <<<"$out"; then ok "man $name renders"; else
    fail "man -M PREFIX/share/man $name:"; head -5 <<<"$out" | sed 's/^/    /'; fi
  out=$(mandoc -Tutf8 -W warning "$page" 2>&1 >/dev/null) || true
  [[ -z $out ]] || fail "mandoc $name: $out"
  out=$(man -l "$page" 2>&1 | col -b) || true
  grep -q "^NAME" <<<"$out" || fail "man -l $page renders no NAME section"
done

# The .deb, built from the same install rules into a directory of its own.
pkg=$tmp/pkg
if (cd "$tmp" && cpack -G DEB -B "$pkg" --config "$build/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1; then
  ok "cpack -G DEB"
else
  fail "cpack -G DEB:"; sed 's/^/    /' "$tmp/cpack.log"
fi
# Two packages: kfk, and kfk-schema with the module and the libraries only it needs.
deb=$(find "$pkg" -maxdepth 1 -name 'kfk_*.deb' | head -1)
schema_deb=$(find "$pkg" -maxdepth 1 -name 'kfk-schema_*.deb' | head -1)
# $1: a .deb; prints its Depends.
depends_of() { dpkg-deb -I "$1" | sed -n 's/^ Depends: //p'; }
# $1: Depends; $2: a package name it must list (with or without a version).
names() { [[ ", $1," == *", $2 "* || ", $1," == *", $2,"* ]]; }
# $1: a .deb; prints its files, relative to /usr.
contents_of() { dpkg-deb -c "$1" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./usr/||' | LC_ALL=C sort; }
# Only Debian packages the files link: nothing from the build machine by path.
# $1: Depends; $2: the package.
well_formed() {
  if grep -qvE '^[a-z0-9.+-]+( \([<>=]+ [^)]+\))?$' < <(tr ',' '\n' <<<"$1" | sed 's/^ *//'); then
    fail "$2 Depends has an odd entry: '$1'"; fi
}
if [[ -n $deb && -n $schema_deb ]]; then
  info=$(dpkg-deb -I "$deb")
  depends=$(depends_of "$deb")
  for lib in librdkafka1 libc6; do
    names "$depends" "$lib" && ok "kfk Depends names $lib" || fail "kfk Depends lacks $lib: '$depends'"
  done
  # kfk alone pulls in none of the schema module's libraries.
  for lib in libcurl4 libprotobuf32 libavro; do
    [[ $depends != *"$lib"* ]] && ok "kfk Depends leaves out $lib" || fail "kfk Depends names $lib: '$depends'"
  done
  well_formed "$depends" kfk
  grep -q '^ Package: kfk$' <<<"$info" && ok "package name kfk" || fail "package name: $info"
  grep -q '^ Suggests: .*kfk-schema' <<<"$info" && ok "kfk suggests kfk-schema" || fail "kfk does not suggest kfk-schema"
  grep -q ';' <<<"$(sed -n '/^ Description:/,$p' <<<"$info")" && fail "a ';' in the description (a CMake list?)"

  schema_depends=$(depends_of "$schema_deb")
  # The module's libraries (and the shared C++ runtime, the module's also when kfk links
  # its own in), and the kfk it is loaded by, of the same version.
  for lib in libstdc++6 libcurl4 libprotobuf32; do
    names "$schema_depends" "$lib" && ok "kfk-schema Depends names $lib" || fail "kfk-schema Depends lacks $lib: '$schema_depends'"
  done
  [[ $schema_depends == *libavro* ]] && ok "kfk-schema Depends names libavro" || fail "kfk-schema Depends lacks libavro: '$schema_depends'"
  version=$(dpkg-deb -f "$deb" Version)
  [[ ", $schema_depends," == *", kfk (= $version),"* ]] && ok "kfk-schema Depends names kfk (= $version)" ||
    fail "kfk-schema Depends lacks kfk (= $version): '$schema_depends'"
  well_formed "$schema_depends" kfk-schema
  [[ $(dpkg-deb -f "$schema_deb" Description | head -1) == "Schema Registry formats for kfk" ]] &&
    ok "kfk-schema's synopsis is its own" || fail "kfk-schema's synopsis: $(dpkg-deb -f "$schema_deb" Description | head -1)"

  # Together, the two packages hold the installed layout under /usr, the module alone in
  # kfk-schema.
  module=$libdir/kfk/kfk-schema.so
  if [[ $(contents_of "$schema_deb") == "$module" ]]; then ok "kfk-schema holds only $module"; else
    fail "kfk-schema holds: $(contents_of "$schema_deb" | tr '\n' ' ')"; fi
  contents=$( (contents_of "$deb"; contents_of "$schema_deb") | LC_ALL=C sort)
  if [[ $contents == "$(LC_ALL=C sort <<<"$expected_files")" ]]; then ok "package layout under /usr"; else
    fail "package layout:"; diff <(LC_ALL=C sort <<<"$expected_files") <(echo "$contents") | sed 's/^/    /' || true; fi

  # The packaged binary is stripped and still runs, finds the module once kfk-schema is
  # there too, and without it says that schema support is not installed.
  mkdir "$tmp/x" && dpkg-deb -x "$deb" "$tmp/x"
  [[ $("$tmp/x/usr/bin/kfk" version -o json) == *'"librdkafka"'* ]] && ok "packaged kfk runs" || fail "packaged kfk does not run"
  rc=0
  err=$(env -u KFK_SCHEMA_MODULE "$tmp/x/usr/bin/kfk" schema list --registry http://127.0.0.1:9 2>&1 >/dev/null) || rc=$?
  if [[ $rc -eq 1 && $err == *"schema support is not installed"* && $(wc -l <<<"$err") -eq 1 ]]; then
    ok "packaged kfk without kfk-schema says so in one line, exit 1"
  else
    fail "packaged kfk without kfk-schema: exit $rc, '$err'"
  fi
  dpkg-deb -x "$schema_deb" "$tmp/x"
  finds_module "$tmp/x/usr/bin/kfk" "packaged kfk with kfk-schema"
else
  fail "no kfk_*.deb and kfk-schema_*.deb in $pkg: $(ls "$pkg")"
fi

if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
