// The JSON Schema check of produce --encode value=json-schema: what fits, and where and
// why what does not fit is refused.

#include "kfk/schema/json_schema.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

namespace {

using nlohmann::ordered_json;

kfk::Schema json_schema(const std::string& text, std::vector<kfk::ResolvedReference> refs = {}) {
    kfk::Schema schema;
    schema.id = 7;
    schema.type = kfk::SchemaType::json;
    schema.text = text;
    schema.resolved = std::move(refs);
    return schema;
}

// Nullopt when `value` (JSON text) fits `schema_text`, else the reason after "does not
// fit JSON Schema 7" and a space or ": " ("at .id: ..." or "expected ...").
std::optional<std::string> misfit(const std::string& schema_text, const std::string& value,
                                  std::vector<kfk::ResolvedReference> refs = {}) {
    std::optional<std::string> why =
        kfk::JsonSchemaValidator(json_schema(schema_text, refs)).misfit(ordered_json::parse(value));
    const std::string prefix = "does not fit JSON Schema 7";
    if (!why) return why;
    REQUIRE(why->starts_with(prefix));
    return why->substr(prefix.size() + (why->at(prefix.size()) == ':' ? 2 : 1));
}

const std::string order = R"({
  "type": "object",
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "item": {"type": "string", "minLength": 1, "maxLength": 5, "pattern": "^[a-z]+$"},
    "price": {"type": "number", "exclusiveMinimum": 0},
    "state": {"enum": ["NEW", "PAID"]},
    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
    "note": {"type": ["string", "null"]}
  },
  "required": ["id", "item"],
  "additionalProperties": false
})";

}  // namespace

TEST_CASE("json schema: a value that fits passes") {
    CHECK_FALSE(misfit(order, R"({"id":1,"item":"apple","price":0.5,"state":"NEW"})"));
    CHECK_FALSE(misfit(order, R"({"id":2.0,"item":"pear","tags":["a","b"],"note":null})"));
    CHECK_FALSE(misfit("true", R"({"anything":[1]})"));
    CHECK_FALSE(misfit("{}", "42"));
}

TEST_CASE("json schema: a misfit says where and why") {
    const std::optional<std::string> whole =
        kfk::JsonSchemaValidator(json_schema(order))
            .misfit(ordered_json::parse(R"({"id":"2","item":"x"})"));
    CHECK(whole == "does not fit JSON Schema 7 at .id: expected integer, got string");
    CHECK(misfit(order, R"({"id":"two","item":"x"})") == "at .id: expected integer, got string");
    CHECK(misfit(order, R"({"id":1.5,"item":"x"})") == "at .id: expected integer, got number");
    CHECK(misfit(order, R"({"id":0,"item":"x"})") == "at .id: 0 is not >= 1");
    CHECK(misfit(order, R"({"id":1})") == "required property \"item\" is missing");
    CHECK(misfit(order, R"({"id":1,"item":"Apple"})") ==
          "at .item: does not match pattern \"^[a-z]+$\"");
    CHECK(misfit(order, R"({"id":1,"item":"banana"})") == "at .item: longer than maxLength 5");
    CHECK(misfit(order, R"({"id":1,"item":""})") == "at .item: shorter than minLength 1");
    CHECK(misfit(order, R"({"id":1,"item":"x","price":0})") == "at .price: 0 is not > 0");
    CHECK(misfit(order, R"({"id":1,"item":"x","state":"GONE"})") ==
          R"(at .state: "GONE" is not one of ["NEW","PAID"])");
    CHECK(misfit(order, R"({"id":1,"item":"x","tags":["a",2]})") ==
          "at .tags[1]: expected string, got integer");
    CHECK(misfit(order, R"({"id":1,"item":"x","tags":["a","b","c"]})") ==
          "at .tags: more items than maxItems 2");
    CHECK(misfit(order, R"({"id":1,"item":"x","note":5})") ==
          "at .note: expected string or null, got integer");
    CHECK(misfit(order, R"({"id":1,"item":"x","colour":"red"})") ==
          "at .colour: not a property the schema allows");
    CHECK(misfit(order, "[]") == "expected object, got array");
    CHECK(misfit("false", "1") == "the schema allows no value here");
}

TEST_CASE("json schema: combinators and const") {
    const std::string either = R"({"oneOf":[{"type":"integer"},{"type":"number","minimum":10}]})";
    CHECK_FALSE(misfit(either, "3"));
    CHECK_FALSE(misfit(either, "10.5"));
    CHECK(misfit(either, "12") == "fits 2 of oneOf, not exactly 1");
    CHECK(misfit(R"({"anyOf":[{"type":"string"},{"type":"null"}]})", "1") == "fits none of anyOf");
    CHECK(misfit(R"({"allOf":[{"type":"number"},{"maximum":3}]})", "4") == "4 is not <= 3");
    CHECK(misfit(R"({"not":{"type":"string"}})", R"("x")") == "fits the schema under \"not\"");
    CHECK(misfit(R"({"const":1})", "1.0") == std::nullopt);
    CHECK(misfit(R"({"const":"a"})", R"("b")") == R"(expected "a", got "b")");
}

TEST_CASE("json schema: $ref within the schema and to a referenced schema by name") {
    const std::string local = R"({"$defs":{"Point":{"type":"object","required":["x"]}},
        "type":"array","items":{"$ref":"#/$defs/Point"}})";
    CHECK_FALSE(misfit(local, R"([{"x":1}])"));
    CHECK(misfit(local, R"([{"x":1},{"y":2}])") == "at [1]: required property \"x\" is missing");

    const std::vector<kfk::ResolvedReference> refs{
        {"point.json", R"({"type":"object","properties":{"x":{"type":"number"}}})"}};
    const std::string remote = R"({"type":"object","properties":{"at":{"$ref":"point.json"}}})";
    CHECK_FALSE(misfit(remote, R"({"at":{"x":1}})", refs));
    CHECK(misfit(remote, R"({"at":{"x":"1"}})", refs) == "at .at.x: expected number, got string");
    CHECK(misfit(remote, R"({"at":{}})") == "at .at: $ref point.json is not among the references");

    CHECK(misfit(R"({"$ref":"#"})", "1") == "the schema's $ref chain is too deep");
}

TEST_CASE("json schema: schema text that is not JSON is an error naming the id") {
    try {
        kfk::JsonSchemaValidator validator(json_schema("{nope"));
        FAIL("no error");
    } catch (const kfk::Error& e) {
        CHECK(e.line().find("schema 7") != std::string::npos);
    }
}
