#!/bin/sh
# From a fresh Debian 12 / Ubuntu 22.04+ checkout to a running TokenDesk or a full test run.
#
#   sh packaging/quickstart.sh run [ARGS...]   build (Release) and start the demo; ARGS go to the program
#   sh packaging/quickstart.sh test            build (Debug) and run every test under a throwaway keyring,
#                                              then again built with ASan+UBSan, then check the
#                                              Release .deb and tarball (hardening-check), then
#                                              fuzz the parsers
#   sh packaging/quickstart.sh deps            only install the missing packages
#
# `test` and `deps` also install, for tests/node, the npm packages pinned in tests/node/package.json
# and package-lock.json into build/node-deps (git-ignored), with `npm ci`. Node and npm come from
# Debian's nodejs and npm packages, installed only when the node or npm command is missing (a
# machine whose node came from elsewhere keeps it: Debian's npm would conflict with it). When
# that install fails (no npm registry, for one), the script says so and goes on: the Node test
# then skips and prints why.
#
# Installs only the Debian packages that are missing (with sudo when not root), and always builds
# in a clean build/quickstart. TOKENDESK_QUICKSTART_DRY_RUN=1 only reports which packages it
# would install, and stops there.
#
# `test` runs three stages, each from a clean build directory:
#   1. build/quickstart        Debug, the whole CTest suite
#   2. build/quickstart-asan   Debug with AddressSanitizer and UndefinedBehaviorSanitizer (the
#                              `asan` preset), the whole CTest suite again, leaks checked
#                              (suppressions for Qt/glib one-time allocations: packaging/lsan.supp).
#                              TOKENDESK_SKIP_ASAN=1 skips it for a quick local run; CI never does.
#   3. build/quickstart-fuzz   only when clang++ (with libFuzzer) is installed: the libFuzzer
#                              targets in fuzz/, 15 s each on a copy of their seed corpus.
set -eu

say() { printf '==> %s\n' "$*"; }
die() { printf 'quickstart: error: %s\n' "$*" >&2; exit 1; }

usage() {
    printf 'usage: sh packaging/quickstart.sh run [ARGS...] | test | deps\n' >&2
    exit 2
}

[ "$#" -ge 1 ] || usage
mode=$1
shift
case "$mode" in
    run) ;;
    test|deps) [ "$#" -eq 0 ] || usage ;;
    -h|--help|help) usage ;;
    *) usage ;;
esac

cd "$(dirname "$0")/.."
root=$(pwd -P)
build_dir=$root/build/quickstart

# Everything to build, test and package. Never dbus-x11: with it a keychain call can open an
# unlock prompt on a (virtual) display and wait forever. libsecret-1-0 is what QtKeychain loads
# at run time. zsh and fish are only for tests: the -o env and -o fish output is read back by
# the real shells (the tests skip them where they are missing). xdotool, imagemagick and the CJK
# font (1.6 MB, against 57 MB for fonts-noto-cjk) are for packaging/screenshots.sh.
# desktop-file-utils and appstream validate the .desktop entry and the metainfo (tests/package).
# devscripts provides hardening-check, without which tests/package skips the hardening check.
# at-spi2-core (the accessibility bus) and python3-pyatspi (Orca's own client library, run with
# Debian's /usr/bin/python3) let tests/atspi read the window as a screen reader does; that test
# fails without them. libfontconfig-dev lets the window read fontconfig's configuration on a
# second thread at start-up (ui/fontconfigwarmup.h).
packages="g++ cmake ninja-build file dpkg-dev qt6-base-dev qt6-tools-dev qt6-l10n-tools \
qtkeychain-qt6-dev libsecret-1-0 xvfb xauth dbus gnome-keyring libsecret-tools python3 \
clang-format zsh fish xdotool imagemagick fonts-wqy-microhei desktop-file-utils appstream \
qt6-translations-l10n devscripts at-spi2-core python3-pyatspi libfontconfig-dev"

# Sets $sudo to what runs a command as root ("" when we are root); fails when nothing can.
find_sudo() {
    if [ "$(id -u)" -eq 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        return 1
    fi
}

install_packages() {
    command -v dpkg-query >/dev/null 2>&1 \
        || die "dpkg-query not found: this script supports Debian 12 and Ubuntu 22.04+ only. Install by hand: $packages"

    missing=""
    for pkg in $packages; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || missing="$missing $pkg"
    done
    if [ "${TOKENDESK_QUICKSTART_DRY_RUN:-0}" = 1 ]; then
        if [ -z "$missing" ]; then
            say "Dry run: all required packages are installed; nothing to do"
        else
            say "Dry run: would install:$missing"
            say "Dry run: would run: apt-get update && apt-get install -y --no-install-recommends$missing"
        fi
        exit 0
    fi
    if [ -z "$missing" ]; then
        say "All required packages are installed"
        return 0
    fi

    find_sudo || die "these packages are missing and installing them needs root or sudo:$missing"

    say "Installing:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
        || die "apt-get update failed"

    unavailable=""
    for pkg in $missing; do
        candidate=$(apt-cache policy "$pkg" 2>/dev/null | sed -n 's/^ *Candidate: *//p')
        case "$candidate" in
            ""|"(none)") unavailable="$unavailable $pkg" ;;
        esac
    done
    [ -z "$unavailable" ] \
        || die "not available from this system's apt sources:$unavailable (on Ubuntu, enable the 'universe' component)"

    # shellcheck disable=SC2086 # word splitting of the package list is intended
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
        || die "apt-get install failed for:$missing"
}

# The Alibaba Cloud credentials SDK for Node, a client this project did not write, for tests/node.
# Never fatal: without it that one test skips and says why.
node_deps_dir=$root/build/node-deps
install_node_deps() {
    node_missing=""
    command -v node >/dev/null 2>&1 || node_missing="$node_missing nodejs"
    command -v npm >/dev/null 2>&1 || node_missing="$node_missing npm"
    if [ -n "$node_missing" ]; then
        if ! find_sudo; then
            say "node or npm is missing and installing$node_missing needs root or sudo: the Node test will be skipped"
            return 0
        fi
        say "Installing for the Node test:$node_missing"
        # shellcheck disable=SC2086 # word splitting of the package list is intended
        if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
            && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $node_missing; }; then
            say "Could not install$node_missing: the Node test will be skipped"
            return 0
        fi
    fi
    if [ -f "$node_deps_dir/package-lock.json" ] && [ -d "$node_deps_dir/node_modules" ] \
        && cmp -s "$root/tests/node/package-lock.json" "$node_deps_dir/package-lock.json"; then
        say "The Node test's npm packages are installed (build/node-deps)"
        return 0
    fi
    say "Installing the Node test's npm packages (tests/node/package-lock.json) into build/node-deps"
    rm -rf "$node_deps_dir"
    mkdir -p "$node_deps_dir"
    cp "$root/tests/node/package.json" "$root/tests/node/package-lock.json" "$node_deps_dir/"
    if ! (cd "$node_deps_dir" && npm ci --no-audit --no-fund --loglevel=error); then
        rm -rf "$node_deps_dir/node_modules"
        say "npm ci failed: the Node test will be skipped"
    fi
    return 0
}

# build BUILD_TYPE BUILD_TESTING(ON|OFF)
build() {
    build_type=$1
    say "Configuring a clean $build_type build in build/quickstart"
    rm -rf "$build_dir"
    mkdir -p "$build_dir"
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DBUILD_TESTING="$2" \
        || die "CMake configure failed (see the messages above)"
    say "Building (Ninja, default parallelism)"
    cmake --build "$build_dir" \
        || die "build failed (see the compiler errors above)"
}

run_demo() {
    # The window embeds the gateway simulator itself (--demo): no account, no secret to type.
    window=$build_dir/app/tokendesk/tokendesk
    [ -x "$window" ] || die "$window was not built"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        say "No display found; to try it headless use xvfb-run -a sh packaging/quickstart.sh run"
    fi
    say "Starting TokenDesk in demo mode"
    exec "$window" --demo "$@"
}

# run_tests BUILD_DIR LABEL: the whole CTest suite of BUILD_DIR inside the keyring harness.
run_tests() {
    say "Running the $2 tests (private D-Bus session, throwaway keyring, offscreen widgets)"
    # -j2 matches the 2-core machines we target. Tests run two at a time against one keyring, so
    # a test that stores a secret must use an entry name of its own (e.g. its test name). The
    # outer limit means CI can never hang here even if a test ignores its own CTest timeout.
    status=0
    timeout --kill-after=30s 40m \
        env QT_QPA_PLATFORM=offscreen \
        sh "$root/packaging/with-test-keyring.sh" \
        ctest --test-dir "$1" --output-on-failure --timeout 300 -j2 \
        || status=$?
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
        printf 'quickstart: the %s test run hit the 40 minute limit\n' "$2" >&2
    elif [ "$status" -ne 0 ]; then
        printf 'quickstart: %s tests failed (ctest exit status %d)\n' "$2" "$status" >&2
    else
        say "All $2 tests passed"
    fi
    return "$status"
}

# The asan preset's settings (CMakePresets.json), in a directory of its own. Every test and every
# program a test starts (tokendesk-cli, the simulator) runs instrumented. Leaks are checked;
# packaging/lsan.supp is where a suppression would go (it is empty: the suite is leak-clean
# without one). A sanitizer report makes the program exit non-zero at once.
run_asan_stage() {
    asan_dir=$root/build/quickstart-asan
    say "Configuring a clean Debug build with AddressSanitizer and UndefinedBehaviorSanitizer in build/quickstart-asan"
    rm -rf "$asan_dir"
    cmake -S "$root" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
        -DTOKENDESK_SANITIZE="address;undefined" \
        || die "CMake configure (asan) failed (see the messages above)"
    say "Building with sanitizers"
    cmake --build "$asan_dir" || die "asan build failed (see the compiler errors above)"
    asan_status=0
    export ASAN_OPTIONS="detect_leaks=1"
    export LSAN_OPTIONS="suppressions=$root/packaging/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    run_tests "$asan_dir" "ASan+UBSan" || asan_status=$?
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
    return "$asan_status"
}

# The .deb and the tarball from a Release build, the build type that is hardened (PIE, RELRO,
# BIND_NOW, stack protector, FORTIFY_SOURCE): the packaging checks run hardening-check on the
# packaged programs here. The Debug stage runs the same checks but cannot ask for hardening.
run_release_package_stage() {
    release_dir=$root/build/quickstart-release
    say "Configuring a clean Release build (the programs as packaged) in build/quickstart-release"
    rm -rf "$release_dir"
    cmake -S "$root" -B "$release_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DTOKENDESK_PACKAGE_TESTS=ON \
        || die "CMake configure (release) failed (see the messages above)"
    cmake --build "$release_dir" || die "release build failed (see the compiler errors above)"
    say "Checking the Release packages (file lists, hardening-check, validators, the unpacked programs)"
    timeout --kill-after=30s 20m \
        ctest --test-dir "$release_dir" -L package --output-on-failure --timeout 600 \
        || { printf 'quickstart: the Release packaging checks failed\n' >&2; return 1; }
    say "The Release packages passed"
}

# libFuzzer needs clang; GCC users (and machines without clang) skip this stage. A probe
# compile tells a clang without its libFuzzer runtime apart from a working one.
run_fuzz_stage() {
    if ! command -v clang++ >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1; then
        say "clang++ not found: skipping the fuzz stage"
        return 0
    fi
    probe=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-fuzzprobe.XXXXXXXX")
    printf 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }\n' \
        >"$probe/probe.cpp"
    if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
        >/dev/null 2>&1; then
        rm -rf "$probe"
        say "clang++ has no libFuzzer runtime: skipping the fuzz stage"
        return 0
    fi
    rm -rf "$probe"
    fuzz_dir=$root/build/quickstart-fuzz
    say "Configuring the libFuzzer targets (clang, ASan+UBSan) in build/quickstart-fuzz"
    rm -rf "$fuzz_dir"
    CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF -DTOKENDESK_FUZZ=ON \
        -DTOKENDESK_SANITIZE="address;undefined" \
        || die "CMake configure (fuzz) failed (see the messages above)"
    cmake --build "$fuzz_dir" --target tokendesk-fuzz || die "fuzz build failed"
    # 3 targets x 15 s: under a minute, on a temporary copy of the seed corpus.
    timeout --kill-after=30s 5m sh "$root/fuzz/run.sh" 15 "$fuzz_dir" \
        || die "fuzzing found a problem (reproducer and stack above)"
}

install_packages
case "$mode" in
    deps)
        install_node_deps
        ;;
    run)
        build Release OFF
        run_demo "$@"
        ;;
    test)
        # Debug for tests: Q_ASSERT and Qt's own debug checks are active only when QT_NO_DEBUG is
        # not defined, and -O0 compiles faster on the 2-core machines this runs on. Release is
        # what `run` builds, so the optimised code still gets built by every quickstart user.
        install_node_deps
        build Debug ON
        run_tests "$build_dir" "Debug" || exit $?
        if [ "${TOKENDESK_SKIP_ASAN:-0}" = 1 ]; then
            say "TOKENDESK_SKIP_ASAN=1: skipping the ASan+UBSan stage"
        else
            run_asan_stage || exit $?
        fi
        run_release_package_stage || exit $?
        run_fuzz_stage
        say "All test stages passed"
        ;;
esac
