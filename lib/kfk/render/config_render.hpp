#pragma once
// The config file's contexts as tables and JSON. Secret values are never printed.

#include <ostream>

#include "kfk/config/config_file.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

// `config list`: every context, the current one marked.
void render(const ConfigFile& file, const RenderOptions& options, std::ostream& out);

// `config show`: one context's properties, secrets as "(secret)" / null.
void render(const Context& context, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
