#!/bin/sh
# Builds the .deb or the tarball with CPack, unpacks it and checks what a user would get: the
# file list, the Debian control fields, reproducibility, that the man pages render without
# warnings, and that the unpacked programs run.
#
#   sh check-package.sh deb|tgz CPACK BUILD_DIR WORK_DIR VERSION [CONFIG]
#
# Exit 77 (CTest's skip) when a tool the check needs is not installed. Packages are written to
# WORK_DIR, never next to the build's own `cpack` output.
set -eu

[ "$#" -ge 5 ] || { echo "usage: $0 deb|tgz CPACK BUILD_DIR WORK_DIR VERSION [CONFIG]" >&2; exit 2; }
kind=$1
cpack=$2
build_dir=$3
work=$4
version=$5
config=${6:-}

failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
ok() { printf 'ok: %s\n' "$*"; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
. "$(dirname "$0")/../../packaging/simulator-url.sh"
skip() { printf 'SKIP: %s\n' "$*"; exit 77; }

need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (Debian: dpkg-dev, file)"
    done
}

# A fixed time unless the caller gives one: every file in the package must carry it.
epoch=${SOURCE_DATE_EPOCH:-1764374400}
export SOURCE_DATE_EPOCH="$epoch"

sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$work"
mkdir -p "$work"

# run_cpack GENERATOR OUTPUT_DIR
run_cpack() {
    (cd "$build_dir" && "$cpack" -G "$1" -B "$2") >"$2.log" 2>&1 \
        || { cat "$2.log" >&2; die "cpack -G $1 failed"; }
}

# The one file matching a glob, or failure.
only_file() {
    # shellcheck disable=SC2048,SC2086 # the pattern is meant to be expanded here
    set -- $*
    if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
        die "expected exactly one package, found: $*"
    fi
    printf '%s\n' "$1"
}

# check_files ROOT PREFIX: the installed tree under ROOT, with everything below PREFIX.
check_files() {
    root=$1
    prefix=$2
    (cd "$root" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort) >"$work/files.txt"
    for path in \
        bin/tokendesk bin/tokendesk-cli bin/tokendesk-gateway-sim \
        share/applications/org.tokendesk.TokenDesk.desktop \
        share/metainfo/org.tokendesk.TokenDesk.metainfo.xml \
        share/icons/hicolor/scalable/apps/org.tokendesk.TokenDesk.svg \
        share/icons/hicolor/16x16/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/22x22/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/24x24/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/32x32/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/48x48/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/64x64/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/128x128/apps/org.tokendesk.TokenDesk.png \
        share/icons/hicolor/256x256/apps/org.tokendesk.TokenDesk.png \
        share/man/man1/tokendesk.1 share/man/man1/tokendesk-cli.1 \
        share/man/man1/tokendesk-gateway-sim.1 \
        share/doc/tokendesk/copyright; do
        grep -qxF "$prefix$path" "$work/files.txt" || fail "missing from the package: $prefix$path"
    done
    # The window's network module, in the library folder GNUInstallDirs chose (lib, lib64 or
    # lib/<multiarch>), under tokendesk/.
    module=$(grep -E "^${prefix}lib[^/]*(/[^/]+)?/tokendesk/libtokendesk-network\.so\$" \
        "$work/files.txt" || true)
    [ -n "$module" ] || fail "missing from the package: ${prefix}lib/.../tokendesk/libtokendesk-network.so"
    # Anything else must sit where TokenDesk may put files (translations go to share/tokendesk).
    unexpected=$(grep -vE "^${prefix}(bin/tokendesk(-cli|-gateway-sim)?|lib[^/]*(/[^/]+)?/tokendesk/libtokendesk-network\.so|share/(applications|metainfo|icons/hicolor|man/man1|doc/tokendesk|tokendesk)/.*)\$" \
        "$work/files.txt" || true)
    [ -z "$unexpected" ] || fail "unexpected files in the package: $(printf '%s' "$unexpected" | tr '\n' ' ')"
    ok "file list ($(wc -l <"$work/files.txt") files)"

    for program in tokendesk tokendesk-cli tokendesk-gateway-sim; do
        description=$(file -b "$root/${prefix}bin/$program")
        case "$description" in
            *ELF*", stripped"*) ;;
            *) fail "$program is not a stripped ELF program: $description" ;;
        esac
    done
    if [ -n "$module" ]; then
        description=$(file -b "$root/$module")
        case "$description" in
            *ELF*"shared object"*", stripped"*) ;;
            *) fail "the network module is not a stripped ELF shared object: $description" ;;
        esac
    fi
    ok "programs and the network module are stripped"
}

# check_man_pages DIR: every man page in DIR renders without a roff warning, formatted as man(1)
# would (man-db's --warnings; groff with all warnings on where man is not man-db).
check_man_pages() {
    if command -v man >/dev/null 2>&1 && man --version 2>/dev/null | grep -q '^man '; then
        renderer="man"
    elif command -v groff >/dev/null 2>&1; then
        renderer="groff"
    else
        echo "note: neither man (Debian: man-db) nor groff is installed; man pages not checked"
        return 0
    fi
    count=0
    failed_before=$failures
    for page in "$1"/*.1; do
        [ -f "$page" ] || continue
        count=$((count + 1))
        status=0
        if [ "$renderer" = man ]; then
            warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
                man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || status=$?
        else
            warnings=$(LC_ALL=C.UTF-8 groff -k -man -ww -Tutf8 -z "$page" 2>&1) || status=$?
        fi
        if [ "$status" -ne 0 ] || [ -n "$warnings" ]; then
            fail "man page $(basename "$page") does not render cleanly (exit $status): $warnings"
        fi
    done
    [ "$count" -gt 0 ] || fail "no man pages in $1"
    if [ "$failures" -eq "$failed_before" ]; then
        ok "$count man pages render without warnings ($renderer)"
    fi
}

# check_programs BIN_DIR: the unpacked programs run, and talk to each other.
check_programs() {
    bin=$1
    out=$("$bin/tokendesk-cli" --version) || fail "tokendesk-cli --version exited with $?"
    [ "$out" = "tokendesk-cli $version" ] || fail "tokendesk-cli --version printed \"$out\""
    ok "tokendesk-cli --version: $out"

    # The window's libraries all resolve (Qt Widgets, QtKeychain), with no display needed.
    out=$(QT_QPA_PLATFORM=offscreen "$bin/tokendesk" --version 2>"$work/tokendesk.err") \
        || fail "tokendesk --version exited with $?: $out $(cat "$work/tokendesk.err")"
    case "$out" in *"$version"*) ok "tokendesk --version: $out" ;;
        *) fail "tokendesk --version printed \"$out\"" ;; esac

    # The window finds its network module where the package put it: the demo's gateway needs
    # it before the window shows.
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config-window" \
        "$bin/tokendesk" --demo >"$work/window.out" 2>"$work/window.err" &
    window_pid=$!
    loaded=""
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        if grep -q 'libtokendesk-network\.so' "/proc/$window_pid/maps" 2>/dev/null; then
            loaded=yes
            break
        fi
        sleep 0.25
    done
    kill "$window_pid" 2>/dev/null || true
    wait "$window_pid" 2>/dev/null || true
    if [ -n "$loaded" ] && ! grep -q 'could not load its network module' "$work/window.err"; then
        ok "tokendesk --demo loads its network module"
    else
        fail "tokendesk --demo did not load its network module: $(cat "$work/window.err")"
    fi

    "$bin/tokendesk-gateway-sim" --port 0 >"$work/sim.out" 2>&1 &
    sim_pid=$!
    url=$(simulator_url "$sim_pid" "$work/sim.out") \
        || die "the packaged tokendesk-gateway-sim did not listen on loopback"
    ok "tokendesk-gateway-sim: Listening on $url"

    # One real fetch from the unpacked client to the unpacked simulator (its public demo app),
    # with a configuration directory of its own so no user profile is read.
    mkdir -p "$work/config"
    status=0
    out=$(XDG_CONFIG_HOME="$work/config" TOKENDESK_APP_SECRET=test-secret \
        "$bin/tokendesk-cli" fetch --gateway "$url" --app-key 12345678 --tenant t-1 \
        --store poi-1 --scene s1 --usage-scene upload --product oss --timeout 20 2>&1) || status=$?
    case "$status:$out" in
        0:*'"access_key_id": "STS.'*) ok "tokendesk-cli fetch from the simulator" ;;
        *) fail "tokendesk-cli fetch exited with $status: $out" ;;
    esac

    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=""
}

case "$kind" in
deb)
    need dpkg-deb dpkg-shlibdeps file tar
    run_cpack DEB "$work/1"
    deb=$(only_file "$work/1/tokendesk_${version}_*.deb")
    ok "built $(basename "$deb")"

    # Reproducible: a second package from the same build and SOURCE_DATE_EPOCH is identical.
    run_cpack DEB "$work/2"
    if cmp -s "$deb" "$work/2/$(basename "$deb")"; then
        ok "a second build with SOURCE_DATE_EPOCH=$epoch is byte-identical"
    else
        fail "two builds with SOURCE_DATE_EPOCH=$epoch differ"
    fi
    newer=$(dpkg-deb --fsys-tarfile "$deb" | TZ=UTC tar -tv --full-time -f - \
        | awk -v want="$(date -u -d "@$epoch" '+%Y-%m-%d %H:%M:%S' 2>/dev/null || echo none)" \
            'want != "none" && ($4 " " $5) != want' | head -n 3)
    [ -z "$newer" ] || fail "files not dated SOURCE_DATE_EPOCH: $newer"

    # Control fields. shlibdeps fills in the linked libraries; libsecret is loaded with
    # dlopen() by QtKeychain and must be named by hand.
    field() { dpkg-deb -f "$deb" "$1"; }
    [ "$(field Package)" = tokendesk ] || fail "Package is \"$(field Package)\""
    [ "$(field Version)" = "$version" ] || fail "Version is \"$(field Version)\""
    [ "$(field Section)" = utils ] || fail "Section is \"$(field Section)\""
    depends=$(field Depends)
    for library in libsecret-1-0 libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
        libqt6keychain; do
        printf '%s\n' "$depends" | tr ',' '\n' | grep -q "^ *$library" \
            || fail "Depends does not name $library: $depends"
    done
    ok "Depends: $depends"
    recommends=$(field Recommends)
    [ "$recommends" = "gnome-keyring | kwalletmanager" ] || fail "Recommends is \"$recommends\""
    ok "Recommends: $recommends"

    root=$work/root
    dpkg-deb -x "$deb" "$root"
    check_files "$root" usr/
    check_man_pages "$root/usr/share/man/man1"
    check_programs "$root/usr/bin"

    # Hardening of what we ship: only meaningful for the optimised configurations.
    case "$config" in
        Release|RelWithDebInfo)
            if command -v hardening-check >/dev/null 2>&1; then
                # Without CET-marked C start files (Debian 12) no program can carry the note.
                cet_option=""
                if [ "${TOKENDESK_CET_TOOLCHAIN:-1}" = 0 ]; then
                    cet_option=--nocfprotection
                    echo "note: this toolchain's C start files lack the CET note; not asking for it"
                fi
                status=0
                report=$(hardening-check $cet_option "$root/usr/bin/tokendesk" \
                    "$root/usr/bin/tokendesk-cli" "$root/usr/bin/tokendesk-gateway-sim" \
                    "$root/$module" 2>&1) \
                    || status=$?
                printf '%s\n' "$report"
                if [ "$status" -ne 0 ] \
                    || printf '%s\n' "$report" | grep ': no' | grep -qv '(ignored)$'; then
                    fail "hardening-check found unhardened programs (exit $status)"
                else
                    ok "hardening-check reports no \"no\""
                fi
            else
                echo "note: hardening-check (Debian: devscripts) not installed; hardening not checked"
            fi
            ;;
        *)
            echo "note: hardening is checked in Release and RelWithDebInfo builds only, not in \"$config\""
            ;;
    esac

    if command -v appstreamcli >/dev/null 2>&1; then
        if report=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
            ok "appstreamcli validate-tree"
        else
            fail "appstreamcli validate-tree: $report"
        fi
    fi
    ;;
tgz)
    need tar file
    run_cpack TGZ "$work/1"
    tarball=$(only_file "$work/1/tokendesk-${version}-*.tar.gz")
    ok "built $(basename "$tarball")"
    run_cpack TGZ "$work/2"
    if cmp -s "$tarball" "$work/2/$(basename "$tarball")"; then
        ok "a second build with SOURCE_DATE_EPOCH=$epoch is byte-identical"
    else
        fail "two builds with SOURCE_DATE_EPOCH=$epoch differ"
    fi

    top=$(basename "$tarball" .tar.gz)
    listing=$(tar -tzf "$tarball")
    for program in tokendesk tokendesk-cli tokendesk-gateway-sim; do
        printf '%s\n' "$listing" | grep -qxF "$top/bin/$program" || fail "the tarball lacks $top/bin/$program"
    done
    ok "the tarball lists the three programs"
    mkdir -p "$work/root"
    tar -xzf "$tarball" -C "$work/root"
    check_files "$work/root/$top" ""
    check_man_pages "$work/root/$top/share/man/man1"
    check_programs "$work/root/$top/bin"
    ;;
*)
    die "unknown package kind \"$kind\" (deb or tgz)"
    ;;
esac

if [ "$failures" -gt 0 ]; then
    printf '%d check(s) failed\n' "$failures" >&2
    exit 1
fi
echo "all $kind package checks passed"
