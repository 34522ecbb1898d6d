#!/bin/sh
# needs-no-network.sh WINDOW MODULE: the window's ELF needs neither QtNetwork nor QtKeychain,
# and the network module needs both (docs/architecture.md, "The network module").
set -eu
[ $# -eq 2 ] || { echo "usage: $0 WINDOW MODULE" >&2; exit 2; }
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
status=0
window=$(needed "$1")
module=$(needed "$2")
for library in libQt6Network libqt6keychain; do
    if printf '%s\n' "$window" | grep -q "^$library"; then
        echo "FAIL: $1 needs $library; it must come with the network module only"
        status=1
    fi
    if ! printf '%s\n' "$module" | grep -q "^$library"; then
        echo "FAIL: the network module $2 does not need $library"
        status=1
    fi
done
[ "$status" -ne 0 ] || echo "ok: the window needs $(printf '%s' "$window" | tr '\n' ' ')"
exit "$status"
