# lib/**/*.js are embedded into the binary: a host tool turns them into one
# generated C++ file in the build tree (never in git).
file(GLOB_RECURSE EDDY_LIB_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/lib ${CMAKE_CURRENT_SOURCE_DIR}/lib/*.js)
list(SORT EDDY_LIB_FILES)
set(EDDY_LIB_PATHS "")
foreach(f ${EDDY_LIB_FILES})
  list(APPEND EDDY_LIB_PATHS ${CMAKE_CURRENT_SOURCE_DIR}/lib/${f})
endforeach()

add_executable(embed_builtins tools/embed_builtins.cc)
target_include_directories(embed_builtins PRIVATE src)
target_link_libraries(embed_builtins PRIVATE PkgConfig::MOZJS)
target_compile_definitions(embed_builtins PRIVATE EDDY_VERSION="${PROJECT_VERSION}")
target_compile_options(embed_builtins PRIVATE -Wno-invalid-offsetof -Wno-dangling-pointer)
set(EDDY_BUILTINS_CC ${CMAKE_CURRENT_BINARY_DIR}/builtins_generated.cc)
add_custom_command(
  OUTPUT ${EDDY_BUILTINS_CC}
  COMMAND embed_builtins ${EDDY_BUILTINS_CC} ${CMAKE_CURRENT_SOURCE_DIR}/lib ${EDDY_LIB_FILES}
  DEPENDS embed_builtins ${EDDY_LIB_PATHS}
  COMMENT "Embedding ${CMAKE_CURRENT_SOURCE_DIR}/lib")
