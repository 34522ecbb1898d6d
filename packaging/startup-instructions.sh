#!/bin/sh
# Counts the instructions (valgrind --tool=callgrind, Ir) from exec to the first frame of the
# window, beside the bare Qt window, on a first run and with --demo --fetch. Unlike wall time,
# the count does not depend on what else the machine is doing, so two builds can be compared on
# a busy machine (docs/performance.md, "Window start-up and memory").
#
#   xvfb-run -a -s '-screen 0 1280x900x24 -noreset' sh packaging/startup-instructions.sh BUILD_DIR [OUT_DIR]
#
# BUILD_DIR holds a build with the tokendesk and tokendesk-bare-window targets (Release, to
# compare with the bench). The callgrind files stay in OUT_DIR (default: a temporary directory)
# for callgrind_annotate. Each program runs with TOKENDESK_BENCH_PROBE=2, which makes it exit
# right after its first frame, and with a fresh XDG config, cache and data home.
set -eu

die() { printf 'startup-instructions: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 BUILD_DIR [OUT_DIR]"
build=$1
out=${2:-$(mktemp -d)}
command -v valgrind >/dev/null || die "needs valgrind"
[ -n "${DISPLAY:-}" ] || die "needs an X server: run it under xvfb-run -a -s '-screen 0 1280x900x24 -noreset'"
bare=$build/bench/tokendesk-bare-window
tokendesk=$build/app/tokendesk/tokendesk
[ -x "$bare" ] && [ -x "$tokendesk" ] || die "build the tokendesk and tokendesk-bare-window targets in $build"
mkdir -p "$out"

# Prints the instruction count of one program from exec to its first frame.
count() {
    name=$1
    shift
    home=$(mktemp -d)
    XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data \
        TOKENDESK_BENCH_PROBE=2 valgrind --tool=callgrind \
        --callgrind-out-file="$out/$name.%p.callgrind" "$@" >/dev/null 2>"$out/$name.log" ||
        die "$name failed under valgrind (see $out/$name.log)"
    rm -rf "$home"
    # Without a session bus, libdbus forks once (autolaunch); the child's smaller count is not
    # the program's, so take the largest.
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/$name.log" | sort -n | tail -n 1
}

bare_ir=$(count bare "$bare")
welcome_ir=$(count welcome "$tokendesk")
demo_ir=$(count demo "$tokendesk" --demo --fetch)
awk -v b="$bare_ir" -v w="$welcome_ir" -v d="$demo_ir" 'BEGIN {
    printf "instructions from exec to the first frame (callgrind Ir)\n"
    printf "  bare window             %6.1f M\n", b / 1e6
    printf "  tokendesk, first run    %6.1f M   %.2fx\n", w / 1e6, w / b
    printf "  tokendesk --demo --fetch %5.1f M   %.2fx\n", d / 1e6, d / b
}'
echo "callgrind files: $out"
