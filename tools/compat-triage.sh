#!/usr/bin/env bash
# Prints the first error line of each failing Node test matching a pattern:
#   tools/compat-triage.sh EDDY 'test-assert.*'
set -u
eddy=$(realpath "$1")
suite=${NODE_TESTS:-$(dirname "$0")/../build/node-tests-22}
cd "$suite"
for f in $(ls test/parallel | grep -E "^($2)\.js$"); do
  grep -qE '^// Flags:.*--expose[-_]internals' "test/parallel/$f" && continue
  flags=$(grep -m1 -E '^// Flags:' "test/parallel/$f" | sed 's|^// Flags:||')
  out=$(setsid timeout -k 2 30 "$eddy" $flags "test/parallel/$f" 2>&1 </dev/null)
  status=$?
  [ $status -eq 0 ] && continue
  reason=$(printf '%s\n' "$out" | grep -m1 -E '^[A-Za-z]*(Error|Exception)|^Assertion|ERR_|not implemented|Cannot' | cut -c1-150)
  [ $status -eq 124 ] && reason="TIMEOUT $reason"
  echo "$f: ${reason:-exit $status}"
done
