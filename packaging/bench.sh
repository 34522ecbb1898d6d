#!/bin/sh
# Builds TokenDesk in Release and prints one table of its costs, each beside a baseline measured
# in the same run (docs/performance.md keeps the latest one).
#
#   sh packaging/bench.sh
#
# Runs: tokendesk-bench (build+sign+parse against bare JSON parsing, loopback fetch against a
# raw QNetworkAccessManager POST), tokendesk-bench-soak (2,000 fetches in one process, memory and
# descriptors), tokendesk-bench-serve (the credentials_uri endpoint answering a held credential
# against a bare HttpServer answering the same bytes: p50/p99 at 1 and 16 keep-alive clients,
# memory over 100,000 answers), tokendesk-bench-window under xvfb-run when it was built, and the
# CLI's cold start (against /bin/true and `python3 -c pass`) and a whole `tokendesk-cli fetch`
# over loopback.
# Timing never fails the script: it exits non-zero only when something did not build or work.
#
# Environment:
#   TOKENDESK_BENCH_BUILD_DIR   build directory (default build/bench; always rebuilt from clean)
#   TOKENDESK_BENCH_SKIP_BUILD=1  reuse that directory as it is (for iterating on this script)
#   CMAKE_BUILD_PARALLEL_LEVEL  build jobs (default: Ninja's)
# hyperfine, when installed, times the cold starts; otherwise a loop of 50 runs each does.
set -eu

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

cd "$(dirname "$0")/.."
root=$(pwd -P)
. "$root/packaging/simulator-url.sh"
build_dir=${TOKENDESK_BENCH_BUILD_DIR:-$root/build/bench}
case "$build_dir" in /*) ;; *) build_dir=$root/$build_dir ;; esac
command -v python3 >/dev/null 2>&1 || die "python3 is needed (sh packaging/quickstart.sh deps)"

if [ "${TOKENDESK_BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "Configuring a clean Release build in $build_dir"
    rm -rf "$build_dir"
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        >"$build_dir.configure.log" 2>&1 || { cat "$build_dir.configure.log" >&2; die "configure failed"; }
    rm -f "$build_dir.configure.log"
    say "Building"
    cmake --build "$build_dir" >&2 || die "build failed"
fi

app=$build_dir/app
cli=$app/tokendesk-cli
sim=$app/tokendesk-gateway-sim
for program in "$cli" "$sim" "$build_dir/bench/tokendesk-bench" "$build_dir/bench/tokendesk-bench-soak" \
    "$build_dir/bench/tokendesk-bench-serve"; do
    [ -x "$program" ] || die "$program was not built"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-bench.XXXXXXXX")
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Nothing from the user's configuration leaks into a measurement.
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
results=$work/rows.tsv
: >"$results"

# row SECTION FIGURE TOKENDESK BASELINE RATIO TARGET
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }

# Rows of a sub-benchmark's own table (after its "figure" header), columns split on 2+ spaces.
collect_rows() {
    section=$1
    file=$2
    awk -v section="$section" '
        /^figure  / { inside = 1; next }
        inside && (/^#/ || /^[[:space:]]*$/ || /^\{/) { inside = 0 }
        inside {
            line = $0
            indent = ""
            if (match(line, /^ +/)) { indent = "- "; line = substr(line, RLENGTH + 1) }
            n = split(line, f, /  +/)
            printf "%s\t%s%s\t%s\t%s\t%s\t%s\n", section, indent, f[1], f[2], f[3], f[4], (n >= 5 ? f[5] : "-")
        }' "$file" >>"$results"
}

status=0

# ---- core: build+sign+parse, loopback fetch -------------------------------------------------
say "tokendesk-bench (core)"
"$build_dir/bench/tokendesk-bench" >"$work/core.txt" 2>&1 || status=1
cat "$work/core.txt"
collect_rows core "$work/core.txt"

# ---- soak ---------------------------------------------------------------------------------
say "tokendesk-bench-soak (2,000 fetches in one process)"
"$build_dir/bench/tokendesk-bench-soak" --sim "$sim" >"$work/soak.txt" 2>&1 || status=1
cat "$work/soak.txt"
soak=$(sed -n 's/^SOAK //p' "$work/soak.txt")
if [ -n "$soak" ]; then
    # shellcheck disable=SC2086 # the line is key=value words
    eval "$(printf '%s\n' $soak | sed -n 's/^\([a-z_]*\)=\(-\{0,1\}[0-9.]*\)$/soak_\1=\2/p')"
    row soak "RSS after $soak_fetches fetches (one process)" \
        "$(python3 -c "print(f'{$soak_rss_last_kib/1024:.1f} MiB')")" \
        "$(python3 -c "print(f'{$soak_rss_ref_kib/1024:.1f} MiB')") at $soak_ref_fetches" \
        "$(printf '%+d KiB' "$soak_growth_kib")" "<= +256 KiB $([ "$soak_growth_kib" -le 256 ] && echo ok || echo MISSED)"
    row soak "RSS max during the soak" \
        "$(python3 -c "print(f'{$soak_rss_max_kib/1024:.1f} MiB')")" \
        "$(python3 -c "print(f'{$soak_rss_start_kib/1024:.1f} MiB')") at 0" "-" "-"
    row soak "heap in use (malloc) after $soak_fetches fetches" "$soak_heap_last_kib KiB" \
        "$soak_heap_ref_kib KiB at $soak_ref_fetches" "$(printf '%+d KiB' "$soak_heap_growth_kib")" \
        "<= +64 KiB $([ "$soak_heap_growth_kib" -le 64 ] && echo ok || echo MISSED)"
    row soak "open descriptors after $soak_ref_fetches / $soak_fetches fetches" "$soak_fd_last" "$soak_fd_ref" \
        "$((soak_fd_last - soak_fd_ref))" "no growth $([ "$soak_fd_last" -le "$soak_fd_ref" ] && echo ok || echo MISSED)"
fi

# ---- serve: answer a held credential --------------------------------------------------------
say "tokendesk-bench-serve (the credentials_uri endpoint against a bare HttpServer)"
"$build_dir/bench/tokendesk-bench-serve" >"$work/serve.txt" 2>&1 || status=1
cat "$work/serve.txt"
collect_rows serve "$work/serve.txt"

# ---- window ---------------------------------------------------------------------------------
window_bench=$build_dir/bench/tokendesk-bench-window
if [ -x "$window_bench" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        say "tokendesk-bench-window (xvfb-run)"
        xvfb-run -a -s '-screen 0 1280x900x24 -noreset' "$window_bench" >"$work/window.txt" 2>&1 || status=1
        cat "$work/window.txt"
        collect_rows window "$work/window.txt"
    else
        say "xvfb-run not found: skipping the window benchmark"
    fi
else
    say "tokendesk-bench-window was not built: skipping the window benchmark"
fi

# ---- CLI: cold start and a whole fetch ------------------------------------------------------
say "Starting the gateway simulator for the CLI fetch"
"$sim" --port 0 --app 12345678:bench-secret >"$work/sim.out" 2>&1 &
sim_pid=$!
url=$(simulator_url "$sim_pid" "$work/sim.out") || die "the gateway simulator did not start"
export TOKENDESK_APP_SECRET=bench-secret
fetch_args="fetch --gateway $url --app-key 12345678 --tenant tenant-8842 --store poi-310115-0042 --scene s1 --usage-scene upload --product oss"
"$cli" $fetch_args >"$work/fetch.json" 2>"$work/fetch.err" \
    || { cat "$work/fetch.err" >&2; die "tokendesk-cli fetch failed against the simulator"; }

timer="python3 loop (fork+exec+wait)"
command -v hyperfine >/dev/null 2>&1 && timer=hyperfine
# Median wall time of N runs of each command, in ms: hyperfine when present, otherwise
# fork+exec+wait from python3 (its own overhead is what /bin/true measures).
time_commands() {
    runs=$1
    shift
    if [ "$timer" = hyperfine ]; then
        hyperfine -N --style none --warmup 3 --runs "$runs" --export-json "$work/hf.json" "$@" \
            >/dev/null 2>&1 || return 1
        python3 -c '
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{statistics.median(r[\"times\"]) * 1000:.2f}")' "$work/hf.json"
    else
        python3 - "$runs" "$@" <<'EOF'
import shlex, statistics, subprocess, sys, time
runs = int(sys.argv[1])
for command in sys.argv[2:]:
    argv = shlex.split(command)
    for _ in range(3):  # warm the page cache, as hyperfine --warmup does
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter_ns() - start) / 1e6)
    print(f"{statistics.median(times):.2f}")
EOF
    fi
}

say "CLI cold start (50 runs each)"
cold=$(time_commands 50 "$cli --version" /bin/true "python3 -c pass") || die "timing the cold start failed"
cold_cli=$(echo "$cold" | sed -n 1p)
cold_true=$(echo "$cold" | sed -n 2p)
cold_python=$(echo "$cold" | sed -n 3p)
say "Whole CLI fetch over loopback (30 runs)"
fetch_ms=$(time_commands 30 "$cli $fetch_args" | sed -n 1p) || die "timing the fetch failed"
ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }
row cli "CLI cold start, --version (median of 50)" "$cold_cli ms" "$cold_true ms /bin/true" "$(ratio "$cold_cli" "$cold_true")" "-"
row cli "CLI cold start vs a scripting runtime" "$cold_cli ms" "$cold_python ms python3" "$(ratio "$cold_cli" "$cold_python")" "-"
row cli "whole CLI fetch over loopback (median of 30)" "$fetch_ms ms" "$cold_cli ms --version" \
    "$(ratio "$fetch_ms" "$cold_cli")" \
    "< 50 ms $(python3 -c "print('ok' if $fetch_ms < 50 else 'MISSED')")"

# ---- the table ------------------------------------------------------------------------------
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
printf '\nTokenDesk benchmarks, %s, Qt %s, %s cores (%s), load average %s, cold starts by %s\n' \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    "$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)" \
    "$(nproc 2>/dev/null || echo '?')" "${cpu:-unknown CPU}" "$load" "$timer"
awk -F '\t' '
    BEGIN { printf "| %-7s | %-46s | %-13s | %-24s | %-9s | %-16s |\n", "part", "figure", "tokendesk", "baseline", "ratio", "target"
            printf "|%s|%s|%s|%s|%s|%s|\n", "---------", "------------------------------------------------", "---------------", "--------------------------", "-----------", "------------------" }
    { printf "| %-7s | %-46s | %-13s | %-24s | %-9s | %-16s |\n", $1, $2, $3, $4, $5, $6 }
' "$results"

[ "$status" -eq 0 ] || printf 'bench: a benchmark reported a functional failure (see above)\n' >&2
exit "$status"
