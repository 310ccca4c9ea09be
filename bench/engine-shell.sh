#!/usr/bin/env bash
# Promise throughput of SpiderMonkey's own shell (js140, from the
# libmozjs-140-dev package fetched into build/mozjs-140) against eddy, on the
# same file, bench/promises.js (the shell runs it through bench/shell-host.js):
#
#   bench/engine-shell.sh [EDDY]        (EDDY: default build/eddy)
#
# The shell is built for glibc 2.38 / GCC 13; to run it on Debian 12 without
# touching the machine, a copy of it is made under a mktemp -d dir, the
# symbol versions this system lacks are unversioned in the copy
# (scripts/glibc-compat.py, as for libmozjs), and the functions bound at them
# come from a small LD_PRELOAD object built from src/core/glibc_c23.c (and a
# no-op std::ios_base_library_init for GLIBCXX_3.4.32). Both run BENCH_RUNS
# times, interleaved (who goes first alternates); the table gives medians.
#
# Environment:
#   BENCH_RUNS=n          runs per runtime (5)
#   BENCH_WARMUP_MS, BENCH_MEASURE_MS  read by the workload (150 / 600)
#   BENCH_SHELL_FLAGS     extra js140 flags (none: the shell's defaults),
#                         e.g. --no-async-stacks
#   BENCH_JS140=path      the shell (build/mozjs-140/.../mozjs-140/js140)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
eddy_arg=${1:-$root/build/eddy}
eddy=$(realpath "$eddy_arg" 2>/dev/null || echo "$eddy_arg")
mozlib=$root/build/mozjs-140/root/usr/lib/x86_64-linux-gnu
js140=${BENCH_JS140:-$mozlib/mozjs-140/js140}
runs=${BENCH_RUNS:-5}
read -ra shell_flags <<<"${BENCH_SHELL_FLAGS:-}"
workload=$here/promises.js
per_run_timeout=60   # seconds; a run takes about 2 s

. "$here/common.sh"
wait_for_executable "$eddy" engine-shell
[ -x "$js140" ] || { echo "engine-shell: no shell at $js140 (build first)" >&2; exit 2; }
make_scratch engine-shell

die() { echo "engine-shell: $*" >&2; exit 2; }

# ------------------------------------------------------------ the shell
shell=$tmp/js140
cp "$js140" "$shell" || die "cannot copy $js140"
bounded 10 "$tmp/ldd" "$tmp/ldd.err" ldd "$shell"
# "FILE VERSION" for every version the shell needs (objdump -p).
bounded 20 "$tmp/objp" "$tmp/err" objdump -p "$shell" || die "objdump -p failed"
awk '/^Version References:/ { on = 1; next }
     on && /required from/ { f = $3; sub(/:$/, "", f); next }
     on && NF == 4 { print f, $4 }' "$tmp/objp" >"$tmp/needs"
# Those the library this system resolves FILE to does not define.
missing=()
while read -r file ver; do
  # "FILE => PATH (addr)", or "PATH (addr)" for the loader itself
  lib=$(awk -v f="$file" '$1 == f && $2 == "=>" { print $3; exit }
    $1 ~ "/" && $2 ~ /^\(/ && substr($1, length($1) - length(f)) == "/" f { print $1; exit }' "$tmp/ldd")
  [ -n "$lib" ] || die "$file: not found on this system"
  bounded 20 "$tmp/defs" "$tmp/err" objdump -p "$lib" || die "objdump -p $lib failed"
  awk '/^Version definitions:/ { on = 1; next } /^Version References:/ { on = 0 }
       on && NF >= 4 { print $4 }' "$tmp/defs" | grep -qxF "$ver" || missing+=("$ver")
done <"$tmp/needs"

preload=
if [ "${#missing[@]}" -gt 0 ]; then
  # The symbols bound at the missing versions must all be ones supplied here.
  bounded 20 "$tmp/objT" "$tmp/err" objdump -T "$shell" || die "objdump -T failed"
  c23=0 cxx=0
  for ver in "${missing[@]}"; do
    for sym in $(awk -v v="($ver)" 'NF >= 2 && $(NF - 1) == v { print $NF }' "$tmp/objT"); do
      case "$sym" in
        __isoc23_strtol|__isoc23_strtoul|__isoc23_sscanf) c23=1 ;;
        _ZSt21ios_base_library_initv) cxx=1 ;;
        *) die "the shell needs $sym@$ver, which this system lacks and this script does not supply" ;;
      esac
    done
  done
  bounded 20 "$tmp/compat.out" "$tmp/compat.err" \
    python3 "$root/scripts/glibc-compat.py" "$shell" "${missing[@]}" ||
    { cat "$tmp/compat.err" >&2; die "glibc-compat.py failed"; }
  objs=()
  if [ "$c23" = 1 ]; then
    bounded 60 /dev/null "$tmp/cc.err" cc -O2 -fPIC -c \
      "$root/src/core/glibc_c23.c" -o "$tmp/glibc_c23.o" ||
      { cat "$tmp/cc.err" >&2; die "cannot compile src/core/glibc_c23.c"; }
    objs+=("$tmp/glibc_c23.o")
  fi
  if [ "$cxx" = 1 ]; then
    # GCC 13 code calls this once so the standard streams are set up
    # (libstdc++ 13 does that itself; the function is empty there). With
    # GCC 12's libstdc++, including <iostream> here sets them up instead.
    cat >"$tmp/ios_init.cc" <<'EOF'
#include <iostream>
namespace std { void ios_base_library_init() {} }
EOF
    objs+=("$tmp/ios_init.cc")
  fi
  bounded 60 /dev/null "$tmp/cc.err" c++ -O2 -fPIC -shared \
    -o "$tmp/compat.so" "${objs[@]}" ||
    { cat "$tmp/cc.err" >&2; die "cannot link the preload object"; }
  preload=$tmp/compat.so
fi
# js140 140.17 links the engine statically (no libmozjs in its NEEDED); the
# library directory is on the path in case a later package does not.
shell_cmd=(env LD_PRELOAD="$preload" LD_LIBRARY_PATH="$mozlib" "$shell")
echo 'print(1+1)' >"$tmp/two.js"
if ! bounded 20 "$tmp/two.out" "$tmp/two.err" "${shell_cmd[@]}" "$tmp/two.js" ||
    [ "$(cat "$tmp/two.out")" != 2 ]; then
  cat "$tmp/two.err" >&2
  die "the shell does not run print(1+1)"
fi
bounded 20 "$tmp/ver" /dev/null "${shell_cmd[@]}" --version
shell_version=$(head -1 "$tmp/ver")
eddy_engine=$(ls "$mozlib"/libmozjs-140.so.140.* 2>/dev/null | head -1)
echo "engine-shell: shell $shell_version; eddy's libmozjs ${eddy_engine##*/libmozjs-140.so.}" >&2
echo "engine-shell: unversioned in the copy: ${missing[*]:-nothing}" \
  "(LD_PRELOAD: ${preload:-none});" \
  "shell flags: ${shell_flags[*]:-none (defaults)}" >&2

# ------------------------------------------------------------ the runs
res=$tmp/results
mkdir -p "$res"
order=()
nfailed=0
echo "engine-shell: promises.js, ${runs} runs per runtime (interleaved)" >&2
for r in $(seq "$runs"); do
  if [ $((r % 2)) -eq 1 ]; then sides="shell eddy"; else sides="eddy shell"; fi
  for side in $sides; do
    if [ "$side" = shell ]; then
      cmd=("${shell_cmd[@]}" "${shell_flags[@]}" "$here/shell-host.js")
    else cmd=("$eddy"); fi
    if ! bounded "$per_run_timeout" "$tmp/w.out" "$tmp/w.err" \
        "${cmd[@]}" "$workload"; then
      nfailed=$((nfailed + 1))
      echo "engine-shell: run $r failed on $side:" >&2
      tail -n 5 "$tmp/w.err" >&2
      continue
    fi
    progress=
    while IFS= read -r line; do
      case "$line" in '{"name":'*) ;; *) continue ;; esac
      name=$(sed -E 's/.*"name":"([^"]*)".*/\1/' <<<"$line")
      [[ " ${order[*]:-} " == *" $name "* ]] || order+=("$name")
      rate=$(sed -E 's/.*"ops":([0-9.e+-]+).*"ms":([0-9.e+-]+).*/\1 \2/' <<<"$line" |
        awk '$2 > 0 { printf "%.6g\n", $1 * 1000 / $2 }')
      [ -n "$rate" ] || continue
      echo "$rate" >>"$res/$side.$name"
      progress+=" $name=$rate"
    done <"$tmp/w.out"
    echo "engine-shell: run $r $side:$progress" >&2
  done
done

# ------------------------------------------------------------ summary
echo
printf '%-16s %14s %14s %11s\n' workload "shell ops/s" "eddy ops/s" eddy/shell
printf '%-16s %14s %14s %11s\n' ---------------- -------------- -------------- -----------
for row in "${order[@]}"; do
  s=$(median "$res/shell.$row")
  e=$(median "$res/eddy.$row")
  ratio=-
  if [ -n "$s" ] && [ -n "$e" ]; then
    ratio=$(awk -v e="$e" -v s="$s" 'BEGIN { if (s > 0) printf "%.2f", e / s; else print "-" }')
  fi
  printf '%-16s %14s %14s %11s\n' "$row" "$(fmt "$s")" "$(fmt "$e")" "$ratio"
done
echo
echo "medians of ${runs} runs each; higher is faster; eddy/shell > 1 = eddy faster" \
  "(shell flags: ${shell_flags[*]:-none}); total ${SECONDS}s"
[ "$nfailed" -eq 0 ]
