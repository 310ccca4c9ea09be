#!/usr/bin/env bash
# Puts SpiderMonkey 140 ESR under DIR for the build, without touching the
# machine's packages or apt sources:
#
#   scripts/fetch-mozjs.sh DIR
#
# Debian 12 ships only libmozjs-102. Debian's testing suite (and unstable)
# ship libmozjs-140-0 and -dev as binary packages; this downloads the two
# through an apt configuration of its own (sources list, package lists and
# cache all inside DIR), unpacks them into DIR/root, and makes the library
# loadable on Debian 12's glibc with scripts/glibc-compat.py (why: see that
# file). Any 140.x that Debian publishes is taken as it comes. Running it
# again with the library already in place does nothing.
set -eu
dir=$(mkdir -p "${1:?usage: fetch-mozjs.sh DIR}" && cd "$1" && pwd)
scripts=$(cd "$(dirname "$0")" && pwd)
libdir=$dir/root/usr/lib/x86_64-linux-gnu
if [ -f "$dir/ready" ] && ls "$libdir"/libmozjs-140.so.140.* >/dev/null 2>&1; then
  exit 0
fi

# The machine's Debian mirror, from either style of sources file.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
  grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++)
  if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

rm -f "$dir"/libmozjs-140-*.deb
for suite in forky testing sid; do
  apt=$dir/apt/$suite
  mkdir -p "$apt/lists/partial" "$apt/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" >"$apt/sources.list"
  opts=(-o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt" -o Dir::Cache::archives="$apt/archives"
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o APT::Get::List-Cleanup=0)
  apt-get "${opts[@]}" update -qq >/dev/null 2>&1 || continue
  (cd "$dir" && apt-get "${opts[@]}" download libmozjs-140-0 libmozjs-140-dev >/dev/null 2>&1) && break
done
ls "$dir"/libmozjs-140-0_*.deb "$dir"/libmozjs-140-dev_*.deb >/dev/null 2>&1 || {
  echo "fetch-mozjs: could not download libmozjs-140 from $mirror (forky, testing or sid)" >&2
  exit 1
}
rm -rf "$dir/root" "$dir/apt"
for deb in "$dir"/libmozjs-140-*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
rm -f "$dir"/libmozjs-140-*.deb
lib=$(ls "$libdir"/libmozjs-140.so.140.* | head -1)
python3 "$scripts/glibc-compat.py" "$lib" GLIBC_2.38
touch "$dir/ready"
echo "fetch-mozjs: SpiderMonkey ${lib##*/libmozjs-140.so.} in $dir/root"
