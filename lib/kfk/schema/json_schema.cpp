#include "kfk/schema/json_schema.hpp"

#include <cmath>
#include <regex>

#include "kfk/error.hpp"

namespace kfk {

// A named namespace, not an anonymous one: the unity build puts this file in one
// translation unit with the Avro codec, whose helpers have the same short names.
namespace json_schema_check {

using nlohmann::json;
using nlohmann::ordered_json;

// $ref chains that loop (a schema may refer to itself through a property, which is
// fine, but "#" referring to "#" is not) end here rather than in a stack overflow.
constexpr int max_depth = 64;

struct Misfit {
    std::string path;  // ".items[2].name"; empty at the top
    std::string why;
};

bool is_integer(const ordered_json& v) {
    if (v.is_number_integer()) return true;
    if (!v.is_number_float()) return false;
    const double d = v.get<double>();
    return std::isfinite(d) && d == std::floor(d);
}

// JSON Schema's name for a value's type, as "type" spells them.
std::string type_of(const ordered_json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "boolean";
    if (is_integer(v)) return "integer";
    if (v.is_number()) return "number";
    if (v.is_string()) return "string";
    if (v.is_array()) return "array";
    return "object";
}

bool has_type(const ordered_json& v, const std::string& type) {
    const std::string actual = type_of(v);
    return actual == type || (type == "number" && actual == "integer");
}

// Equality as JSON Schema means it for enum and const: 1 and 1.0 are the same number.
bool same(const ordered_json& a, const json& b) {
    if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
    return json::parse(a.dump()) == b;
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// "#/definitions/Item" within `document`: the schema the pointer names, or null.
const json* resolve_pointer(const json& document, const std::string& fragment) {
    if (fragment.empty()) return &document;
    try {
        return &document.at(json::json_pointer(fragment));
    } catch (const json::exception&) {
        return nullptr;
    }
}

class Checker {
public:
    explicit Checker(const std::map<std::string, json>& referenced) : referenced_(referenced) {}

    // Throws Misfit where `value` does not fit `schema` (whose $refs "#..." point into
    // `document`).
    void check(const json& schema, const json& document, const ordered_json& value, int depth) {
        if (depth > max_depth) fail("the schema's $ref chain is too deep");
        if (schema.is_boolean()) {
            if (!schema.get<bool>()) fail("the schema allows no value here");
            return;
        }
        if (!schema.is_object()) return;
        if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string())
            follow(*ref, document, value, depth);
        check_type(schema, value);
        check_choices(schema, value);
        check_combinators(schema, document, value, depth);
        if (value.is_number()) check_number(schema, value);
        if (value.is_string()) check_string(schema, value.get_ref<const std::string&>());
        if (value.is_array()) check_array(schema, document, value, depth);
        if (value.is_object()) check_object(schema, document, value, depth);
    }

private:
    [[noreturn]] static void fail(std::string why) { throw Misfit{"", std::move(why)}; }

    // Runs `body`; a misfit inside gets `where` (".name", "[2]") put before its path.
    template <typename Body>
    static void at(const std::string& where, Body body) {
        try {
            body();
        } catch (Misfit& misfit) {
            misfit.path = where + misfit.path;
            throw;
        }
    }

    bool fits(const json& schema, const json& document, const ordered_json& value, int depth) {
        try {
            check(schema, document, value, depth);
            return true;
        } catch (const Misfit&) {
            return false;
        }
    }

    // "#/defs/X" in this document, or "NAME#/defs/X" in the referenced schema NAME.
    void follow(const std::string& ref, const json& document, const ordered_json& value,
                int depth) {
        const auto hash = ref.find('#');
        const std::string name = ref.substr(0, hash);
        const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
        const json* target_document = &document;
        if (!name.empty()) {
            const auto found = referenced_.find(name);
            if (found == referenced_.end()) fail("$ref " + ref + " is not among the references");
            target_document = &found->second;
        }
        const json* target = resolve_pointer(*target_document, fragment);
        if (target == nullptr) fail("$ref " + ref + " names nothing in the schema");
        check(*target, *target_document, value, depth + 1);
    }

    static void check_type(const json& schema, const ordered_json& value) {
        const auto type = schema.find("type");
        if (type == schema.end()) return;
        std::vector<std::string> allowed;
        if (type->is_string()) allowed.push_back(type->get<std::string>());
        if (type->is_array()) {
            for (const json& t : *type)
                if (t.is_string()) allowed.push_back(t.get<std::string>());
        }
        std::string names;
        for (const std::string& t : allowed) {
            if (has_type(value, t)) return;
            names += (names.empty() ? "" : " or ") + t;
        }
        if (!allowed.empty()) fail("expected " + names + ", got " + type_of(value));
    }

    static void check_choices(const json& schema, const ordered_json& value) {
        if (const auto c = schema.find("const"); c != schema.end() && !same(value, *c))
            fail("expected " + c->dump() + ", got " + value.dump());
        const auto e = schema.find("enum");
        if (e == schema.end() || !e->is_array()) return;
        for (const json& choice : *e)
            if (same(value, choice)) return;
        fail(value.dump() + " is not one of " + e->dump());
    }

    void check_combinators(const json& schema, const json& document, const ordered_json& value,
                           int depth) {
        if (const auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
            for (const json& s : *all) check(s, document, value, depth + 1);
        }
        if (const auto any = schema.find("anyOf"); any != schema.end() && any->is_array()) {
            bool matched = false;
            for (const json& s : *any) matched = matched || fits(s, document, value, depth + 1);
            if (!matched) fail("fits none of anyOf");
        }
        if (const auto one = schema.find("oneOf"); one != schema.end() && one->is_array()) {
            int matched = 0;
            for (const json& s : *one) matched += fits(s, document, value, depth + 1) ? 1 : 0;
            if (matched != 1) fail("fits " + std::to_string(matched) + " of oneOf, not exactly 1");
        }
        if (const auto n = schema.find("not");
            n != schema.end() && fits(*n, document, value, depth + 1)) {
            fail("fits the schema under \"not\"");
        }
    }

    static void check_number(const json& schema, const ordered_json& value) {
        const double v = value.get<double>();
        auto bound = [&](const char* keyword, auto refused, const char* relation) {
            const auto b = schema.find(keyword);
            if (b == schema.end() || !b->is_number()) return;
            if (refused(v, b->get<double>()))
                fail(value.dump() + " is not " + relation + " " + b->dump());
        };
        bound("minimum", std::less<>(), ">=");
        bound("maximum", std::greater<>(), "<=");
        bound("exclusiveMinimum", std::less_equal<>(), ">");
        bound("exclusiveMaximum", std::greater_equal<>(), "<");
    }

    static void check_string(const json& schema, const std::string& value) {
        const std::size_t length = code_points(value);
        if (const auto min = schema.find("minLength");
            min != schema.end() && min->is_number_unsigned() && length < min->get<std::size_t>()) {
            fail("shorter than minLength " + min->dump());
        }
        if (const auto max = schema.find("maxLength");
            max != schema.end() && max->is_number_unsigned() && length > max->get<std::size_t>()) {
            fail("longer than maxLength " + max->dump());
        }
        const auto pattern = schema.find("pattern");
        if (pattern == schema.end() || !pattern->is_string()) return;
        // ECMAScript regular expressions, as JSON Schema specifies, unanchored.
        std::regex re;
        try {
            re = std::regex(pattern->get<std::string>(), std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            fail("the schema's pattern " + pattern->dump() + " does not compile");
        }
        if (!std::regex_search(value, re)) fail("does not match pattern " + pattern->dump());
    }

    void check_array(const json& schema, const json& document, const ordered_json& value,
                     int depth) {
        const std::size_t size = value.size();
        if (const auto min = schema.find("minItems");
            min != schema.end() && min->is_number_unsigned() && size < min->get<std::size_t>()) {
            fail("fewer items than minItems " + min->dump());
        }
        if (const auto max = schema.find("maxItems");
            max != schema.end() && max->is_number_unsigned() && size > max->get<std::size_t>()) {
            fail("more items than maxItems " + max->dump());
        }
        // Positional schemas: prefixItems (2020-12), or items as an array (draft 7).
        const json* positional = nullptr;
        const json* rest = nullptr;
        if (const auto p = schema.find("prefixItems"); p != schema.end() && p->is_array())
            positional = &*p;
        if (const auto items = schema.find("items"); items != schema.end()) {
            if (items->is_array()) {
                positional = &*items;
            } else {
                rest = &*items;
            }
        }
        for (std::size_t i = 0; i < size; ++i) {
            const json* item_schema =
                positional && i < positional->size() ? &(*positional)[i] : rest;
            if (item_schema == nullptr) continue;
            at("[" + std::to_string(i) + "]",
               [&] { check(*item_schema, document, value[i], depth + 1); });
        }
    }

    void check_object(const json& schema, const json& document, const ordered_json& value,
                      int depth) {
        if (const auto required = schema.find("required");
            required != schema.end() && required->is_array()) {
            for (const json& name : *required) {
                if (name.is_string() && !value.contains(name.get<std::string>()))
                    fail("required property " + name.dump() + " is missing");
            }
        }
        const auto properties = schema.find("properties");
        const auto additional = schema.find("additionalProperties");
        for (const auto& [name, member] : value.items()) {
            const json* member_schema = nullptr;
            if (properties != schema.end() && properties->is_object()) {
                if (const auto p = properties->find(name); p != properties->end())
                    member_schema = &*p;
            }
            if (member_schema == nullptr && additional != schema.end()) {
                if (additional->is_boolean() && !additional->get<bool>())
                    at("." + name, [] { fail("not a property the schema allows"); });
                member_schema = &*additional;
            }
            if (member_schema != nullptr)
                at("." + name, [&] { check(*member_schema, document, member, depth + 1); });
        }
    }

    const std::map<std::string, json>& referenced_;
};

json parse_schema(const std::string& text, std::int32_t id, const std::string& which) {
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded()) {
        throw Error(ExitCode::kafka_error, "schema " + std::to_string(id),
                    which + " is not JSON: not a JSON Schema");
    }
    return parsed;
}

}  // namespace json_schema_check

JsonSchemaValidator::JsonSchemaValidator(const Schema& schema)
    : id_(schema.id), root_(json_schema_check::parse_schema(schema.text, schema.id, "its text")) {
    for (const ResolvedReference& ref : schema.resolved) {
        referenced_[ref.name] =
            json_schema_check::parse_schema(ref.schema, schema.id, "reference " + ref.name);
    }
}

std::optional<std::string> JsonSchemaValidator::misfit(const nlohmann::ordered_json& value) const {
    json_schema_check::Checker checker(referenced_);
    try {
        checker.check(root_, root_, value, 0);
        return std::nullopt;
    } catch (const json_schema_check::Misfit& m) {
        return "does not fit JSON Schema " + std::to_string(id_) +
               (m.path.empty() ? "" : " at " + m.path) + ": " + m.why;
    }
}

}  // namespace kfk
