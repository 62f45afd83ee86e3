# One place for the warning policy: every kfk target calls kfk_set_warnings().
# Warnings are always on; they become errors only with -DKFK_WERROR=ON, which the
# project's own scripts and CI set. A user's or packager's plain build of any build type
# must not fail because a newer compiler warns about something new.
option(KFK_WERROR "Treat compiler warnings as errors (scripts/setup and CI turn it on)" OFF)

function(kfk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  # GCC 12 at -O3 (Release) reports -Wrestrict on `"literal" + std::string&&` inside
  # libstdc++ where no overlap can occur (GCC bug 105329, fixed in GCC 13).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(KFK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
