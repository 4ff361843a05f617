function(kz_target_warnings tgt)
  target_compile_options(${tgt} PRIVATE -Wall -Wextra -Wpedantic -Wstrict-prototypes -Wshadow
    -Wwrite-strings -Wcast-qual -Wformat=2 -Wvla -Wno-unused-parameter)
  if(KZ_WERROR)
    target_compile_options(${tgt} PRIVATE -Werror)
  endif()
endfunction()
