# Sourced by bench/run.sh and bench/engine-shell.sh: what both need to run
# bounded processes and summarise their figures.

# wait_for_executable PATH PREFIX: the binary may be being relinked; give it
# a moment to come back, else exit 2.
wait_for_executable() {
  for _ in $(seq 30); do [ -x "$1" ] && return 0; sleep 1; done
  echo "$2: $1 is not an executable" >&2
  exit 2
}

# make_scratch PREFIX: sets tmp to a fresh directory that is removed on exit,
# together with the run in progress, also on SIGINT/SIGTERM.
make_scratch() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/eddy-$1.XXXXXX")
  scratch_prefix=$1
  child=
  trap scratch_cleanup EXIT
  trap 'echo "$scratch_prefix: interrupted" >&2; exit 130' INT TERM
}
scratch_cleanup() {
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  rm -rf "$tmp"
}

# bounded SECONDS OUT ERR CMD...: CMD with a time limit, run in the
# background so that a signal to the script reaches its trap at once.
bounded() {
  local limit=$1 out=$2 err=$3
  shift 3
  timeout -k 2 "$limit" "$@" >"$out" 2>"$err" </dev/null &
  child=$!
  wait "$child"
  local rc=$?
  child=
  return $rc
}

median() { # median of the numbers in file $1 (one a line), or empty
  [ -s "$1" ] || return 0
  sort -g "$1" | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

fmt() { # 4 significant digits, with k/M/G for big rates; - when empty
  [ -n "$1" ] || { echo -; return; }
  awk -v x="$1" 'BEGIN {
    s = ""; if (x >= 1e9) { x /= 1e9; s = "G" } else if (x >= 1e6) { x /= 1e6; s = "M" }
    else if (x >= 1e5) { x /= 1e3; s = "k" }
    if (s == "" && x >= 1000) printf "%.0f", x; else printf "%.4g%s", x, s }'
}
