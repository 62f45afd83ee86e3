#pragma once
// One call into the schema module, with its out-parameters owned on kfk's side: the
// module's buffers are released by the module's own functions, and a failure becomes the
// kfk::Error the module described (same exit code, same stderr line).

#include <string>
#include <string_view>

#include "kfk/schema/schema_module.hpp"

namespace kfk {

class ModuleCall {
public:
    ModuleCall() : api(schema_module()) {}
    ~ModuleCall() {
        api.text_free(&text);
        api.error_free(&error);
    }
    ModuleCall(const ModuleCall&) = delete;
    ModuleCall& operator=(const ModuleCall&) = delete;

    // `status` as returned, unless KFK_SCHEMA_FAILED: then the module's Error is thrown.
    int check(int status) const;

    std::string_view bytes() const { return {text.data, text.size}; }
    std::string why() const { return error.why != nullptr ? error.why : ""; }

    const SchemaModuleApi& api;
    kfk_schema_text text{};
    kfk_schema_error error{};
};

}  // namespace kfk
