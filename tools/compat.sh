#!/usr/bin/env bash
# Runs Node's own tests (test/parallel of Node 22.22.2) for the modules eddy
# covers and prints the pass rate per module.
#
#   tools/compat.sh EDDY [--all] [--update-allowlist] [--modules "fs path"]
#                        [--passed FILE]
#
# --all writes the rates into docs/compat.md (between the compat markers);
# --update-allowlist adds every passing test to test/node_compat/allowlist.txt
# (the list only grows); --passed writes the names of the tests that passed
# to FILE. Tests that need --expose-internals are not counted:
# they test Node's internals, not its API.
set -u
cd "$(dirname "$0")/.."
root=$PWD
eddy=$(realpath "${1:?usage: tools/compat.sh EDDY [--all] [--update-allowlist]}")
shift
write_doc=0
update=0
passed_out=
modules="events timers path util assert querystring string_decoder url os fs process console module buffer stream readline vm domain net dns zlib"
while [ $# -gt 0 ]; do
  case "$1" in
    --all) write_doc=1 ;;
    --update-allowlist) update=1 ;;
    --modules) modules=$2; shift ;;
    --passed) passed_out=$2; shift ;;
  esac
  shift
done
suite=${NODE_TESTS:-$root/build/node-tests-22}
tools/fetch-node-suite.sh "$suite" >/dev/null || { echo "compat: cannot obtain Node's test suite" >&2; exit 1; }

patterns() {
  case "$1" in
    events) echo 'test-event-emitter-.*|test-events-.*' ;;
    timers) echo 'test-timers.*' ;;
    path) echo 'test-path.*' ;;
    util) echo 'test-util.*' ;;
    assert) echo 'test-assert.*' ;;
    querystring) echo 'test-querystring.*' ;;
    string_decoder) echo 'test-string-decoder.*' ;;
    url) echo 'test-url.*|test-whatwg-url.*' ;;
    os) echo 'test-os.*' ;;
    fs) echo 'test-fs-.*' ;;
    process) echo 'test-process-.*' ;;
    console) echo 'test-console.*' ;;
    module) echo 'test-module-.*|test-require-.*' ;;
    buffer) echo 'test-buffer-.*' ;;
    stream) echo 'test-stream-.*|test-stream2-.*|test-stream3-.*' ;;
    readline) echo 'test-readline.*' ;;
    vm) echo 'test-vm-.*' ;;
    domain) echo 'test-domain-.*' ;;
    zlib) echo 'test-zlib.*' ;;
    net) echo 'test-net-.*|test-tcp-.*|test-socket-.*|test-blocklist.*|test-socketaddress' ;;
    dns) echo 'test-dns.*' ;;
  esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EDDY=$eddy SUITE=$suite WORK=$work

run_test() {
  f=$1
  flags=$(grep -m1 -E '^// Flags:' "$SUITE/test/parallel/$f" | sed 's|^// Flags:||')
  out=$(cd "$SUITE" && TEST_THREAD_ID=$$ exec setsid timeout -k 2 30 "$EDDY" $flags "test/parallel/$f" 2>/dev/null </dev/null)
  status=$?
  # A test that skipped itself (common.skip: "1..0 # Skipped: ...") ran
  # nothing; it counts as not passed, whatever the reason.
  if grep -q '^1\.\.0 # Skipped' <<<"$out"; then echo "$f" >>"$WORK/skip"
  elif [ $status -eq 0 ]; then echo "$f" >>"$WORK/pass"
  else echo "$f" >>"$WORK/fail"; fi
}
export -f run_test

table="| module | passed | skipped | counted | rate |\n|---|---|---|---|---|\n"
total_pass=0
total_skip=0
total_count=0
for m in $modules; do
  re=$(patterns "$m")
  ls "$suite/test/parallel" | grep -E "^($re)\.js$" | while read -r f; do
    grep -qE '^// Flags:.*--expose[-_]internals' "$suite/test/parallel/$f" && continue
    echo "$f"
  done >"$work/$m.list"
  rm -f "$work/pass" "$work/fail" "$work/skip"
  xargs -r -P "${JOBS:-2}" -I{} bash -c 'run_test "$1"' _ {} <"$work/$m.list"
  count=$(wc -l <"$work/$m.list")
  pass=$(cat "$work/pass" 2>/dev/null | wc -l)
  skip=$(cat "$work/skip" 2>/dev/null | wc -l)
  [ -f "$work/pass" ] && cat "$work/pass" >>"$work/all-pass"
  rate=0
  [ "$count" -gt 0 ] && rate=$((100 * pass / count))
  printf '%-15s %4d / %4d  %3d%%  (%d skipped)\n' "$m" "$pass" "$count" "$rate" "$skip"
  table+="| $m | $pass | $skip | $count | $rate% |\n"
  total_pass=$((total_pass + pass))
  total_skip=$((total_skip + skip))
  total_count=$((total_count + count))
done
rate=0
[ "$total_count" -gt 0 ] && rate=$((100 * total_pass / total_count))
printf '%-15s %4d / %4d  %3d%%  (%d skipped)\n' "total" "$total_pass" "$total_count" "$rate" "$total_skip"
table+="| **total** | $total_pass | $total_skip | $total_count | $rate% |\n"

[ -n "$passed_out" ] && sort "$work/all-pass" >"$passed_out" 2>/dev/null

if [ $update -eq 1 ] && [ -f "$work/all-pass" ]; then
  allow=$root/test/node_compat/allowlist.txt
  touch "$allow"
  { grep -E '^\s*#' "$allow"; grep -vE '^\s*(#|$)' "$allow"; cat "$work/all-pass"; } |
    awk '/^\s*#/ { print; next } !seen[$0]++' >"$work/allow.new"
  { grep -E '^\s*#' "$work/allow.new"; grep -vE '^\s*#' "$work/allow.new" | sort; } >"$allow"
  echo "allowlist: $(grep -vcE '^\s*(#|$)' "$allow") tests"
fi

if [ $write_doc -eq 1 ]; then
  doc=$root/docs/compat.md
  block="<!-- compat:begin -->\nNode 22.22.2's own tests (test/parallel) run on eddy by \`make compat\`, per module; tests that need \`--expose-internals\` are not counted; a test that skips itself (no crypto, Windows only, ...) counts as not passed. Measured $(date -u +%Y-%m-%d).\n\n$table<!-- compat:end -->"
  printf "%b" "$block" >"$work/block"
  if grep -q '<!-- compat:begin -->' "$doc"; then
    BLOCK_FILE="$work/block" perl -0pi -e '
      open my $f, "<", $ENV{BLOCK_FILE} or die; local $/; my $b = <$f>;
      s/<!-- compat:begin -->.*?<!-- compat:end -->/$b/s' "$doc"
  else
    { echo; cat "$work/block"; echo; } >>"$doc"
  fi
fi
