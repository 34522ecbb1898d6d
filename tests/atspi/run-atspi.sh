#!/bin/sh
# Reads the TokenDesk window as a screen reader does: the real window on a private Xvfb display,
# a private D-Bus session with the AT-SPI bus (at-spi2-core), and pyatspi (what Orca uses) to
# walk the accessibility tree. check_window.py says what is asserted; the recipe is the one in
# ../shared/docs/testing-headless.md ("A screen reader's view"), the why in docs/architecture.md.
#
#   sh tests/atspi/run-atspi.sh TOKENDESK_BINARY LANGUAGE
#
# LANGUAGE is en or zh_CN. Exits 0 when every check passes, 1 when one fails or when the AT-SPI
# bus cannot start: a missing screen-reader interface is a failure, never a skip.
set -eu

die() { printf 'atspi: FAIL: %s\n' "$*" >&2; exit 1; }

[ "$#" -eq 2 ] || die "usage: sh tests/atspi/run-atspi.sh TOKENDESK_BINARY LANGUAGE"
here=$(cd "$(dirname "$0")" && pwd -P)
self=$here/$(basename "$0")
window=$1
language=$2
[ -x "$window" ] || die "$window is not an executable"

# Debian's python3, which has gi and pyatspi; a python3 earlier on PATH (pyenv, venv) may not.
python=${TOKENDESK_ATSPI_PYTHON:-/usr/bin/python3}
launcher=/usr/libexec/at-spi-bus-launcher
for tool in dbus-run-session dbus-send Xvfb "$python" "$launcher"; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' not found: install at-spi2-core python3-pyatspi xvfb dbus (sh packaging/quickstart.sh deps)"
done
"$python" -c 'import pyatspi' 2>/dev/null \
    || die "$python cannot import pyatspi: install python3-pyatspi (sh packaging/quickstart.sh deps)"

# A private session bus of our own, even inside with-test-keyring's: the AT-SPI bus launcher
# registers on it, and nothing of the user's desktop may answer instead.
if [ "${TOKENDESK_ATSPI_STAGE:-}" = "" ]; then
    TOKENDESK_ATSPI_STAGE=bus
    export TOKENDESK_ATSPI_STAGE
    exec dbus-run-session -- sh "$self" "$window" "$language"
fi
unset TOKENDESK_ATSPI_STAGE

tmpdir=""
launcher_pid=""
xvfb_pid=""
# shellcheck disable=SC2317 # called from the EXIT trap
cleanup() {
    for pid in $launcher_pid $xvfb_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [ -z "$tmpdir" ] || rm -rf "$tmpdir"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_for MESSAGE PID LOG COMMAND...: runs COMMAND every 0.1 s until it succeeds. Fails with
# MESSAGE, and LOG shown, when the process PID that should make it succeed exits or 10 s pass.
wait_for() {
    message=$1
    pid=$2
    log=$3
    shift 3
    i=0
    until "$@"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
            sed 's/^/    /' "$log" >&2
            die "$message"
        fi
        sleep 0.1
    done
}

# Everything the window and the buses write goes to a throwaway home.
tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-atspi.XXXXXXXX")
chmod 700 "$tmpdir"
mkdir -m 700 "$tmpdir/config" "$tmpdir/cache" "$tmpdir/data" "$tmpdir/runtime"
export XDG_CONFIG_HOME="$tmpdir/config" XDG_CACHE_HOME="$tmpdir/cache"
export XDG_DATA_HOME="$tmpdir/data" XDG_RUNTIME_DIR="$tmpdir/runtime"
# The window on the X display, never offscreen (ctest's environment sets offscreen), and
# registered on the AT-SPI bus although no desktop setting asks for it.
export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export NO_AT_BRIDGE=0 GTK_A11Y=atspi
unset LC_ALL LC_MESSAGES QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

# A private X display. Xvfb picks a free display number itself and writes it to descriptor 3
# (-displayfd): no race with another test or tool starting a display at the same moment, which
# xvfb-run -a has. -noreset: the window starts more than once on it.
Xvfb -displayfd 3 -screen 0 1280x800x24 -noreset -nolisten tcp \
    3>"$tmpdir/display" >"$tmpdir/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for "Xvfb did not start" "$xvfb_pid" "$tmpdir/xvfb.log" test -s "$tmpdir/display"
DISPLAY=:$(head -n 1 "$tmpdir/display")
export DISPLAY

"$launcher" --launch-immediately >"$tmpdir/launcher.log" 2>&1 &
launcher_pid=$!

# The launcher owns org.a11y.Bus once the accessibility bus runs (up to about 10 s). Polled with
# NameHasOwner, which never starts anything: asking the name itself would have D-Bus start a
# second launcher from its service file, and hide a launcher that cannot run.
# shellcheck disable=SC2317 # called through wait_for
has_owner() {
    dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true'
}
wait_for "the AT-SPI bus did not start ($launcher --launch-immediately): no screen reader could read the window" \
    "$launcher_pid" "$tmpdir/launcher.log" has_owner
address=$(dbus-send --session --dest=org.a11y.Bus --type=method_call --print-reply \
    /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null | sed -n 's/^ *string "\(.*\)"$/\1/p')
[ -n "$address" ] || die "org.a11y.Bus gave no address for the AT-SPI bus"
printf 'atspi: the AT-SPI bus is at %s\n' "$address"

status=0
"$python" "$here/check_window.py" --window "$window" --language "$language" || status=$?
exit "$status"
