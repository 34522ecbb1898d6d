#!/bin/sh
# Fails (exit 1) when any C++ source drifts from .clang-format, naming the files and the fix.
#
#   sh packaging/check-format.sh
#
# CLANG_FORMAT may name the clang-format binary (CTest passes the one CMake found).
set -eu

cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-clang-format}
command -v "$clang_format" >/dev/null 2>&1 \
    || { printf 'check-format: error: %s not found (apt-get install clang-format)\n' "$clang_format" >&2; exit 2; }

# Files git tracks, plus new ones not yet added but not ignored (so a file is checked before its
# first commit); build trees and generated moc/ui files are ignored. Outside a git checkout (a
# source tarball), every source outside build directories.
list_sources() {
    if command -v git >/dev/null 2>&1 && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -u
    else
        find . \( -path ./build -o -path './build-*' -o -path ./.git \) -prune \
            -o -type f \( -name '*.cpp' -o -name '*.h' \) -print | sed 's|^\./||' | sort
    fi
}

drifting=""
count=0
checked=0
# File names with whitespace are not supported (the project has none).
newline='
'
old_ifs=$IFS
IFS=$newline
for file in $(list_sources); do
    IFS=$old_ifs
    [ -f "$file" ] || continue # deleted in the work tree but still in the index
    checked=$((checked + 1))
    if ! "$clang_format" --style=file --dry-run --Werror "$file" >/dev/null 2>&1; then
        drifting="$drifting $file"
        count=$((count + 1))
    fi
done
IFS=$old_ifs

if [ "$count" -ne 0 ]; then
    printf 'check-format: %d of %d files differ from .clang-format (%s):\n' \
        "$count" "$checked" "$("$clang_format" --version)" >&2
    for file in $drifting; do
        printf '  %s\n' "$file" >&2
    done
    printf 'Fix with:\n  %s -i%s\n' "$clang_format" "$drifting" >&2
    exit 1
fi
printf 'check-format: %d files match .clang-format\n' "$checked"
