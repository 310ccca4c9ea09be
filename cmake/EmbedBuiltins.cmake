# lib/**/*.js are embedded into the binary: a host tool turns them into one
# generated C++ file in the build tree (never in git).
file(GLOB_RECURSE EDDY_LIB_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/lib ${CMAKE_CURRENT_SOURCE_DIR}/lib/*.js)
list(SORT EDDY_LIB_FILES)
# Start-up builtins first, in load order (see cmake/startup-builtins.txt).
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/cmake/startup-builtins.txt EDDY_STARTUP_IDS
  REGEX "^[^#]")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/cmake/startup-builtins.txt)
set(EDDY_STARTUP_FILES "")
foreach(id ${EDDY_STARTUP_IDS})
  list(FIND EDDY_LIB_FILES "${id}.js" at)
  if(at GREATER -1)
    list(APPEND EDDY_STARTUP_FILES "${id}.js")
    list(REMOVE_AT EDDY_LIB_FILES ${at})
  endif()
endforeach()
list(PREPEND EDDY_LIB_FILES ${EDDY_STARTUP_FILES})
set(EDDY_LIB_PATHS "")
foreach(f ${EDDY_LIB_FILES})
  list(APPEND EDDY_LIB_PATHS ${CMAKE_CURRENT_SOURCE_DIR}/lib/${f})
endforeach()

# The npm packages pinned in deps/npm-lock.json, fetched at configure time
# into the build tree (tools/fetch-npm-deps.py prints their builtin ids).
set(EDDY_NPM_DIR ${CMAKE_CURRENT_BINARY_DIR}/npm)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/deps/npm-lock.json)
execute_process(
  COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/fetch-npm-deps.py ${EDDY_NPM_DIR}
  OUTPUT_VARIABLE EDDY_NPM_IDS
  RESULT_VARIABLE EDDY_NPM_STATUS)
if(NOT EDDY_NPM_STATUS EQUAL 0)
  message(FATAL_ERROR "could not fetch the npm packages of deps/npm-lock.json")
endif()
string(STRIP "${EDDY_NPM_IDS}" EDDY_NPM_IDS)
string(REPLACE "\n" ";" EDDY_NPM_IDS "${EDDY_NPM_IDS}")
set(EDDY_NPM_FILES "")
foreach(id ${EDDY_NPM_IDS})
  list(APPEND EDDY_NPM_FILES "${id}.js")
  list(APPEND EDDY_LIB_PATHS ${EDDY_NPM_DIR}/${id}.js)
endforeach()

add_executable(embed_builtins tools/embed_builtins.cc)
target_include_directories(embed_builtins PRIVATE src)
target_link_libraries(embed_builtins PRIVATE mozjs)
target_compile_definitions(embed_builtins PRIVATE EDDY_VERSION="${PROJECT_VERSION}")
target_compile_options(embed_builtins PRIVATE -Wno-invalid-offsetof -Wno-dangling-pointer)
set(EDDY_BUILTINS_CC ${CMAKE_CURRENT_BINARY_DIR}/builtins_generated.cc)
add_custom_command(
  OUTPUT ${EDDY_BUILTINS_CC}
  COMMAND embed_builtins ${EDDY_BUILTINS_CC} ${CMAKE_CURRENT_SOURCE_DIR}/lib ${EDDY_LIB_FILES}
          --root ${EDDY_NPM_DIR} ${EDDY_NPM_FILES}
  DEPENDS embed_builtins ${EDDY_LIB_PATHS}
  COMMENT "Embedding ${CMAKE_CURRENT_SOURCE_DIR}/lib")
