# One INTERFACE target carries the language level, warnings, strict Qt defines and sanitizers.
# Every target in the project links it, so nothing is configured twice.
add_library(tokendesk_options INTERFACE)
add_library(TokenDesk::options ALIAS tokendesk_options)

target_compile_features(tokendesk_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(tokendesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(tokendesk_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
        -Wno-sign-conversion)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # qCWarning(category) << ... is how Qt documents its logging macros; with -Wpedantic,
        # clang calls the empty variadic argument a GNU extension at every use.
        target_compile_options(tokendesk_options INTERFACE
            -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    option(TOKENDESK_WERROR "Treat warnings as errors" OFF)
    if(TOKENDESK_WERROR)
        target_compile_options(tokendesk_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(tokendesk_options INTERFACE /W4 /permissive- /utf-8)
endif()

# Sanitizers: -DTOKENDESK_SANITIZE=address;undefined (the asan preset sets it).
set(TOKENDESK_SANITIZE "" CACHE STRING "Semicolon-separated sanitizers, e.g. address;undefined")
if(TOKENDESK_SANITIZE)
    list(JOIN TOKENDESK_SANITIZE "," _tokendesk_sanitizers)
    target_compile_options(tokendesk_options INTERFACE
        -fsanitize=${_tokendesk_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tokendesk_options INTERFACE -fsanitize=${_tokendesk_sanitizers})
endif()

# Hardening for the builds we ship (Release, RelWithDebInfo): Debian's dpkg-buildflags
# "hardening=+all" and the stack-clash and CET flags newer dpkg adds, so a program built by
# CMake and packaged by CPack is as hard as one built by dpkg. PIE everywhere (Debian's default
# anyway); the rest only where it means something: _FORTIFY_SOURCE needs optimisation, and
# Debug builds should stay easy to debug. tests/package runs hardening-check on the .deb.
include(CheckPIESupported)
check_pie_supported(OUTPUT_VARIABLE _tokendesk_pie_output LANGUAGES CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
    message(WARNING "The linker cannot make PIE executables: ${_tokendesk_pie_output}")
endif()

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    include(CheckCXXCompilerFlag)
    set(_tokendesk_hardening_flags
        -fstack-protector-strong
        # Level 3 also checks copies whose size is only known at run time (GCC 12+, Clang 9+,
        # glibc 2.34+; older ones treat it as 2). With level 2 most of Qt's inline copies stay
        # unchecked: tokendesk-cli had no checked call at all. -U first: some toolchains
        # (Ubuntu's GCC) predefine it, and a second -D would warn.
        -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
    foreach(_flag IN ITEMS -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "TOKENDESK_HAS${_flag}" _flag_var)
        check_cxx_compiler_flag(${_flag} ${_flag_var})
        if(${_flag_var})
            list(APPEND _tokendesk_hardening_flags ${_flag})
        endif()
    endforeach()
    set(_tokendesk_shipped_config "$<CONFIG:Release,RelWithDebInfo>")
    target_compile_options(tokendesk_options INTERFACE
        "$<${_tokendesk_shipped_config}:${_tokendesk_hardening_flags}>")
    # Full RELRO: the GOT is read-only once the dynamic loader has bound every symbol up front.
    target_link_options(tokendesk_options INTERFACE
        "$<${_tokendesk_shipped_config}:LINKER:-z,relro;LINKER:-z,now>")
endif()
