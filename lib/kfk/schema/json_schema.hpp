#pragma once
// produce --encode value=json-schema: does a JSON value fit the registry's JSON Schema?
// Debian has no C++ JSON Schema validator, so this checks the keywords that describe a
// record's shape (as kfk-produce(1) lists them): type, enum, const, properties,
// required, additionalProperties, items, prefixItems, minItems, maxItems, minimum,
// maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, allOf,
// anyOf, oneOf, not, and $ref within the schema or to a referenced schema by its name.
// Other keywords (format, if/then/else, dependencies, ...) are not checked: a value they
// would refuse passes.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "kfk/schema/registry_client.hpp"

namespace kfk {

class JsonSchemaValidator {
public:
    // Parses the schema and its references; schema text that is not JSON is a
    // kafka_error naming the schema id.
    explicit JsonSchemaValidator(const Schema& schema);

    // Nullopt when `value` fits; else where and why it does not ("does not fit JSON
    // Schema 7 at .id: expected integer, got string", as the Avro codec words it).
    std::optional<std::string> misfit(const nlohmann::ordered_json& value) const;

private:
    std::int32_t id_;
    nlohmann::json root_;
    std::map<std::string, nlohmann::json> referenced_;  // by reference name ($ref target)
};

}  // namespace kfk
