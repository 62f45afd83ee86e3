#pragma once
// The plan (and result) of `topic trim` as a table and as JSON (shape: man/kfk-topic.1).

#include <nlohmann/json.hpp>
#include <ostream>

#include "kfk/render/output_format.hpp"
#include "kfk/topic/trim.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const TrimPlan& plan);
void render(const TrimPlan& plan, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
