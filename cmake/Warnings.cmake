# Our own code builds warning-free with -Wall -Wextra. GCC 12 reports false
# -Wdangling-pointer for every JS::Rooted (it links itself into the context's
# root list) and the mozjs headers trip -Winvalid-offsetof.
function(eddy_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra
    -Wno-dangling-pointer -Wno-invalid-offsetof -Wno-unused-parameter)
endfunction()
