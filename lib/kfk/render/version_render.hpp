#pragma once

#include <ostream>
#include <string>

#include "kfk/render/output_format.hpp"

namespace kfk {

struct VersionInfo {
    std::string kfk;
    std::string librdkafka;
};

void render(const VersionInfo& info, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
