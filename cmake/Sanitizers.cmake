if(EDDY_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize=vptr)
  add_link_options(-fsanitize=address,undefined)
  add_compile_definitions(EDDY_FULL_TEARDOWN)
endif()
