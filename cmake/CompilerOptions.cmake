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
