#!/usr/bin/env bash
# Puts the parts of Node 22.22.2's source tree that its own tests use under
# DIR: test/common, test/fixtures, test/parallel, test/es-module, lib/ and
# doc/api/. They come from Debian's nodejs source package (the upstream
# tarball), so make test needs nothing beside the repository.
#
#   tools/fetch-node-suite.sh DIR
#
# First the pinned tarball straight from the mirror's pool (checked against
# its sha256); if the pool no longer has it, the newest nodejs 22.x source
# that sid, forky or testing lists, through an apt configuration of our own
# (nothing on the machine changes). DIR/SOURCE says what was extracted;
# running it again on a complete DIR does nothing. The files are Node's:
# tests run them, nothing in the repository copies them.
set -eu
dir=$(mkdir -p "${1:?usage: fetch-node-suite.sh DIR}" && cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/debian-apt.sh"
want=nodejs_22.22.2+dfsg+~cs22.19.15.orig.tar.xz
want_sha256=f1a6dfca7ffe7f9f42942274adf9f0a12733977a4744a53f41b20836907c449b
parts="test/common test/fixtures test/parallel test/es-module lib doc/api"

if [ -f "$dir/SOURCE" ] && grep -q '^node v22\.' "$dir/SOURCE"; then
  complete=1
  for p in $parts; do [ -d "$dir/$p" ] || complete=0; done
  [ $complete = 1 ] && exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=
if curl -fsSL --retry 2 --max-time 300 -o "$work/$want" "$(debian_mirror)/pool/main/n/nodejs/$want" &&
   echo "$want_sha256  $work/$want" | sha256sum -c --quiet - 2>/dev/null; then
  tarball=$work/$want
else
  for suite in sid forky testing; do
    private_apt "$work/apt/$suite" deb-src "$suite" || continue
    for v in $(apt-cache "${APT_OPTS[@]}" showsrc nodejs 2>/dev/null |
               awk '/^Version: 22\./ { print $2 }' | sort -rV); do
      (cd "$work" && apt-get "${APT_OPTS[@]}" source --download-only -qq "nodejs=$v" >/dev/null 2>&1) || true
      tarball=$(ls "$work"/nodejs_22.*.orig.tar.xz 2>/dev/null | head -1)
      [ -n "$tarball" ] && break 2
    done
  done
fi
[ -n "$tarball" ] || { echo "fetch-node-suite: no nodejs 22.x source from $(debian_mirror)" >&2; exit 1; }

members=()
for p in $parts; do
  rm -rf "${dir:?}/$p"
  members+=("node-v*/$p")
done
tar -xJf "$tarball" -C "$dir" --strip-components=1 --wildcards --no-wildcards-match-slash "${members[@]}"
name=${tarball##*/}
version=${name#nodejs_}
version=${version%%[+~]*}
echo "node v$version: Debian $name, sha256 $(sha256sum "$tarball" | cut -d' ' -f1)" >"$dir/SOURCE"
echo "fetch-node-suite: Node v$version's tests in $dir"
