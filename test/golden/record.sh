#!/usr/bin/env bash
# Records golden expectations from node 22.22.2, the release eddy follows
# (tools/fetch-node.sh installs it; never by hand):
#
#   test/golden/record.sh [DIR] [NAME...]    (DIR defaults to test/golden)
#
# For each DIR/NAME.js it runs `node NAME.js` in DIR (NODE=path picks another
# node) and writes
#   NAME.stdout  node's exact stdout
#   NAME.status  node's exit code (only when it is not 0)
#   NAME.stderr  the lines of node's stderr that match a
#                `// golden-stderr: REGEX` comment in NAME.js (just the matched
#                part, as `grep -o` prints it; only when the
#                test has such comments), with "$DIR/" removed so the
#                expectation does not depend on where the repo lives.
#
# tools/test.sh then requires eddy's stdout and exit code to be identical
# and every NAME.stderr line to appear somewhere in eddy's stderr.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
node=${NODE:-$("$here/../../tools/fetch-node.sh")}
dir=$here
if [ $# -gt 0 ] && [ -d "$1" ]; then dir=$(cd "$1" && pwd); shift; fi
cd "$dir"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(*.js)
for name in "${names[@]}"; do
  base=${name%.js}
  err=$(mktemp)
  set +e
  "$node" "$base.js" >"$base.stdout" 2>"$err" </dev/null
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then echo "$status" >"$base.status"; else rm -f "$base.status"; fi
  patterns=$(sed -n 's|^// golden-stderr: ||p' "$base.js")
  if [ -n "$patterns" ]; then
    sed "s|$dir/||g" "$err" | grep -oE -- "$patterns" >"$base.stderr" || true
    [ -s "$base.stderr" ] || { echo "$base: no stderr line matched" >&2; exit 1; }
  else
    rm -f "$base.stderr"
  fi
  rm -f "$err"
  echo "recorded $base (status $status)"
done
