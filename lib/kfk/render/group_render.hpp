#pragma once
// Tables and JSON for consumer groups: list, describe, lag and the reset plan. Each
// JSON shape comes from the same struct as its table (shapes: man/kfk-group.1).

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "kfk/group/group_description.hpp"
#include "kfk/group/group_offsets.hpp"
#include "kfk/group/partition_lag.hpp"
#include "kfk/group/reset_plan.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const GroupSummary& group);
void to_json(nlohmann::ordered_json& j, const GroupDescription& group);
void to_json(nlohmann::ordered_json& j, const GroupLag& group);
void to_json(nlohmann::ordered_json& j, const ResetPlan& plan);
void to_json(nlohmann::ordered_json& j, const GroupOffsets& offsets);

void render(const std::vector<GroupSummary>& groups, const RenderOptions& options,
            std::ostream& out);
void render(const std::vector<GroupDescription>& groups, const RenderOptions& options,
            std::ostream& out);
void render(const std::vector<GroupLag>& groups, const RenderOptions& options, std::ostream& out);
void render(const ResetPlan& plan, const RenderOptions& options, std::ostream& out);
// `group offsets` (the JSON is what `group reset --from-file` reads) and
// `group delete-offsets` (the offsets removed).
void render(const GroupOffsets& offsets, const RenderOptions& options, std::ostream& out);

// "orders:0,1 payments:3": partitions in the --topic syntax, "-" for none.
std::string partition_list_text(const std::vector<PartitionKey>& partitions);

}  // namespace kfk
