# The Debian package and the tarball: `cpack -G DEB` and `cpack -G TGZ` in a build directory.
# Both honour SOURCE_DATE_EPOCH from the environment of cpack (every file's mtime is set to it),
# so two runs over the same build give byte-identical packages; tests/package checks that.

# What a package holds besides the programs and the desktop files: the licence, where Debian
# looks for it.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendesk
    RENAME copyright)

set(CPACK_PACKAGE_NAME "tokendesk")
set(CPACK_PACKAGE_VENDOR "The TokenDesk authors")
set(CPACK_PACKAGE_CONTACT "The TokenDesk authors <maintainers@tokendesk.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Short-lived cloud credentials from the TOP DeepVision security-token API")
# Debian wants the long description wrapped below 80 columns; CPack copies lines as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "TokenDesk fetches temporary cloud credentials (access key, secret, security\n"
    "token, endpoints and policy) from the DeepVision security-token API of the\n"
    "Taobao Open Platform. It signs each request with an AppKey and an app secret\n"
    "that it keeps in the system keychain (Secret Service or KWallet).\n"
    "\n"
    "This package holds the desktop window (tokendesk), the command-line client for\n"
    "scripts (tokendesk-cli) and a local gateway simulator for demos and tests\n"
    "(tokendesk-gateway-sim).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "TGZ")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# DEB: tokendesk_<version>_<arch>.deb, installed under /usr.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# dpkg-shlibdeps names the libraries the programs link (Qt, QtKeychain, libc, libstdc++).
# QtKeychain opens libsecret with dlopen(), which shlibdeps cannot see, so it is named here; a
# Secret Service or KWallet to talk to is only recommended (a server can use the CLI with
# TOKENDESK_APP_SECRET and no keychain at all).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

include(CPack)
