#!/usr/bin/env bash
# Benchmarks eddy against node: bench/run.sh EDDY (make bench).
#
# Every workload runs on eddy and on node in the same invocation, several
# times, alternating (and swapping which goes first each round); the
# summary table gives each side's median and the ratio eddy/node.
# node runs without NODE_OPTIONS and NODE_EXTRA_CA_CERTS, at its best.
#
# Environment:
#   BENCH_RUNS=n          runs per runtime of each throughput workload (5)
#   BENCH_STARTUP_RUNS=n  startup wall-time runs per runtime (30)
#   BENCH_RSS_RUNS=n      startup peak-RSS runs per runtime (10)
#   BENCH_ONLY=regex      run only workloads whose name matches
#   BENCH_TIME_LIMIT=s    overall limit in seconds (240); runs past it are
#                         skipped and marked in the table
#   BENCH_NODE=path       node binary (default: node 22.22.2, which
#                         tools/fetch-node.sh installs under build/)
#   BENCH_HYPERFINE=0     time startup with a date +%s%N loop, not hyperfine
#   BENCH_WARMUP_MS, BENCH_MEASURE_MS  passed to the workloads
#                         (see bench/harness.js)
set -u
here=$(cd "$(dirname "$0")" && pwd)
eddy_arg=${1:?usage: bench/run.sh EDDY}
eddy=$(realpath "$eddy_arg" 2>/dev/null || echo "$eddy_arg")
node_bin=$(command -v "${BENCH_NODE:-$("$here/../tools/fetch-node.sh")}" || true)
runs=${BENCH_RUNS:-5}
startup_runs=${BENCH_STARTUP_RUNS:-30}
rss_runs=${BENCH_RSS_RUNS:-10}
only=${BENCH_ONLY:-.}
limit=${BENCH_TIME_LIMIT:-240}
per_run_timeout=30   # seconds; a workload run is meant to take < 5 s

. "$here/common.sh"
wait_for_executable "$eddy" bench
if [ -z "$node_bin" ]; then
  echo "bench: node not found: node columns stay empty" >&2
fi
make_scratch bench

SECONDS=0
out_of_time() { [ "$SECONDS" -ge "$limit" ]; }

# rt_cmd RUNTIME: sets the array RT to the command that runs a script under
# eddy or node (node's environment cleaned; env execs, so no extra process).
rt_cmd() {
  if [ "$1" = eddy ]; then RT=("$eddy")
  else RT=(env -u NODE_OPTIONS -u NODE_EXTRA_CA_CERTS "$node_bin"); fi
}
runtimes() { # order for round $1: alternate who goes first
  if [ -z "$node_bin" ]; then echo eddy
  elif [ $(($1 % 2)) -eq 1 ]; then echo eddy node
  else echo node eddy
  fi
}

res=$tmp/results
mkdir -p "$res"
order=()       # row names, in order
declare -A unit kind skipped failed

add_row() { # add_row NAME UNIT KIND(rate|cost)
  if [ -z "${unit[$1]+x}" ]; then
    order+=("$1")
    unit[$1]=$2
    kind[$1]=$3
  fi
}

nfailed=0
fail() { # fail ROW RUNTIME ERRFILE
  failed[$1]=1
  nfailed=$((nfailed + 1))
  echo "bench: $1 failed on $2:" >&2
  tail -n 5 "$3" >&2
}

# ---------------------------------------------------------------- startup
startup() {
  echo "console.log('hi')" >"$tmp/hi.js"
  add_row "startup wall" ms cost
  add_row "startup peak RSS" MB cost
  local per=5 rounds r rt i n
  rounds=$(((startup_runs + per - 1) / per))
  local use_hyperfine=0
  if [ "${BENCH_HYPERFINE:-1}" = 1 ] && command -v hyperfine >/dev/null; then
    use_hyperfine=1
  fi
  echo "bench: startup (${startup_runs} runs per runtime," \
    "$([ $use_hyperfine = 1 ] && echo hyperfine || echo 'date loop'))" >&2
  for r in $(seq "$rounds"); do
    out_of_time && { skipped["startup wall"]=1; break; }
    for rt in $(runtimes "$r"); do
      if [ "$use_hyperfine" = 1 ]; then
        # hyperfine -N times the process itself (no shell in between);
        # for node, hyperfine itself runs in node's cleaned environment.
        local cmd="$eddy $tmp/hi.js" hf=(hyperfine)
        if [ "$rt" = node ]; then
          cmd="$node_bin $tmp/hi.js"
          hf=(env -u NODE_OPTIONS -u NODE_EXTRA_CA_CERTS hyperfine)
        fi
        if ! bounded "$per_run_timeout" "$tmp/hf.out" "$tmp/hf.err" "${hf[@]}" -N --style none \
            --warmup 1 --runs "$per" --export-json "$tmp/hf.json" "$cmd"; then
          fail "startup wall" "$rt" "$tmp/hf.err"
          continue
        fi
        # The "times" array of the JSON, in seconds, one a line.
        awk '/"times"/ { on = 1; next } on && /\]/ { on = 0 }
             on { gsub(/[ ,]/, ""); if ($0 != "") print $0 * 1000 }' \
          "$tmp/hf.json" >>"$res/$rt.startup wall"
      else
        for i in $(seq "$per"); do
          local t0 t1
          t0=$(date +%s%N)
          rt_cmd "$rt"
          bounded "$per_run_timeout" /dev/null "$tmp/st.err" "${RT[@]}" "$tmp/hi.js" ||
            { fail "startup wall" "$rt" "$tmp/st.err"; break; }
          t1=$(date +%s%N)
          echo "$(((t1 - t0) / 1000)) / 1000" | awk '{ print $1 / $3 }' \
            >>"$res/$rt.startup wall"
        done
      fi
    done
  done
  if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time missing: no peak RSS" >&2
    skipped["startup peak RSS"]=1
    return
  fi
  for i in $(seq "$rss_runs"); do
    out_of_time && { skipped["startup peak RSS"]=1; break; }
    for rt in $(runtimes "$i"); do
      rt_cmd "$rt"
      if bounded "$per_run_timeout" /dev/null "$tmp/rss.err" \
          /usr/bin/time -f %M -o "$tmp/rss" "${RT[@]}" "$tmp/hi.js"; then
        awk '{ print $1 / 1024 }' "$tmp/rss" >>"$res/$rt.startup peak RSS"
      else
        fail "startup peak RSS" "$rt" "$tmp/rss.err"
      fi
    done
  done
}

# ------------------------------------------------------- throughput files
# workload FILE ARGS...: runs bench/FILE $runs times per runtime; each
# JSON line it prints becomes a row (rate = ops * 1000 / ms).
workload() {
  local file=$1 r rt line name nrows=${#order[@]}
  shift
  echo "bench: $file (${runs} runs per runtime)" >&2
  for r in $(seq "$runs"); do
    if out_of_time; then
      skipped[$file]=1
      break
    fi
    for rt in $(runtimes "$r"); do
      rt_cmd "$rt"
      if ! bounded "$per_run_timeout" "$tmp/w.out" "$tmp/w.err" "${RT[@]}" "$here/$file" "$@"; then
        fail "$file" "$rt" "$tmp/w.err"
        continue
      fi
      while IFS= read -r line; do
        case "$line" in '{"name":'*) ;; *) continue ;; esac
        name=$(sed -E 's/.*"name":"([^"]*)".*/\1/' <<<"$line")
        add_row "$name" "$(sed -E 's/.*"unit":"([^"]*)".*/\1/' <<<"$line")" rate
        sed -E 's/.*"ops":([0-9.e+-]+).*"ms":([0-9.e+-]+).*/\1 \2/' <<<"$line" |
          awk '$2 > 0 { printf "%.6g\n", $1 * 1000 / $2 }' >>"$res/$rt.$name"
      done <"$tmp/w.out"
    done
  done
  # Nothing measured (skipped or failed): still give the workload a row.
  [ "${#order[@]}" -gt "$nrows" ] || add_row "${file%.js}" - rate
}

# A tree of COUNT CommonJS modules under DIR (DIR/index.js is the root):
# module i has children 7i+1 .. 7i+7; modules with children are
# directories (m<i>/index.js), leaves are files (m<i>.js).
gen_tree() {
  local dir=$1 count=$2
  mkdir -p "$dir"
  gen_module "$dir/index.js" "$dir" 0 "$count"
}
gen_module() { # FILE CHILDDIR I COUNT
  local file=$1 cdir=$2 i=$3 count=$4 c first=$((7 * $3 + 1)) body=
  for ((c = first; c < first + 7 && c < count; c++)); do
    body+="const m$c = require('./m$c');"$'\n'
  done
  {
    echo "'use strict';"
    printf '%s' "$body"
    echo "let count = 1;"
    for ((c = first; c < first + 7 && c < count; c++)); do
      echo "count += m$c.count;"
    done
    echo "function name() { return 'module $i'; }"
    echo "module.exports = { id: $i, count, name, list: [$i, '$i', { i: $i }] };"
  } >"$file"
  for ((c = first; c < first + 7 && c < count; c++)); do
    if ((7 * c + 1 < count)); then
      mkdir -p "$cdir/m$c"
      gen_module "$cdir/m$c/index.js" "$cdir/m$c" "$c" "$count"
    else
      gen_module "$cdir/m$c.js" "$cdir" "$c" "$count"
    fi
  done
}

want() { [[ $1 =~ $only ]]; }

want startup && startup
want nextTick && workload nextTick.js
want setImmediate && workload setImmediate.js
want promises && workload promises.js
want emit && workload emit.js
want streams && workload streams.js
if want require500; then
  gen_tree "$tmp/req/warm" 50
  gen_tree "$tmp/req/tree" 500
  workload require500.js "$tmp/req" 500
  rm -rf "$tmp/req"
fi
if want fs-readfilesync; then
  head -c $((256 * 1024 * 1024)) /dev/urandom >"$tmp/big.bin"
  workload fs-readfilesync.js "$tmp/big.bin"
  rm -f "$tmp/big.bin"
fi
want fib30 && workload fib.js
{ want richards || want deltablue; } && workload objects.js
want json-roundtrip && workload json.js
{ want generator-loop || want generator-delegate; } && workload generators.js

# ---------------------------------------------------------------- summary
echo
printf '%-22s %-10s %14s %14s %10s  %s\n' workload unit eddy node eddy/node note
printf '%-22s %-10s %14s %14s %10s  %s\n' ---------------------- ---------- \
  -------------- -------------- ---------- ----
for row in "${order[@]}"; do
  e=$(median "$res/eddy.$row")
  n=$(median "$res/node.$row")
  ratio=-
  if [ -n "$e" ] && [ -n "$n" ]; then
    ratio=$(awk -v e="$e" -v n="$n" 'BEGIN { if (n > 0) printf "%.2f", e / n; else print "-" }')
  fi
  if [ "${kind[$row]}" = rate ]; then note="higher is faster; >1 = eddy faster"
  else note="lower is better; <1 = eddy better"; fi
  file=
  case "$row" in
    nextTick*) file=nextTick.js ;; setImmediate*) file=setImmediate.js ;;
    promises*) file=promises.js ;; emit*) file=emit.js ;;
    require500) file=require500.js ;; fs-readfilesync) file=fs-readfilesync.js ;;
    fib30 | fib) file=fib.js ;; richards | deltablue | objects) file=objects.js ;;
    json-roundtrip | json) file=json.js ;; generator-* | generators) file=generators.js ;;
  esac
  [ -n "${skipped[$row]+x}" ] || { [ -n "$file" ] && [ -n "${skipped[$file]+x}" ]; } &&
    note="$note; cut short by BENCH_TIME_LIMIT"
  [ -n "${failed[$row]+x}" ] || { [ -n "$file" ] && [ -n "${failed[$file]+x}" ]; } &&
    note="$note; FAILED on some runs"
  printf '%-22s %-10s %14s %14s %10s  %s\n' "$row" "${unit[$row]}" "$(fmt "$e")" "$(fmt "$n")" "$ratio" "$note"
done
echo
echo "medians of ${runs} runs per runtime (startup: ${startup_runs} wall, ${rss_runs} RSS); total ${SECONDS}s"
[ "$nfailed" -eq 0 ]
