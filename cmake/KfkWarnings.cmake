# One place for the warning policy: every kfk target calls kfk_set_warnings().
# Warnings are always on; they become errors only with -DKFK_WERROR=ON, which the
# project's own scripts and CI set. A user's or packager's plain build of any build type
# must not fail because a newer compiler warns about something new.
option(KFK_WERROR "Treat compiler warnings as errors (scripts/setup and CI turn it on)" OFF)

function(kfk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  # GCC 12 reports -Wrestrict, -Warray-bounds and -Wstringop-overflow inside libstdc++ wherever a short
  # std::string is concatenated (`"x" + std::string&&`, `std::string(..) + " = "`), at
  # -O3 and with precompiled headers also at -O2, where no overlap or overrun can occur
  # (GCC bugs 105329 and 105651, fixed in GCC 13). Real overruns are still caught by the
  # ASan build and by clang's warnings in the fuzz build.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-array-bounds -Wno-stringop-overflow)
  endif()
  if(KFK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
