# Precompiled headers: CLI11 and nlohmann/json are large header-only libraries that
# almost every source file reaches, and parsing them again for each file was most of
# kfk's build time on two cores. -DKFK_PCH=OFF builds without them (the code does not
# depend on them: every file includes what it uses).
option(KFK_PCH "Precompile the heavy third-party and standard headers" ON)

set(KFK_PCH_STD <string> <string_view> <vector> <map> <set> <optional> <memory>
    <functional> <algorithm> <chrono> <cstdint> <ostream> <sstream>)

function(kfk_precompile target)
  if(KFK_PCH)
    target_precompile_headers(${target} PRIVATE ${KFK_PCH_STD} ${ARGN})
  endif()
endfunction()
