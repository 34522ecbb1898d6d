#!/bin/sh
# Screenshots of the TokenDesk window in its main states, in English and Chinese, on a private
# virtual display.
#
#   sh packaging/screenshots.sh [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR holds an existing build (default build/quickstart, else build/dev); nothing is built
# here. OUT_DIR (default docs/screenshots) receives <state>-<lang>.png for the states empty-form,
# token-shown, error-shown, expired, policy and sessions, lang en and zh_CN; the same again as
# <state>-dark-<lang>.png with TOKENDESK_PALETTE=dark; token-shown-high-contrast-<lang>.png; and
# token-shown-en-200.png at QT_SCALE_FACTOR=2. Every run of the window gets a throwaway XDG config,
# cache and data home and no session bus: the demo keeps its secret in memory, so no keychain is
# needed.
#
# Needs xvfb-run, xauth, xdotool, ImageMagick's import and a CJK font (fonts-wqy-microhei); sh
# packaging/quickstart.sh deps installs them. The README shows token-shown-en, policy-*,
# sessions-* and token-shown-dark-* and policy-dark-*, so those are committed; the rest are for
# reviewing the layout.
set -eu

say() { printf '==> %s\n' "$*"; }
die() { printf 'screenshots: error: %s\n' "$*" >&2; exit 1; }

root=$(cd "$(dirname "$0")/.." && pwd -P)

if [ -z "${TOKENDESK_SCREENSHOTS_DISPLAY:-}" ]; then
    build=${1:-}
    if [ -z "$build" ]; then
        build=$root/build/quickstart
        [ -x "$build/app/tokendesk/tokendesk" ] || build=$root/build/dev
    fi
    out=${2:-$root/docs/screenshots}
    window=$build/app/tokendesk/tokendesk
    [ -x "$window" ] || die "$window not found: build the tokendesk target first (sh packaging/quickstart.sh run builds it)"
    for tool in xvfb-run xauth xdotool import; do
        command -v "$tool" >/dev/null 2>&1 || die "$tool not found: run sh packaging/quickstart.sh deps"
    done
    fc-list :lang=zh 2>/dev/null | grep -q . \
        || say "warning: no CJK font installed; the zh_CN shots will show boxes (install fonts-wqy-microhei)"
    mkdir -p "$out"
    out=$(cd "$out" && pwd -P)
    # Displays of our own, which xvfb-run stops when we are done. The 200% window (1520x1440
    # pixels) does not fit on 1280x900, so it gets a screen twice the size.
    env TOKENDESK_SCREENSHOTS_DISPLAY=normal \
        xvfb-run -a -s '-screen 0 1280x800x24' sh "$0" "$window" "$out"
    env TOKENDESK_SCREENSHOTS_DISPLAY=double \
        xvfb-run -a -s '-screen 0 2560x1800x24' sh "$0" "$window" "$out"
    say "Screenshots in $out"
    exit 0
fi

# ---- from here on, inside xvfb-run: $1 is the tokendesk binary, $2 the output directory
window=$1
out=$2

app_pid=""
scratch=""
cleanup() {
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    fi
    if [ -n "$scratch" ]; then
        rm -rf "$scratch"
        scratch=""
    fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# No desktop session leaks in: no bus (so no keychain), no locale overrides.
unset DBUS_SESSION_BUS_ADDRESS LC_ALL LC_MESSAGES QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS TOKENDESK_PALETTE

failed=""

# shot NAME LANG SETTLE_SECONDS [ENV=VALUE...] -- [ARGS...]
# Starts the window with a fresh home, waits until it is mapped, lets it settle (fetch, retries,
# expiry), then takes the window alone.
shot() {
    name=$1
    lang=$2
    settle=$3
    shift 3
    envs=""
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
        envs="$envs $1"
        shift
    done
    [ "$#" -gt 0 ] && shift # --
    case "$lang" in
        en) locale_env="LANG=C.UTF-8 LANGUAGE=en" ;;
        zh_CN) locale_env="LANG=zh_CN.UTF-8 LANGUAGE=zh_CN" ;;
        *) die "unknown language $lang" ;;
    esac

    scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-shots.XXXXXXXX")
    mkdir -p "$scratch/config" "$scratch/cache" "$scratch/data"
    # shellcheck disable=SC2086 # the env lists are meant to split into words
    env $locale_env $envs \
        XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
        XDG_DATA_HOME="$scratch/data" \
        "$window" "$@" >"$scratch/log" 2>&1 &
    app_pid=$!

    wid=$(timeout 30 xdotool search --sync --onlyvisible --name TokenDesk 2>/dev/null | head -1) || true
    if [ -z "$wid" ]; then
        printf 'screenshots: %s: no TokenDesk window within 30 s; its output:\n' "$name" >&2
        sed 's/^/    /' "$scratch/log" >&2
        failed="$failed $name"
    else
        sleep "$settle"
        if ! kill -0 "$app_pid" 2>/dev/null; then
            printf 'screenshots: %s: TokenDesk exited; its output:\n' "$name" >&2
            sed 's/^/    /' "$scratch/log" >&2
            failed="$failed $name"
        elif import -window "$wid" "$out/$name.png"; then
            say "$name.png ($(xdotool getwindowgeometry "$wid" | sed -n 's/^ *Geometry: //p'), title \"$(xdotool getwindowname "$wid")\")"
        else
            failed="$failed $name"
        fi
    fi
    cleanup
}

if [ "$TOKENDESK_SCREENSHOTS_DISPLAY" = double ]; then
    shot "token-shown-en-200" en 2 QT_SCALE_FACTOR=2 -- --demo --fetch
else
    for lang in en zh_CN; do
        # The desktop's look (none here: Qt's own light palette), then the dark one forced.
        for look in "" dark; do
            at=${look:+-$look}
            palette=${look:+TOKENDESK_PALETTE=$look}
            # shellcheck disable=SC2086 # an empty $palette is meant to vanish
            {
                shot "empty-form$at-$lang" "$lang" 1 $palette --
                shot "token-shown$at-$lang" "$lang" 2 $palette -- --demo --fetch
                # Rate limited: the client waits out two 2 s bans before it shows the error.
                shot "error-shown$at-$lang" "$lang" 7 $palette \
                    TOKENDESK_DEMO_SCENARIO=rate-limited -- --demo --fetch
                # A 5 s credential, taken once it has expired.
                shot "expired$at-$lang" "$lang" 7 $palette TOKENDESK_DEMO_LIFETIME=5 \
                    -- --demo --fetch
                # The policy tree beside a few sessions, at the 1280x800 the layout is made for.
                shot "policy$at-$lang" "$lang" 4 $palette TOKENDESK_DEMO_TAB=policy \
                    TOKENDESK_DEMO_SESSIONS=4 -- --demo --fetch
                shot "sessions$at-$lang" "$lang" 4 $palette TOKENDESK_DEMO_SESSIONS=6 \
                    -- --demo --fetch
            }
        done
        shot "token-shown-high-contrast-$lang" "$lang" 2 TOKENDESK_PALETTE=high-contrast \
            -- --demo --fetch
    done
fi

[ -z "$failed" ] || die "no screenshot for:$failed"
