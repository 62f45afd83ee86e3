# -DKFK_SANITIZE=ON builds everything (library, binary, tests) with ASan and UBSan,
# and makes any UBSan finding fatal so that a test run cannot pass over it.
if(KFK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# Fuzzing instruments everything for coverage too; the targets add -fsanitize=fuzzer.
if(KFK_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
