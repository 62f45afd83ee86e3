# One place for the warning policy: every kfk target calls kfk_set_warnings().
# Warnings are always on; they become errors only with -DKFK_WERROR=ON, which the
# project's own scripts and CI set. A user's or packager's plain build of any build type
# must not fail because a newer compiler warns about something new.
option(KFK_WERROR "Treat compiler warnings as errors (scripts/setup and CI turn it on)" OFF)

function(kfk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(KFK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
