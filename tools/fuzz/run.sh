#!/usr/bin/env bash
# Differential API fuzzing of eddy against node (see api-fuzz.js).
#
#   tools/fuzz/run.sh EDDY [--seeds "1 2 3"] [--modules "fs path ..."]
#                          [--iters N] [--budget SEC] [--out DIR] [--no-node]
#
# Each module is fuzzed in a child process per engine, under a time limit.
# eddy dying by a signal, exiting >= 128, or timing out is a CRASH, reported
# with the seed and the call that was running (the last logged call); the
# run then resumes after that call (up to 5 times per module). Then the logs
# of node and eddy for the same seed are compared (compare.js): calls where
# node threw an error code and eddy did something else, and so on.
# The fuzzer runs in a fresh temp dir under DIR/tmp, removed at the end.
set -u
here=$(cd "$(dirname "$0")" && pwd)
eddy=$(realpath "${1:?usage: tools/fuzz/run.sh EDDY [--seeds ...] [--modules ...]}")
shift
seeds="1"
modules=""
iters=20
budget=60
out=""
with_node=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds=$2; shift ;;
    --modules) modules=$2; shift ;;
    --iters) iters=$2; shift ;;
    --budget) budget=$2; shift ;;
    --out) out=$2; shift ;;
    --no-node) with_node=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
node=$(command -v node || true)
[ -n "$node" ] || with_node=0
fuzz=$here/api-fuzz.js
[ -n "$modules" ] || modules=$("$node" "$fuzz" --list 2>/dev/null || EDDY_LIB_DIR=${EDDY_LIB_DIR:-} "$eddy" "$fuzz" --list)
out=${out:-$(mktemp -d /tmp/eddy-fuzz-run.XXXXXX)}
mkdir -p "$out/tmp"
export TMPDIR=$out/tmp
limit=$((budget + 30))
report=$out/report.txt
: >"$report"

# run_engine NAME BIN MODULE SEED: writes $out/NAME-MODULE-SEED.*.log
run_engine() {
  local name=$1 bin=$2 mod=$3 seed=$4 n=0 resume="" status log last key expr
  while [ $n -lt 6 ]; do
    log=$out/$name-$mod-$seed.$n.log
    # 10 GB of address space at most: a fuzz call must not take the machine down.
    (cd "$out/tmp" && ulimit -v 10000000 && exec setsid timeout -k 2 "$limit" "$bin" "$fuzz" --module "$mod" --seed "$seed" \
      --iters "$iters" --budget "$budget" --log "$log" $resume) \
      >"$out/$name-$mod-$seed.$n.stdout" 2>"$out/$name-$mod-$seed.$n.stderr" </dev/null
    status=$?
    if grep -q '^E' "$log" 2>/dev/null && [ $status -eq 0 ]; then return; fi
    last=$(awk -F'\t' '$1=="C"{k=$2; e=$3} $1=="R"&&$2==k{k=""} END{print k}' "$log" 2>/dev/null)
    expr=$(awk -F'\t' -v k="$last" '$1=="C"&&$2==k{e=$3} END{print e}' "$log" 2>/dev/null)
    local kind="EXIT $status"
    [ $status -ge 128 ] && kind="CRASH (signal $((status - 128)))"
    [ $status -eq 124 ] && kind="HANG (timeout ${limit}s)"
    [ $status -eq 137 ] && kind="HANG (killed after timeout)"
    {
      echo "$kind: $name module=$mod seed=$seed call=${last:-?}"
      echo "    expr: ${expr:0:400}"
      grep -v '^\s*$' "$out/$name-$mod-$seed.$n.stderr" | grep -vE '^\(node:|^\(Use `node --trace|Warning:' | tail -4 | cut -c1-300 | sed 's/^/    stderr: /'
    } >>"$report"
    [ -n "$last" ] || return
    resume="--resume-after $last"
    n=$((n + 1))
  done
}

for seed in $seeds; do
  for mod in $modules; do
    [ $with_node = 1 ] && run_engine node "$node" "$mod" "$seed"
    run_engine eddy "$eddy" "$mod" "$seed"
    printf '%-16s seed %-4s eddy calls: %s\n' "$mod" "$seed" \
      "$(cat "$out"/eddy-"$mod"-"$seed".*.log 2>/dev/null | grep -c '^R')" >&2
  done
done

echo "== crashes / hangs / abnormal exits (node lines are node's own) ==" 
cat "$report"
if [ $with_node = 1 ]; then
  echo "== differences from node =="
  "$node" "$here/compare.js" "$out" | tee "$out/mismatches.txt"
fi
echo "logs: $out"
rm -rf "$out/tmp"
