#include "kfk/render/schema_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

using nlohmann::ordered_json;

namespace {

const char* type_word(SchemaType type) {
    switch (type) {
        case SchemaType::protobuf:
            return "protobuf";
        case SchemaType::json:
            return "json";
        case SchemaType::avro:
            break;
    }
    return "avro";
}

ordered_json references_json(const std::vector<SchemaReference>& refs) {
    ordered_json out = ordered_json::array();
    for (const SchemaReference& r : refs)
        out.push_back({{"name", r.name}, {"subject", r.subject}, {"version", r.version}});
    return out;
}

// JSON schema texts (Avro, JSON Schema) indented for people; .proto text as it is.
std::string readable_schema(const Schema& schema) {
    if (schema.type == SchemaType::protobuf) return schema.text;
    const ordered_json parsed = ordered_json::parse(schema.text, nullptr, false);
    if (parsed.is_discarded()) return schema.text;
    return parsed.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

std::string plain(const ordered_json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

}  // namespace

void render(const std::vector<SubjectSummary>& subjects, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        ordered_json list = ordered_json::array();
        for (const SubjectSummary& s : subjects)
            list.push_back({{"subject", s.subject}, {"versions", s.versions}});
        write_json(out, list);
        return;
    }
    Table table({{"SUBJECT"}, {"VERSIONS", Align::right}, {"LATEST", Align::right}});
    for (const SubjectSummary& s : subjects) {
        table.add_row({s.subject, std::to_string(s.versions.size()),
                       s.versions.empty() ? "-" : std::to_string(s.versions.back())});
    }
    table.print(out, options);
}

void render(const SubjectVersion& v, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"subject", v.subject},
                                     {"version", v.version},
                                     {"id", v.schema.id},
                                     {"type", type_word(v.schema.type)},
                                     {"references", references_json(v.schema.references)},
                                     {"schema", v.schema.text}});
        return;
    }
    std::vector<std::pair<std::string, std::string>> fields{{"Subject", v.subject},
                                                            {"Version", std::to_string(v.version)},
                                                            {"Id", std::to_string(v.schema.id)},
                                                            {"Type", type_word(v.schema.type)}};
    for (const SchemaReference& r : v.schema.references) {
        fields.emplace_back(
            "Reference", r.name + " (" + r.subject + " version " + std::to_string(r.version) + ")");
    }
    print_fields(out, fields);
    out << '\n' << readable_schema(v.schema) << '\n';
}

void render(const SchemaActionResult& result, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        ordered_json j{{"subject", result.subject}};
        for (const auto& [key, value] : result.fields) j[key] = value;
        write_json(out, j);
        return;
    }
    std::vector<std::pair<std::string, std::string>> fields{{"Subject", result.subject}};
    for (const auto& [key, value] : result.fields) {
        std::string label = key;
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        fields.emplace_back(label, plain(value));
    }
    print_fields(out, fields);
}

}  // namespace kfk
