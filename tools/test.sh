#!/usr/bin/env bash
# Runs every test: C++ unit tests, our JS tests (test/parallel), golden
# output tests (test/golden) and Node's own tests on the allowlist
# (test/node_compat). Ends with the line "N passed, N failed".
#
#   tools/test.sh EDDY [--js-only] [--filter REGEX] [--exclude REGEX]
#
# EDDY_FLAGS adds flags to every eddy run (make asan uses --gc-stress).
# Each test has a time limit and runs in its own process group, which is
# killed when the test ends.
set -u
cd "$(dirname "$0")/.."
root=$PWD
eddy=$(realpath "${1:?usage: tools/test.sh EDDY [--js-only] [--filter REGEX]}")
shift
js_only=0
filter='.'
exclude='^$'
while [ $# -gt 0 ]; do
  case "$1" in
    --js-only) js_only=1 ;;
    --filter) filter=$2; shift ;;
    --exclude) exclude=$2; shift ;;
  esac
  shift
done
jobs=${JOBS:-2}
# Sanitizer and --gc-stress runs are many times slower: EDDY_TIMEOUT_SCALE
# multiplies every time limit.
scale=${EDDY_TIMEOUT_SCALE:-1}
export T30=$((30 * scale)) T60=$((60 * scale))
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
export EDDY EDDY_FLAGS="${EDDY_FLAGS:-}" RESULTS=$results ROOT=$root
EDDY=$eddy

# One test: run_one KIND FILE. Writes KIND.pass / KIND.fail lines.
run_one() {
  kind=$1 file=$2
  name=${file#"$ROOT"/}
  out=$(mktemp)
  case "$kind" in
    parallel)
      flags=$(grep -m1 -E '^// Flags:' "$file" | sed 's|^// Flags:||')
      (cd "$(dirname "$file")" && exec setsid timeout -k 2 "$T30" "$EDDY" $EDDY_FLAGS $flags "$file") >"$out" 2>&1
      status=$?
      ok=$([ $status -eq 0 ] && echo 1 || echo 0)
      ;;
    golden)
      base=${file%.js}
      (cd "$(dirname "$file")" && exec setsid timeout -k 2 "$T30" "$EDDY" $EDDY_FLAGS "$(basename "$file")") \
        >"$out.stdout" 2>"$out.stderr" </dev/null
      status=$?
      ok=1
      cmp -s "$out.stdout" "$base.stdout" || ok=0
      expected_status=0
      [ -f "$base.status" ] && expected_status=$(cat "$base.status")
      [ "$status" -eq "$expected_status" ] || ok=0
      # Each line of NAME.stderr (the error headline) must appear in stderr.
      if [ -f "$base.stderr" ]; then
        while IFS= read -r line; do
          grep -qF -- "$line" "$out.stderr" || ok=0
        done <"$base.stderr"
      fi
      { diff "$base.stdout" "$out.stdout" | head -20; echo "exit $status (want $expected_status)";
        head -20 "$out.stderr"; } >"$out" 2>&1
      rm -f "$out.stdout" "$out.stderr"
      ;;
    compat)
      suite=$NODE_TESTS
      flags=$(grep -m1 -E '^// Flags:' "$file" | sed 's|^// Flags:||')
      (cd "$suite" && TEST_THREAD_ID=$$ exec setsid timeout -k 2 "$T60" "$EDDY" $EDDY_FLAGS $flags \
        "${file#"$suite"/}") >"$out" 2>&1 </dev/null
      status=$?
      ok=$([ $status -eq 0 ] && echo 1 || echo 0)
      # A test that skipped itself (common.skip) ran nothing: it is not a pass.
      grep -q '^1\.\.0 # Skipped' "$out" && ok=0
      ;;
  esac
  if [ "$ok" = 1 ]; then
    echo "$name" >>"$RESULTS/pass"
  else
    { echo "FAIL $name"; sed 's/^/    /' "$out" | head -40; } >>"$RESULTS/fail.log"
    echo "$name" >>"$RESULTS/fail"
  fi
  rm -f "$out"
}
export -f run_one

if [ $js_only -eq 0 ]; then
  cctest="$(dirname "$eddy")/cctest"
  if [ -x "$cctest" ]; then
    if "$cctest" --gtest_brief=1 >"$results/cctest.log" 2>&1; then
      n=$(grep -oE '[0-9]+ tests?' "$results/cctest.log" | tail -1 | grep -oE '[0-9]+')
      for _ in $(seq "${n:-1}"); do echo cctest >>"$results/pass"; done
    else
      { echo "FAIL cctest"; cat "$results/cctest.log"; } >>"$results/fail.log"
      echo cctest >>"$results/fail"
    fi
  fi
fi

ls "$root"/test/parallel/test-*.js 2>/dev/null | grep -E -- "$filter" | grep -vE -- "$exclude" |
  xargs -r -P "$jobs" -I{} bash -c 'run_one parallel "$1"' _ {}
ls "$root"/test/golden/*.js 2>/dev/null | grep -E -- "$filter" | grep -vE -- "$exclude" |
  xargs -r -P "$jobs" -I{} bash -c 'run_one golden "$1"' _ {}

# Node's own tests: the allowlist only ever grows.
allowlist="$root/test/node_compat/allowlist.txt"
if [ -s "$allowlist" ]; then
  export NODE_TESTS=${NODE_TESTS:-$root/build/node-tests-22}
  if tools/fetch-node-suite.sh "$NODE_TESTS" >/dev/null; then
    # A bare name is a test of test/parallel; `es-module/x.mjs` names another folder of test/.
    grep -vE '^\s*(#|$)' "$allowlist" | grep -E -- "$filter" | grep -vE -- "$exclude" |
      sed -E "s|^([^/]*)$|parallel/\1|; s|^|$NODE_TESTS/test/|" |
      xargs -r -P "$jobs" -I{} bash -c 'run_one compat "$1"' _ {}
  else
    echo "node_compat: could not obtain Node's test suite" >>"$results/fail.log"
    echo node_compat >>"$results/fail"
  fi
fi

[ -f "$results/fail.log" ] && cat "$results/fail.log"
passed=$(cat "$results/pass" 2>/dev/null | wc -l)
failed=$(cat "$results/fail" 2>/dev/null | wc -l)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
