#!/bin/sh
# The node_alicloud_credentials test: @alicloud/credentials for Node (a client this project did
# not write) against the real tokendesk-cli and tokendesk-gateway-sim, over loopback only.
#
#   sh tests/node/run.sh CLI SIM DEPS_DIR
#
# 1. `tokendesk-cli serve` with a 20 s credential: the SDK's credentials_uri provider reads it,
#    and reads a new one after serve's refresh.
# 2. `configure-aliyun` into a throwaway HOME: the SDK's default chain follows ALIBABA_CLOUD_PROFILE
#    to the External profile, runs its process_command, and writes the credential back.
# 3. `tokendesk-cli exec -- node`: the child reads the URI that exec set.
# Every standard output and error of the CLI, node and the simulator is kept, and none may hold
# the app secret; nor may config.json.
#
# DEPS_DIR holds the pinned package (tests/node/package.json), installed there by
# `sh packaging/quickstart.sh deps` (or test). Exits 77 (CTest SKIP_RETURN_CODE) with the reason
# when node or the package is missing; never fails for that.
set -u

cli=$1
sim=$2
deps=$3
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/../../packaging/simulator-url.sh"
script=$here/credentials.js
pinned=$(sed -n 's/^ *"@alicloud\/credentials": *"\([^"]*\)".*/\1/p' "$here/package.json" | head -n 1)

skip() {
    printf 'SKIP: %s\n' "$*"
    exit 77
}
command -v node >/dev/null 2>&1 || skip "node is not installed (sh packaging/quickstart.sh deps installs it)"
installed=$(node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch (e) {}' \
    "$deps/node_modules/@alicloud/credentials/package.json" 2>/dev/null)
[ -n "$installed" ] || skip "@alicloud/credentials is not installed in $deps (sh packaging/quickstart.sh deps installs it; it needs npm and the npm registry)"
[ "$installed" = "$pinned" ] || skip "@alicloud/credentials $installed in $deps, not the pinned $pinned (run sh packaging/quickstart.sh deps again)"
printf 'node %s, @alicloud/credentials %s\n' "$(node --version)" "$installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-node.XXXXXXXX")
sim_pid=""
serve_pid=""
cleanup() {
    for pid in $serve_pid $sim_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

failures=0
fail() {
    printf 'FAIL %s\n' "$*"
    failures=$((failures + 1))
}

# A secret of this run only, so that finding it anywhere means it leaked. The simulator reads it
# from its environment, the CLI from TOKENDESK_APP_SECRET: never a command-line argument.
secret="td-node-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export TOKENDESK_SIM_APPS="12345678:$secret"
export TOKENDESK_NODE_DEPS="$deps"
# Nothing from the user's own configuration, and no cloud metadata service: the SDK's default
# chain would otherwise try 100.100.100.200 when a provider before it fails.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
export ALIBABA_CLOUD_ECS_METADATA_DISABLED=true
unset ALIBABA_CLOUD_ACCESS_KEY_ID ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_SECURITY_TOKEN \
    ALIBABA_CLOUD_CREDENTIALS_URI ALIBABA_CLOUD_PROFILE ALIBABA_CLOUD_CREDENTIALS_FILE \
    ALIBABA_CLOUD_ROLE_ARN ALIBABA_CLOUD_OIDC_PROVIDER_ARN ALIBABA_CLOUD_OIDC_TOKEN_FILE
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"

"$sim" --port 0 --lifetime 20 >"$work/sim.out" 2>&1 &
sim_pid=$!
url=$(simulator_url "$sim_pid" "$work/sim.out") || { echo "FAIL the gateway simulator did not start"; exit 1; }
export TOKENDESK_APP_SECRET="$secret"
request="--gateway $url --app-key 12345678 --tenant tenant-8842 --store poi-310115-0042 --scene s1 --usage-scene upload --product oss"

# ---- 1. serve + credentials_uri --------------------------------------------------------------
echo "== 1. tokendesk-cli serve, read by the SDK's credentials_uri provider"
# shellcheck disable=SC2086 # the request options are words
"$cli" serve $request >"$work/serve.out" 2>"$work/serve.err" &
serve_pid=$!
tries=0
uri=""
while [ -z "$uri" ]; do
    uri=$(sed -n '1s|^ALIBABA_CLOUD_CREDENTIALS_URI=\(http://127\.0\.0\.1:[0-9]*/.*\)$|\1|p' "$work/serve.out" 2>/dev/null)
    [ -n "$uri" ] && break
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$serve_pid" 2>/dev/null; then
        cat "$work/serve.out" "$work/serve.err"
        echo "FAIL tokendesk-cli serve printed no ALIBABA_CLOUD_CREDENTIALS_URI line"
        exit 1
    fi
    sleep 0.1
done
ALIBABA_CLOUD_CREDENTIALS_URI="$uri" timeout 60 node "$script" uri >"$work/node-uri.out" 2>"$work/node-uri.err" \
    || fail "the SDK could not read serve's credential (node exited $?)"
cat "$work/node-uri.out" "$work/node-uri.err"
kill -TERM "$serve_pid"
serve_status=0
wait "$serve_pid" || serve_status=$?
serve_pid=""
[ "$serve_status" -eq 0 ] || fail "serve exited $serve_status on SIGTERM, not 0"
printf 'serve logged %s requests on standard error\n' "$(grep -c . "$work/serve.err")"

# ---- 2. configure-aliyun + the default chain -------------------------------------------------
echo "== 2. configure-aliyun, read by the SDK's default chain (ALIBABA_CLOUD_PROFILE)"
# shellcheck disable=SC2086
"$cli" configure-aliyun --name tokendesk-node $request >"$work/configure.out" 2>"$work/configure.err" \
    || fail "configure-aliyun exited $?"
cat "$work/configure.out" "$work/configure.err"
config=$HOME/.aliyun/config.json
if [ -f "$config" ]; then
    printf 'config.json mode after configure-aliyun: %s\n' "$(stat -c %a "$config")"
    ALIBABA_CLOUD_PROFILE=tokendesk-node timeout 60 node "$script" profile \
        >"$work/node-profile.out" 2>"$work/node-profile.err" \
        || fail "the SDK could not use the External profile (node exited $?)"
    cat "$work/node-profile.out" "$work/node-profile.err"
    cp "$config" "$work/config-after.json"
else
    fail "configure-aliyun wrote no $config"
fi

# ---- 3. exec -- node ---------------------------------------------------------------------------
echo "== 3. tokendesk-cli exec -- node"
# shellcheck disable=SC2086
timeout 60 "$cli" exec $request -- node "$script" exec >"$work/exec.out" 2>"$work/exec.err" \
    || fail "exec -- node exited $?"
cat "$work/exec.out" "$work/exec.err"
echo "== 3b. tokendesk-cli exec --uri-only -- node: the default chain reaches the URI"
# shellcheck disable=SC2086
timeout 60 "$cli" exec --uri-only $request -- node "$script" exec-uri-only \
    >"$work/exec-uri-only.out" 2>"$work/exec-uri-only.err" \
    || fail "exec --uri-only -- node exited $?"
cat "$work/exec-uri-only.out" "$work/exec-uri-only.err"

# ---- the secret appears nowhere --------------------------------------------------------------
scanned=0
leaks=0
for file in "$work"/*.out "$work"/*.err "$work/config-after.json"; do
    [ -f "$file" ] || continue
    scanned=$((scanned + 1))
    if grep -qF "$secret" "$file"; then
        fail "the app secret appears in $(basename "$file")"
        leaks=$((leaks + 1))
    fi
done
[ "$leaks" -eq 0 ] && printf 'ok the app secret appears in none of %d outputs (CLI, node, simulator), nor in config.json\n' "$scanned"
checks=$(cat "$work"/node-*.out "$work"/exec*.out 2>/dev/null | grep -c '^ok ')
if [ "$failures" -ne 0 ]; then
    printf '%d node checks passed, %d failed\n' "$checks" "$failures"
    exit 1
fi
printf 'all %d node checks passed\n' "$checks"
