#!/usr/bin/env bash
# Runs every test of Node's test/parallel on eddy and lists those that
# crash it (killed by a signal it did not ask for: SIGSEGV, SIGABRT, ...)
# or hang (still running after the time limit). Pass or fail does not
# matter here: no JavaScript input may crash or hang the runtime.
#
#   tools/crash-scan.sh EDDY [REGEX]      (REGEX picks test file names)
#
# Prints "CRASH signal NAME" / "HANG NAME" lines, then a count; exits 1
# when there is any.
set -u
cd "$(dirname "$0")/.."
eddy=$(realpath "${1:?usage: tools/crash-scan.sh EDDY [REGEX]}")
suite=${NODE_TESTS:-$PWD/build/node-tests-22}
tools/fetch-node-suite.sh "$suite" >/dev/null || exit 1
export EDDY=$eddy SUITE=$suite LIMIT=${CRASH_SCAN_LIMIT:-60}

scan_one() {
  f=$1
  flags=$(grep -m1 -E '^// Flags:' "$SUITE/test/parallel/$f" | sed 's|^// Flags:||')
  (cd "$SUITE" && TEST_THREAD_ID=$$ exec setsid timeout -s KILL "$LIMIT" "$EDDY" $flags \
    "test/parallel/$f") >/dev/null 2>&1 </dev/null
  status=$?
  # 137: SIGKILL from timeout; SIGTERM/SIGINT/SIGKILL/SIGUSR are what tests
  # send their own processes; SIGABRT is what --abort-on-uncaught-exception
  # asks for; anything else above 128 is a crash.
  case " $flags " in *" --abort-on-uncaught-exception "*) [ $status -eq 134 ] && return 0 ;; esac
  case $status in
    137) echo "HANG $f" ;;
    129|130|138|140|143) ;;
    *) [ "$status" -gt 128 ] && echo "CRASH $((status - 128)) $f" ;;
  esac
  return 0
}
export -f scan_one

ls "$suite/test/parallel" | grep -E '\.js$' | grep -E -- "${2:-.}" |
  xargs -r -P "${JOBS:-2}" -I{} bash -c 'scan_one "$1"' _ {} | sort >"${TMPDIR:-/tmp}/crash-scan.$$"
cat "${TMPDIR:-/tmp}/crash-scan.$$"
n=$(wc -l <"${TMPDIR:-/tmp}/crash-scan.$$")
rm -f "${TMPDIR:-/tmp}/crash-scan.$$"
echo "$n crashed or hung"
[ "$n" -eq 0 ]
