# kfk's build time on two cores. CLI11 and nlohmann/json are large header-only
# libraries that almost every source file reaches; CLI11 2.1 (Debian 12) has no compiled
# mode, so each file that uses it also generates its code again.
#
# - Precompiled headers parse them once per target (-DKFK_PCH=OFF builds without).
# - A unity build compiles 16 source files as one, so their shared code is generated
#   once per batch: kfk from scratch in 3 min instead of 8 on two cores
#   (-DKFK_UNITY_BUILD=OFF builds file by file; scripts/test builds its sanitizer build
#   so, which proves that every file includes what it uses).
option(KFK_PCH "Precompile the heavy third-party and standard headers" ON)
option(KFK_UNITY_BUILD "Compile source files in batches of 16" ON)

set(KFK_PCH_STD <string> <string_view> <vector> <map> <set> <optional> <memory>
    <functional> <algorithm> <chrono> <cstdint> <ostream> <sstream>)

function(kfk_compile_fast target)
  if(KFK_PCH)
    target_precompile_headers(${target} PRIVATE ${KFK_PCH_STD} ${ARGN})
  endif()
  if(KFK_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
  endif()
endfunction()
