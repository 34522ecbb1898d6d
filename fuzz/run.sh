#!/bin/sh
# Runs every libFuzzer target for a bounded time on a copy of its seed corpus.
#
#   sh fuzz/run.sh SECONDS_PER_TARGET BUILD_DIR [TARGET...]
#
# BUILD_DIR was configured with clang and -DTOKENDESK_FUZZ=ON (see fuzz/CMakeLists.txt).
# The committed corpus (fuzz/corpus/<target>) is never written to: each target works in a temp
# copy, so new inputs found here stay out of the tree. A crash, leak, timeout or out-of-memory
# input is kept in BUILD_DIR/fuzz-artifacts/<target>/ and the script exits non-zero, printing
# the reproducer path and the command that replays it.
set -eu

usage() {
    printf 'usage: sh fuzz/run.sh SECONDS_PER_TARGET BUILD_DIR [TARGET...]\n' >&2
    exit 2
}
[ "$#" -ge 2 ] || usage
seconds=$1
build_dir=$2
shift 2
case "$seconds" in '' | *[!0-9]*) usage ;; esac
[ "$seconds" -gt 0 ] || usage

here=$(cd "$(dirname "$0")" && pwd -P)
build_dir=$(cd "$build_dir" && pwd -P)
targets=${*:-fuzz_responseparser fuzz_policy fuzz_httprequestparser}

work=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-fuzz.XXXXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Qt and glib keep one-time allocations until exit; they are not the project's leaks.
export LSAN_OPTIONS="suppressions=$here/../packaging/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

failed=""
for target in $targets; do
    binary=$build_dir/fuzz/$target
    [ -x "$binary" ] || { printf 'fuzz/run.sh: %s is not built\n' "$binary" >&2; exit 1; }
    [ -d "$here/corpus/$target" ] || { printf 'fuzz/run.sh: no seed corpus %s\n' "$here/corpus/$target" >&2; exit 1; }
    corpus=$work/$target
    mkdir -p "$corpus"
    cp "$here/corpus/$target"/* "$corpus"/
    artifacts=$build_dir/fuzz-artifacts/$target
    mkdir -p "$artifacts"
    log=$work/$target.log

    printf '==> %s: %s s on a copy of fuzz/corpus/%s\n' "$target" "$seconds" "$target"
    status=0
    # -timeout: one input taking 10 s is a bug (a hang) for parsers of at most 1 MiB.
    "$binary" "$corpus" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    # The last progress line carries coverage (cov), features (ft) and the corpus size.
    grep -E '^#[0-9]+' "$log" | tail -n 1 || true
    grep -E 'stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ]; then
        # Everything from the first sanitizer or libFuzzer report to the end.
        sed -n '/^==[0-9]*==\|ERROR: libFuzzer\|runtime error\|^SUMMARY/,$p' "$log" >&2
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        printf 'fuzz/run.sh: %s FAILED (exit %d)\n' "$target" "$status" >&2
        if [ -n "$reproducer" ]; then
            printf 'fuzz/run.sh: reproducer: %s\n' "$reproducer" >&2
            printf 'fuzz/run.sh: replay with: %s %s\n' "$binary" "$reproducer" >&2
        fi
        failed="$failed $target"
    fi
done

if [ -n "$failed" ]; then
    printf 'fuzz/run.sh: failing targets:%s\n' "$failed" >&2
    exit 1
fi
printf '==> No crashes in:%s\n' " $targets"
