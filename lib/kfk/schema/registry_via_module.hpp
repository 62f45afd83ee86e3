#pragma once
// kfk's main side of the registry: RegistryClient (paths, answers, errors as before) whose
// HTTP happens inside the schema module (schema_module.hpp), loaded at the first request.

#include "kfk/schema/registry_client.hpp"

namespace kfk {

RegistryClient registry_client(RegistryConfig config);

}  // namespace kfk
