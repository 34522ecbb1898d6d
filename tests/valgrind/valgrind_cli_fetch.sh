#!/bin/sh
# One real `tokendesk-cli fetch` under valgrind's leak checker, against tokendesk-gateway-sim on
# loopback. Fails on any definitely lost block whose allocation stack passes through the
# project's code (a TokenDesk:: function or a file under app/, ui/ or bench/); definite leaks
# entirely inside Qt or the system libraries are printed but not counted.
#
#   sh valgrind_cli_fetch.sh VALGRIND CLI SIM SUPPRESSIONS
set -eu

[ "$#" -eq 4 ] || { printf 'usage: %s VALGRIND CLI SIM SUPPRESSIONS\n' "$0" >&2; exit 2; }
valgrind=$1
cli=$2
sim=$3
supp=$4
. "$(dirname "$0")/../../packaging/simulator-url.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-valgrind.XXXXXXXX")
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

# Nothing from the user's own configuration: a throwaway profile store, no keychain involved.
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"

"$sim" --port 0 --app 12345678:valgrind-secret >"$work/sim.out" 2>&1 &
sim_pid=$!
url=$(simulator_url "$sim_pid" "$work/sim.out") || exit 1

status=0
# --timeout: valgrind slows the client down tenfold or more; the default 15 s deadline holds,
# but say it explicitly so a slow machine gives a clear error rather than a leak report.
TOKENDESK_APP_SECRET=valgrind-secret "$valgrind" --leak-check=full \
    --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=40 --fullpath-after= \
    --suppressions="$supp" --log-file="$work/valgrind.log" \
    "$cli" fetch --gateway "$url" --app-key 12345678 --tenant t-1 --store poi-1 \
    --scene 场景一 --usage-scene upload --product oss --timeout 60 \
    >"$work/cli.out" 2>"$work/cli.err" || status=$?

if [ "$status" -ne 0 ]; then
    cat "$work/cli.err" "$work/valgrind.log" >&2
    printf 'valgrind_cli_fetch: tokendesk-cli exited with status %d\n' "$status" >&2
    exit 1
fi
grep -q '"access_key_id"' "$work/cli.out" || { cat "$work/cli.out" >&2; echo "no credential printed" >&2; exit 1; }

sed -n '/LEAK SUMMARY/,/suppressed:/p' "$work/valgrind.log"

# One record per "definitely lost" block; flag those with a project frame.
project_leaks=$(awk '
    /blocks? (are|is) definitely lost/ { inrec = 1; rec = $0 "\n"; project = 0; next }
    inrec && /^==[0-9]+== *$/ { if (project) { printf "%s\n", rec; n++ } inrec = 0; next }
    inrec {
        rec = rec $0 "\n"
        if ($0 ~ /TokenDesk::|\/app\/(core|cli|gatewaysim)\/|\/ui\/|\/bench\//) project = 1
    }
    END { if (inrec && project) printf "%s\n", rec }
' "$work/valgrind.log")
other=$(grep -c 'definitely lost in loss record' "$work/valgrind.log" || true)

if [ -n "$project_leaks" ]; then
    printf '%s\n' "$project_leaks" >&2
    printf 'valgrind_cli_fetch: definite leaks through project code (above)\n' >&2
    exit 1
fi
printf 'valgrind_cli_fetch: no definite leak from project code (%s definite leak record(s) outside it)\n' "${other:-0}"
