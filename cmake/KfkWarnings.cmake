# One place for the warning policy: every kfk target calls kfk_set_warnings().
function(kfk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
