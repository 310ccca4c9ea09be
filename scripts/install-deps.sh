#!/usr/bin/env bash
# Installs the Debian 12 packages eddy needs to build and test, when missing.
# Idempotent; apt-get only; needs root (or sudo) only when something is missing.
set -eu
# curl, xz-utils and ca-certificates fetch Node's test suite and the
# reference node (tools/fetch-node-suite.sh, tools/fetch-node.sh).
# zlib1g-dev, libbrotli-dev and libzstd-dev are node:zlib's libraries.
packages=(g++ cmake make pkg-config python3 libuv1-dev zlib1g-dev libbrotli-dev libzstd-dev
  libgtest-dev curl xz-utils ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
