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
. "$scripts/lib/debian-apt.sh"
libdir=$dir/root/usr/lib/x86_64-linux-gnu
if [ -f "$dir/ready" ] && ls "$libdir"/libmozjs-140.so.140.* >/dev/null 2>&1; then
  exit 0
fi

rm -f "$dir"/libmozjs-140-*.deb
for suite in forky testing sid; do
  private_apt "$dir/apt/$suite" deb "$suite" || continue
  (cd "$dir" && apt-get "${APT_OPTS[@]}" download libmozjs-140-0 libmozjs-140-dev >/dev/null 2>&1) && break
done
ls "$dir"/libmozjs-140-0_*.deb "$dir"/libmozjs-140-dev_*.deb >/dev/null 2>&1 || {
  echo "fetch-mozjs: could not download libmozjs-140 from $(debian_mirror) (forky, testing or sid)" >&2
  exit 1
}
rm -rf "$dir/root" "$dir/apt"
for deb in "$dir"/libmozjs-140-*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
rm -f "$dir"/libmozjs-140-*.deb
lib=$(ls "$libdir"/libmozjs-140.so.140.* | head -1)
python3 "$scripts/glibc-compat.py" "$lib" GLIBC_2.38
touch "$dir/ready"
echo "fetch-mozjs: SpiderMonkey ${lib##*/libmozjs-140.so.} in $dir/root"
