#pragma once
// kfk-schema.so, the Schema Registry support (avro-c, protobuf, libcurl and the shared
// C++ runtime behind module_abi.h), loaded with dlopen only by what needs it: consume
// --decode, produce --encode, kfk schema, completion of subject names. Every other
// command starts without those ~30 libraries.
//
// Where it is looked for, first hit wins:
//   $KFK_SCHEMA_MODULE                      (a path: tests, packagers; nothing else then)
//   <dir of kfk>/kfk-schema.so              (the build tree)
//   <dir of kfk>/../<libdir>/kfk/kfk-schema.so  (the installed layout, relocatable)
//   <install libdir>/kfk/kfk-schema.so      (the configured prefix)
// Absent: Error(kafka_error (1), "schema support is not installed", "kfk-schema.so not
// found in ..."): like a file kfk cannot read, not a usage error.

#include <string>
#include <vector>

#include "kfk/schema/module_abi.h"

namespace kfk {

// The module's entry points, resolved and version-checked.
struct SchemaModuleApi {
    decltype(&kfk_schema_text_free) text_free;
    decltype(&kfk_schema_error_free) error_free;
    decltype(&kfk_schema_registry_call) registry_call;
    decltype(&kfk_schema_decoder_new) decoder_new;
    decltype(&kfk_schema_decode) decode;
    decltype(&kfk_schema_decoder_free) decoder_free;
    decltype(&kfk_schema_encoder_new) encoder_new;
    decltype(&kfk_schema_encode) encode;
    decltype(&kfk_schema_encoder_free) encoder_free;
};

// Loads the module on first use and keeps it for the process; throws the Error above
// when it is missing, does not load or speaks another ABI version.
const SchemaModuleApi& schema_module();

// The paths tried, in order.
std::vector<std::string> schema_module_candidates();

}  // namespace kfk
