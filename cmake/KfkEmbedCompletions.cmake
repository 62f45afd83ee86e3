# Writes a C++ source holding the completion scripts of completions/ as raw string
# literals, so the files stay the one source of the scripts. Run at build time:
#   cmake -DSOURCE_DIR=<completions dir> -DOUTPUT=<file.cpp> -P KfkEmbedCompletions.cmake
set(shells bash zsh fish)
set(files kfk.bash _kfk kfk.fish)
set(entries "")
foreach(index RANGE 2)
  list(GET shells ${index} shell)
  list(GET files ${index} file)
  file(READ "${SOURCE_DIR}/${file}" text)
  string(FIND "${text}" ")kfk_script\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw string delimiter )kfk_script\"")
  endif()
  string(APPEND entries "    {\"${shell}\", \"${file}\", R\"kfk_script(${text})kfk_script\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from completions/ by cmake/KfkEmbedCompletions.cmake. Do not edit.
#include \"completion/scripts.hpp\"

#include <array>

namespace kfk::cli {

namespace {
const std::array<CompletionScript, 3> scripts{{
${entries}}};
}  // namespace

std::span<const CompletionScript> completion_scripts() { return scripts; }

}  // namespace kfk::cli
")
# Only touch the output when it changed, so an unchanged script rebuilds nothing.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
