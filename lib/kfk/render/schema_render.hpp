#pragma once
// kfk schema's results as tables and JSON (documented in kfk-schema(1)).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/render/output_format.hpp"
#include "kfk/schema/registry_client.hpp"

namespace kfk {

struct SubjectSummary {
    std::string subject;
    std::vector<std::int64_t> versions;
};

// `schema list`: SUBJECT, VERSIONS (count), LATEST; JSON [{subject, versions}].
void render(const std::vector<SubjectSummary>& subjects, const RenderOptions& options,
            std::ostream& out);

// `schema show`: the fields, then the schema text (JSON schemas pretty-printed);
// JSON {subject, version, id, type, references, schema}.
void render(const SubjectVersion& version, const RenderOptions& options, std::ostream& out);

// `schema register|compat|delete`: one result object: {subject, ...fields}; a table
// prints "key: value" lines.
struct SchemaActionResult {
    std::string subject;
    std::vector<std::pair<std::string, nlohmann::ordered_json>> fields;
};
void render(const SchemaActionResult& result, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
