# Sourced by the scripts that take a package from a newer Debian suite
# without touching the machine's own apt sources, lists or cache.
#
#   debian_mirror                  prints the machine's Debian mirror URL
#   private_apt DIR TYPE SUITE     sets APT_OPTS (an array) to an apt
#                                  configuration that lives in DIR and lists
#                                  only "TYPE mirror SUITE main" (TYPE is deb
#                                  or deb-src), and updates its index

debian_mirror() {
  local m
  m=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -v security | head -1)
  [ -n "$m" ] || m=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++)
    if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null)
  echo "${m:-http://deb.debian.org/debian}"
}

private_apt() {
  local dir=$1 type=$2 suite=$3
  mkdir -p "$dir/lists/partial" "$dir/archives/partial"
  echo "$type [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) $suite main" \
    >"$dir/sources.list"
  APT_OPTS=(-o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir" -o Dir::Cache::archives="$dir/archives"
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o APT::Get::List-Cleanup=0)
  apt-get "${APT_OPTS[@]}" update -qq >/dev/null 2>&1
}
