# SpiderMonkey 140 ESR. Debian 12 packages only 102, so the configure step
# fetches Debian's libmozjs-140 binary packages into the build tree
# (scripts/fetch-mozjs.sh: a private apt configuration, nothing installed on
# the machine) and exposes them as the target `mozjs`.
set(EDDY_MOZJS_DIR ${CMAKE_BINARY_DIR}/mozjs-140)
execute_process(
  COMMAND ${CMAKE_SOURCE_DIR}/scripts/fetch-mozjs.sh ${EDDY_MOZJS_DIR}
  RESULT_VARIABLE fetch_status)
if(NOT fetch_status EQUAL 0)
  message(FATAL_ERROR "could not fetch SpiderMonkey 140 (scripts/fetch-mozjs.sh)")
endif()
set(mozjs_root ${EDDY_MOZJS_DIR}/root/usr)
file(GLOB mozjs_library ${mozjs_root}/lib/x86_64-linux-gnu/libmozjs-140.so.140.*)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+$" EDDY_MOZJS_VERSION "${mozjs_library}")
message(STATUS "SpiderMonkey ${EDDY_MOZJS_VERSION}: ${mozjs_library}")
set(mozjs_include ${mozjs_root}/include/x86_64-linux-gnu/mozjs-140)

add_library(mozjs_library SHARED IMPORTED)
set_target_properties(mozjs_library PROPERTIES
  IMPORTED_LOCATION ${mozjs_library}
  IMPORTED_SONAME libmozjs-140.so.0)

# Everything that links the engine: its headers must see exactly the defines
# the library was built with, which js-config.h carries (never define DEBUG,
# JS_DEBUG or NIGHTLY_BUILD here). The three C23 functions the library needs
# from glibc 2.38 come from the program itself (src/core/glibc_c23.c, see
# scripts/glibc-compat.py), exported through a dynamic list of just those.
add_library(mozjs INTERFACE)
target_include_directories(mozjs SYSTEM INTERFACE ${mozjs_include})
target_compile_definitions(mozjs INTERFACE EDDY_MOZJS_VERSION="${EDDY_MOZJS_VERSION}")
target_compile_options(mozjs INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-include$<SEMICOLON>js-config.h>)
target_sources(mozjs INTERFACE ${CMAKE_SOURCE_DIR}/src/core/glibc_c23.c)
target_link_options(mozjs INTERFACE
  -Wl,--dynamic-list=${CMAKE_SOURCE_DIR}/cmake/glibc_c23.list)
target_link_libraries(mozjs INTERFACE mozjs_library)
