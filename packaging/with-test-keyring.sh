#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked, throwaway gnome-keyring, so
# tests exercise the real Secret Service without touching (or prompting for) the user's keyring.
#
#   sh packaging/with-test-keyring.sh COMMAND [ARGS...]
#
# Exits with COMMAND's exit status (or 1 with a message if the keyring cannot be set up).
# The recipe is the one measured in docs/testing-headless.md (steps 1-6).
set -eu

die() { printf 'with-test-keyring: error: %s\n' "$*" >&2; exit 1; }

[ "$#" -gt 0 ] || die "usage: sh packaging/with-test-keyring.sh COMMAND [ARGS...]"

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' not found (install: dbus gnome-keyring; run 'sh packaging/quickstart.sh test')"
done

# Step 1: a private session bus. The marker holds our PID and is cleared once seen, so a nested
# call (a test that itself uses this script) still gets its own bus instead of inheriting ours.
if [ "${TOKENDESK_KEYRING_REEXEC:-}" = "" ]; then
    case "$0" in
        /*) self=$0 ;;
        *) self=$(pwd)/$0 ;;
    esac
    TOKENDESK_KEYRING_REEXEC=$$
    export TOKENDESK_KEYRING_REEXEC
    exec dbus-run-session -- sh "$self" "$@"
fi
unset TOKENDESK_KEYRING_REEXEC

tmpdir=""
daemon_pid=""

# True while the process runs; a zombie (exited, not yet reaped by its parent) counts as gone.
# shellcheck disable=SC2317 # called from the EXIT trap
running() {
    kill -0 "$1" 2>/dev/null || return 1
    [ -r "/proc/$1/stat" ] || return 0
    [ "$(sed 's/^.*) \(.\).*$/\1/' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

# shellcheck disable=SC2317 # called from the EXIT trap
cleanup() {
    # Step 6: the daemon first (it writes into the directory as it exits), then the directory.
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        i=0
        while running "$daemon_pid" && [ "$i" -lt 20 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        if running "$daemon_pid"; then
            kill -9 "$daemon_pid" 2>/dev/null || true
        fi
    fi
    if [ -n "$tmpdir" ]; then
        rm -rf "$tmpdir"
    fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# Step 2: a fresh, private directory for everything the keyring and the tests write.
tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-keyring.XXXXXXXX")
chmod 700 "$tmpdir"
mkdir -m 700 "$tmpdir/data" "$tmpdir/runtime" "$tmpdir/config" "$tmpdir/cache"
export XDG_DATA_HOME="$tmpdir/data"
export XDG_RUNTIME_DIR="$tmpdir/runtime"
# HOME stays as it is (compilers, ccache and the like expect it), but QSettings, caches and Qt's
# own state go to XDG_CONFIG_HOME / XDG_CACHE_HOME: pointing those here keeps tests from reading
# or overwriting the user's real TokenDesk profiles and settings.
export XDG_CONFIG_HOME="$tmpdir/config"
export XDG_CACHE_HOME="$tmpdir/cache"

# Step 3: start the daemon, unlocked with a throwaway password that nobody ever sees.
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
daemon_env=$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets) \
    || die "gnome-keyring-daemon failed to start"
unset password
# It prints NAME=VALUE lines (GNOME_KEYRING_CONTROL, maybe SSH_AUTH_SOCK). Export them by name
# rather than eval'ing whatever it printed.
newline='
'
old_ifs=$IFS
IFS=$newline
for line in $daemon_env; do
    name=${line%%=*}
    value=${line#*=}
    case "$name" in
        GNOME_KEYRING_*|SSH_AUTH_SOCK) export "$name=$value" ;;
    esac
done
IFS=$old_ifs

# Step 4: wait (up to ~5 s) until the Secret Service owns its bus name.
has_owner() {
    dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
i=0
until has_owner; do
    i=$((i + 1))
    [ "$i" -le 50 ] || die "org.freedesktop.secrets did not appear on the session bus within 5 s"
    sleep 0.1
done
daemon_pid=$(dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.freedesktop.secrets | sed -n 's/^ *uint32 \([0-9][0-9]*\).*/\1/p')
[ -n "$daemon_pid" ] || die "could not find the PID of the keyring daemon"

# Lets tests tell that a real, unlocked keyring is present (and skip keychain tests otherwise).
export TOKENDESK_TEST_KEYRING=1

# Step 5: run the command, keeping its exit status for our own exit (the trap cleans up).
status=0
"$@" || status=$?
exit "$status"
