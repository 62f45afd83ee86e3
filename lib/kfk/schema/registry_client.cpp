#include "kfk/schema/registry_client.hpp"

#include <cctype>
#include <nlohmann/json.hpp>

#include "kfk/error.hpp"

namespace kfk {

using nlohmann::json;

namespace {

// References can chain; a cycle (which a registry should refuse) must not loop forever.
constexpr int max_reference_depth = 16;

json parse_body(const std::string& body, const std::string& what) {
    json parsed = json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        throw Error(ExitCode::kafka_error, what, "schema registry sent no JSON");
    return parsed;
}

Schema schema_from_json(const json& j) {
    Schema schema;
    if (j.contains("id")) schema.id = j["id"].get<std::int32_t>();
    schema.text = j.value("schema", std::string());
    schema.type = parse_schema_type(j.value("schemaType", std::string("AVRO")));
    if (j.contains("references") && j["references"].is_array()) {
        for (const json& r : j["references"]) {
            schema.references.push_back(SchemaReference{r.value("name", std::string()),
                                                        r.value("subject", std::string()),
                                                        r.value("version", std::int64_t{0})});
        }
    }
    return schema;
}

json schema_body(const std::string& text, SchemaType type,
                 const std::vector<SchemaReference>& refs) {
    json body{{"schema", text}, {"schemaType", schema_type_name(type)}};
    json references = json::array();
    for (const SchemaReference& r : refs)
        references.push_back({{"name", r.name}, {"subject", r.subject}, {"version", r.version}});
    body["references"] = std::move(references);
    return body;
}

}  // namespace

SchemaType parse_schema_type(const std::string& name) {
    if (name.empty() || name == "AVRO") return SchemaType::avro;
    if (name == "PROTOBUF") return SchemaType::protobuf;
    if (name == "JSON") return SchemaType::json;
    throw Error(ExitCode::kafka_error, "schema registry", "unknown schema type " + name);
}

const char* schema_type_name(SchemaType type) {
    switch (type) {
        case SchemaType::protobuf:
            return "PROTOBUF";
        case SchemaType::json:
            return "JSON";
        case SchemaType::avro:
            break;
    }
    return "AVRO";
}

std::string url_escape(const std::string& text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string RegistryClient::call(const std::string& method, const std::string& path,
                                 const std::string& body, const std::string& what) {
    return transport_(config_, method, path, body, what);
}

const Schema& RegistryClient::schema_by_id(std::int32_t id) {
    if (auto found = by_id_.find(id); found != by_id_.end()) return found->second;
    const std::string what = "fetch schema " + std::to_string(id);
    Schema schema = schema_from_json(
        parse_body(call("GET", "/schemas/ids/" + std::to_string(id), "", what), what));
    schema.id = id;
    resolve_references(schema.references, schema.resolved, 0);
    return by_id_.emplace(id, std::move(schema)).first->second;
}

void RegistryClient::resolve_references(const std::vector<SchemaReference>& refs,
                                        std::vector<ResolvedReference>& out, int depth) {
    if (depth > max_reference_depth)
        throw Error(ExitCode::kafka_error, "schema registry", "schema references nest too deep");
    for (const SchemaReference& ref : refs) {
        bool seen = false;
        for (const ResolvedReference& r : out) seen = seen || r.name == ref.name;
        if (seen) continue;
        SubjectVersion referenced = subject_version(ref.subject, std::to_string(ref.version));
        resolve_references(referenced.schema.references, out, depth + 1);
        out.push_back(ResolvedReference{ref.name, referenced.schema.text});
    }
}

std::vector<std::string> RegistryClient::subjects() {
    const std::string what = "list subjects";
    return parse_body(call("GET", "/subjects", "", what), what).get<std::vector<std::string>>();
}

std::vector<std::int64_t> RegistryClient::versions(const std::string& subject) {
    const std::string what = "list versions of " + subject;
    return parse_body(call("GET", "/subjects/" + url_escape(subject) + "/versions", "", what), what)
        .get<std::vector<std::int64_t>>();
}

SubjectVersion RegistryClient::subject_version(const std::string& subject,
                                               const std::string& version) {
    const std::string what = "show " + subject + " version " + version;
    const json j = parse_body(
        call("GET", "/subjects/" + url_escape(subject) + "/versions/" + url_escape(version), "",
             what),
        what);
    SubjectVersion out;
    out.subject = j.value("subject", subject);
    out.version = j.value("version", std::int64_t{0});
    out.schema = schema_from_json(j);
    return out;
}

std::int32_t RegistryClient::register_schema(const std::string& subject, const std::string& text,
                                             SchemaType type,
                                             const std::vector<SchemaReference>& refs) {
    const std::string what = "register schema under " + subject;
    const json j = parse_body(call("POST", "/subjects/" + url_escape(subject) + "/versions",
                                   schema_body(text, type, refs).dump(), what),
                              what);
    return j.at("id").get<std::int32_t>();
}

bool RegistryClient::compatible(const std::string& subject, const std::string& text,
                                SchemaType type, const std::string& version) {
    const std::string what = "check compatibility with " + subject;
    const json j = parse_body(
        call("POST",
             "/compatibility/subjects/" + url_escape(subject) + "/versions/" + url_escape(version),
             schema_body(text, type, {}).dump(), what),
        what);
    return j.value("is_compatible", false);
}

std::vector<std::int64_t> RegistryClient::delete_subject(const std::string& subject,
                                                         bool permanent) {
    const std::string what = "delete subject " + subject;
    return parse_body(
               call("DELETE",
                    "/subjects/" + url_escape(subject) + (permanent ? "?permanent=true" : ""), "",
                    what),
               what)
        .get<std::vector<std::int64_t>>();
}

std::int64_t RegistryClient::delete_version(const std::string& subject, const std::string& version,
                                            bool permanent) {
    const std::string what = "delete " + subject + " version " + version;
    return parse_body(call("DELETE",
                           "/subjects/" + url_escape(subject) + "/versions/" + url_escape(version) +
                               (permanent ? "?permanent=true" : ""),
                           "", what),
                      what)
        .get<std::int64_t>();
}

}  // namespace kfk
