/* The C ABI between kfk and its schema module, kfk-schema.so (loaded with dlopen by the
 * commands that need the Schema Registry: schema_module.hpp).
 *
 * Why C: kfk links its C++ runtime statically (start-up time) while the module uses the
 * shared libstdc++ that libprotobuf needs. Two runtimes, two unwinders: no C++ object,
 * exception or std::string may cross. Only these functions do, with opaque handles,
 * byte buffers and plain structs. Every entry point catches everything and reports it in
 * a kfk_schema_error.
 *
 * Settings and registry requests travel as JSON text (the module parses them):
 *   registry:  {"url", "user_info"?, "ca_location"?, "timeout_ms"}
 *   decoder:   {"registry", "format": "avro|protobuf|json-schema|auto",
 *               "unions": "plain|tagged"}
 *   encoder:   {"registry", "part": "key|value", "format", "schema_id"?, "subject"?,
 *               "version", "unions", "topic"}
 *   request:   {"registry", "method": "GET|POST|DELETE", "path", "body", "what"}
 *              answered with the registry's response body (a 2xx answer). */
#ifndef KFK_SCHEMA_MODULE_ABI_H
#define KFK_SCHEMA_MODULE_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Raised on any change of these declarations; kfk refuses a module speaking another. */
#define KFK_SCHEMA_ABI_VERSION 1

/* What every call returns. */
enum {
    KFK_SCHEMA_OK = 0,
    KFK_SCHEMA_MISFIT = 1, /* this value does not decode or fit: error->why says why */
    KFK_SCHEMA_FAILED = 2  /* the command fails: error holds the exit code and the line */
};

/* Bytes the module allocated; release with kfk_schema_text_free. */
typedef struct kfk_schema_text {
    char* data;
    size_t size;
} kfk_schema_text;

/* kfk's Error: exit code (DESIGN.md), what failed, why, a hint (each NUL-terminated,
 * possibly empty, module-allocated); release with kfk_schema_error_free. */
typedef struct kfk_schema_error {
    int exit_code;
    char* what_failed;
    char* why;
    char* hint;
} kfk_schema_error;

typedef struct kfk_schema_decoder kfk_schema_decoder;
typedef struct kfk_schema_encoder kfk_schema_encoder;

int kfk_schema_abi_version(void);
void kfk_schema_text_free(kfk_schema_text* text);
void kfk_schema_error_free(kfk_schema_error* error);

/* One registry request (see above) → the response body in *response. */
int kfk_schema_registry_call(const char* request, size_t request_size, kfk_schema_text* response,
                             kfk_schema_error* error);

/* consume --decode: schema-framed bytes → compact JSON text and the schema id. */
int kfk_schema_decoder_new(const char* settings, size_t settings_size,
                           kfk_schema_decoder** decoder, kfk_schema_error* error);
int kfk_schema_decode(kfk_schema_decoder* decoder, const char* bytes, size_t size,
                      kfk_schema_text* json, int32_t* schema_id, kfk_schema_error* error);
void kfk_schema_decoder_free(kfk_schema_decoder* decoder);

/* produce --encode: the schema is fetched by _new; JSON text → framed bytes. A misfit's
 * why is worded for the user ("key: ..." for the key). */
int kfk_schema_encoder_new(const char* settings, size_t settings_size,
                           kfk_schema_encoder** encoder, kfk_schema_error* error);
int kfk_schema_encode(kfk_schema_encoder* encoder, const char* json, size_t size,
                      kfk_schema_text* framed, kfk_schema_error* error);
void kfk_schema_encoder_free(kfk_schema_encoder* encoder);

#ifdef __cplusplus
}
#endif

#endif
