#include "kfk/schema/avro_codec.hpp"

#include <avro.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "kfk/error.hpp"

namespace kfk {

using nlohmann::ordered_json;

// --- RAII for avro-c ---------------------------------------------------------------
// A named namespace, not an anonymous one: AvroCodec::Impl holds these, and in a unity
// build this file is #included, where GCC warns about (-Wsubobject-linkage) a class
// with linkage whose fields have types of an anonymous namespace.
namespace avro_c {

struct SchemaDeleter {
    void operator()(avro_obj_t* schema) const { avro_schema_decref(schema); }
};
struct IfaceDeleter {
    void operator()(avro_value_iface_t* iface) const { avro_value_iface_decref(iface); }
};
struct ReaderDeleter {
    void operator()(avro_reader_t reader) const { avro_reader_free(reader); }
};
struct WriterDeleter {
    void operator()(avro_writer_t writer) const { avro_writer_free(writer); }
};
using SchemaPtr = std::unique_ptr<avro_obj_t, SchemaDeleter>;
using IfacePtr = std::unique_ptr<avro_value_iface_t, IfaceDeleter>;
using ReaderPtr = std::unique_ptr<std::remove_pointer_t<avro_reader_t>, ReaderDeleter>;
using WriterPtr = std::unique_ptr<std::remove_pointer_t<avro_writer_t>, WriterDeleter>;

}  // namespace avro_c

namespace {

using avro_c::IfacePtr;
using avro_c::ReaderPtr;
using avro_c::SchemaPtr;
using avro_c::WriterPtr;

// A generic value that owns its storage.
class OwnedValue {
public:
    explicit OwnedValue(avro_value_iface_t* iface) {
        if (avro_generic_value_new(iface, &value_) != 0)
            throw Error(ExitCode::kafka_error, "avro", avro_strerror());
    }
    ~OwnedValue() { avro_value_decref(&value_); }
    OwnedValue(const OwnedValue&) = delete;
    OwnedValue& operator=(const OwnedValue&) = delete;
    avro_value_t* get() { return &value_; }

private:
    avro_value_t value_{};
};

// A JSON value that does not fit the schema, with where and why.
struct Misfit {
    explicit Misfit(std::string why_, std::string path_ = {})
        : why(std::move(why_)), path(std::move(path_)) {}
    std::string why;
    std::string path;  // where in the value: ".items[2].name"; empty at the top
};

std::string full_name(avro_schema_t schema) {
    const char* name = avro_schema_type_name(schema);
    const char* space = avro_schema_namespace(schema);
    if (space != nullptr && *space != '\0' &&
        (is_avro_record(schema) || is_avro_enum(schema) || is_avro_fixed(schema))) {
        return std::string(space) + "." + name;
    }
    return name;
}

// Avro's JSON for bytes: one code point (0-255) per byte, as UTF-8.
std::string bytes_to_text(const void* data, std::size_t size) {
    std::string out;
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        if (p[i] < 0x80) {
            out += static_cast<char>(p[i]);
        } else {
            out += static_cast<char>(0xc0 | (p[i] >> 6));
            out += static_cast<char>(0x80 | (p[i] & 0x3f));
        }
    }
    return out;
}

std::string text_to_bytes(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if ((c & 0xe0) == 0xc0 && c <= 0xc3 && i + 1 < text.size()) {
            out += static_cast<char>(((c & 0x03) << 6) |
                                     (static_cast<unsigned char>(text[++i]) & 0x3f));
        } else {
            throw Misfit{"bytes must be code points 0-255 (Avro's JSON for bytes)"};
        }
    }
    return out;
}

const char* kind_name(const ordered_json& j) { return j.type_name(); }

[[noreturn]] void expected(const std::string& what, const ordered_json& j) {
    throw Misfit{std::string("expected ") + what + ", got " + kind_name(j)};
}

// --- binary → JSON -----------------------------------------------------------------
class ToJson {
public:
    explicit ToJson(AvroUnions unions) : unions_(unions) {}

    ordered_json operator()(avro_value_t v) const {
        switch (avro_value_get_type(&v)) {
            case AVRO_NULL:
                return nullptr;
            case AVRO_BOOLEAN: {
                int b = 0;
                avro_value_get_boolean(&v, &b);
                return b != 0;
            }
            case AVRO_INT32: {
                std::int32_t i = 0;
                avro_value_get_int(&v, &i);
                return i;
            }
            case AVRO_INT64: {
                std::int64_t i = 0;
                avro_value_get_long(&v, &i);
                return i;
            }
            case AVRO_FLOAT: {
                float f = 0;
                avro_value_get_float(&v, &f);
                return f;
            }
            case AVRO_DOUBLE: {
                double d = 0;
                avro_value_get_double(&v, &d);
                return d;
            }
            case AVRO_STRING: {
                const char* s = nullptr;
                std::size_t size = 0;
                avro_value_get_string(&v, &s, &size);
                return std::string(s, size > 0 ? size - 1 : 0);  // size counts the NUL
            }
            case AVRO_BYTES: {
                const void* data = nullptr;
                std::size_t size = 0;
                avro_value_get_bytes(&v, &data, &size);
                return bytes_to_text(data, size);
            }
            case AVRO_FIXED: {
                const void* data = nullptr;
                std::size_t size = 0;
                avro_value_get_fixed(&v, &data, &size);
                return bytes_to_text(data, size);
            }
            case AVRO_ENUM: {
                int symbol = 0;
                avro_value_get_enum(&v, &symbol);
                const char* name = avro_schema_enum_get(avro_value_get_schema(&v), symbol);
                return name ? name : "";
            }
            case AVRO_RECORD:
            case AVRO_MAP: {
                ordered_json object = ordered_json::object();
                std::size_t size = 0;
                avro_value_get_size(&v, &size);
                for (std::size_t i = 0; i < size; ++i) {
                    avro_value_t child;
                    const char* name = nullptr;
                    avro_value_get_by_index(&v, i, &child, &name);
                    object[name] = (*this)(child);
                }
                return object;
            }
            case AVRO_ARRAY: {
                ordered_json array = ordered_json::array();
                std::size_t size = 0;
                avro_value_get_size(&v, &size);
                for (std::size_t i = 0; i < size; ++i) {
                    avro_value_t child;
                    avro_value_get_by_index(&v, i, &child, nullptr);
                    array.push_back((*this)(child));
                }
                return array;
            }
            case AVRO_UNION: {
                avro_value_t branch;
                avro_value_get_current_branch(&v, &branch);
                ordered_json inner = (*this)(branch);
                if (unions_ == AvroUnions::plain || inner.is_null()) return inner;
                return ordered_json{{full_name(avro_value_get_schema(&branch)), std::move(inner)}};
            }
            case AVRO_LINK:
                break;
        }
        throw Misfit{"unsupported Avro type"};
    }

private:
    AvroUnions unions_;
};

// --- JSON → binary -----------------------------------------------------------------
class FromJson {
public:
    explicit FromJson(AvroUnions unions) : unions_(unions) {}

    void operator()(const ordered_json& j, avro_value_t v) const {
        avro_schema_t schema = avro_value_get_schema(&v);
        switch (avro_value_get_type(&v)) {
            case AVRO_NULL:
                if (!j.is_null()) expected("null", j);
                avro_value_set_null(&v);
                return;
            case AVRO_BOOLEAN:
                if (!j.is_boolean()) expected("a boolean", j);
                avro_value_set_boolean(&v, j.get<bool>() ? 1 : 0);
                return;
            case AVRO_INT32: {
                const std::int64_t i = integer(j);
                if (i < std::numeric_limits<std::int32_t>::min() ||
                    i > std::numeric_limits<std::int32_t>::max())
                    throw Misfit{"out of range for int: " + j.dump()};
                avro_value_set_int(&v, static_cast<std::int32_t>(i));
                return;
            }
            case AVRO_INT64:
                avro_value_set_long(&v, integer(j));
                return;
            case AVRO_FLOAT:
                if (!j.is_number()) expected("a number", j);
                avro_value_set_float(&v, j.get<float>());
                return;
            case AVRO_DOUBLE:
                if (!j.is_number()) expected("a number", j);
                avro_value_set_double(&v, j.get<double>());
                return;
            case AVRO_STRING: {
                if (!j.is_string()) expected("a string", j);
                const auto& s = j.get_ref<const std::string&>();
                avro_value_set_string_len(&v, s.c_str(), s.size() + 1);
                return;
            }
            case AVRO_BYTES: {
                if (!j.is_string()) expected("a string (bytes)", j);
                std::string bytes = text_to_bytes(j.get<std::string>());
                avro_value_set_bytes(&v, bytes.data(), bytes.size());
                return;
            }
            case AVRO_FIXED: {
                if (!j.is_string()) expected("a string (fixed)", j);
                std::string bytes = text_to_bytes(j.get<std::string>());
                const auto size = static_cast<std::size_t>(avro_schema_fixed_size(schema));
                if (bytes.size() != size)
                    throw Misfit{"fixed " + full_name(schema) + " takes " + std::to_string(size) +
                                 " bytes, got " + std::to_string(bytes.size())};
                avro_value_set_fixed(&v, bytes.data(), bytes.size());
                return;
            }
            case AVRO_ENUM: {
                if (!j.is_string()) expected("an enum symbol", j);
                const int symbol =
                    avro_schema_enum_get_by_name(schema, j.get<std::string>().c_str());
                if (symbol < 0)
                    throw Misfit{"'" + j.get<std::string>() + "' is not a symbol of " +
                                 full_name(schema)};
                avro_value_set_enum(&v, symbol);
                return;
            }
            case AVRO_RECORD:
                record(j, v, schema);
                return;
            case AVRO_MAP:
                if (!j.is_object()) expected("an object (map)", j);
                for (const auto& [key, item] : j.items()) {
                    avro_value_t child;
                    avro_value_add(&v, key.c_str(), &child, nullptr, nullptr);
                    at("." + key, [&] { (*this)(item, child); });
                }
                return;
            case AVRO_ARRAY: {
                if (!j.is_array()) expected("an array", j);
                std::size_t index = 0;
                for (const ordered_json& item : j) {
                    avro_value_t child;
                    avro_value_append(&v, &child, nullptr);
                    at("[" + std::to_string(index++) + "]", [&] { (*this)(item, child); });
                }
                return;
            }
            case AVRO_UNION:
                union_value(j, v, schema);
                return;
            case AVRO_LINK:
                break;
        }
        throw Misfit{"unsupported Avro type"};
    }

private:
    static std::int64_t integer(const ordered_json& j) {
        if (j.is_number_integer()) return j.get<std::int64_t>();
        if (j.is_number_float()) {
            const double d = j.get<double>();
            if (std::trunc(d) == d && std::abs(d) < 9.2e18) return static_cast<std::int64_t>(d);
        }
        expected("an integer", j);
    }

    // Runs `fill`; a misfit inside gets `where` (".name", "[2]") put before its path.
    template <class Fill>
    static void at(const std::string& where, Fill fill) {
        try {
            fill();
        } catch (Misfit& misfit) {
            misfit.path = where + misfit.path;
            throw;
        }
    }

    void record(const ordered_json& j, avro_value_t v, avro_schema_t schema) const {
        if (!j.is_object()) expected("an object (record " + full_name(schema) + ")", j);
        std::size_t fields = 0;
        avro_value_get_size(&v, &fields);
        std::set<std::string> known;
        for (std::size_t i = 0; i < fields; ++i) {
            const char* name = avro_schema_record_field_name(schema, static_cast<int>(i));
            known.insert(name);
            const auto found = j.find(name);
            if (found == j.end()) throw Misfit{"missing field", "." + std::string(name)};
            avro_value_t child;
            avro_value_get_by_index(&v, i, &child, nullptr);
            at("." + std::string(name), [&] { (*this)(*found, child); });
        }
        for (const auto& [key, item] : j.items()) {
            if (!known.contains(key))
                throw Misfit{"not a field of record " + full_name(schema), "." + key};
        }
    }

    void union_value(const ordered_json& j, avro_value_t v, avro_schema_t schema) const {
        const std::size_t branches = avro_schema_union_size(schema);
        if (unions_ == AvroUnions::tagged && !j.is_null()) {
            if (!j.is_object() || j.size() != 1)
                expected("null or a one-key object {\"type\": value} (--avro-unions tagged)", j);
            const std::string& tag = j.begin().key();
            for (std::size_t b = 0; b < branches; ++b) {
                if (full_name(avro_schema_union_branch(schema, static_cast<int>(b))) != tag)
                    continue;
                avro_value_t branch;
                avro_value_set_branch(&v, static_cast<int>(b), &branch);
                (*this)(j.begin().value(), branch);
                return;
            }
            throw Misfit{"'" + tag + "' is not a branch of the union"};
        }
        // Plain: the first branch the value fits.
        for (std::size_t b = 0; b < branches; ++b) {
            avro_value_t branch;
            avro_value_set_branch(&v, static_cast<int>(b), &branch);
            try {
                (*this)(j, branch);
                return;
            } catch (const Misfit&) {
                // the next branch may fit
            }
        }
        throw Misfit{std::string("fits no branch of the union (") + kind_name(j) + ")"};
    }

    AvroUnions unions_;
};

}  // namespace

// --- references ---------------------------------------------------------------------
namespace {

std::string json_full_name(const nlohmann::json& named) {
    const std::string name = named.value("name", std::string());
    const std::string space = named.value("namespace", std::string());
    if (name.find('.') != std::string::npos || space.empty()) return name;
    return space + "." + name;
}

void inline_into(nlohmann::json& node, std::map<std::string, nlohmann::json>& pending) {
    if (node.is_string()) {
        const auto found = pending.find(node.get<std::string>());
        if (found == pending.end()) return;
        nlohmann::json definition = std::move(found->second);
        pending.erase(found);  // defined once; later uses are by name
        inline_into(definition, pending);
        node = std::move(definition);
    } else if (node.is_array()) {
        for (auto& item : node) inline_into(item, pending);
    } else if (node.is_object()) {
        for (auto& [key, item] : node.items()) {
            if (key == "type" || key == "items" || key == "values" || key == "fields")
                inline_into(item, pending);
        }
    }
}

}  // namespace

std::string inline_avro_references(const std::string& schema,
                                   const std::vector<ResolvedReference>& references) {
    if (references.empty()) return schema;
    nlohmann::json main = nlohmann::json::parse(schema, nullptr, false);
    if (main.is_discarded()) return schema;  // the parser reports it
    std::map<std::string, nlohmann::json> pending;
    for (const ResolvedReference& ref : references) {
        nlohmann::json definition = nlohmann::json::parse(ref.schema, nullptr, false);
        if (definition.is_discarded() || !definition.is_object()) continue;
        pending[json_full_name(definition)] = definition;
        if (!ref.name.empty() && ref.name != json_full_name(definition))
            pending[ref.name] = definition;
    }
    inline_into(main, pending);
    return main.dump();
}

// --- the codec ---------------------------------------------------------------------
struct AvroCodec::Impl {
    SchemaPtr schema;
    IfacePtr iface;
    AvroUnions unions = AvroUnions::plain;
    std::int32_t id = 0;
};

AvroCodec::AvroCodec(const Schema& schema, AvroUnions unions) : impl_(std::make_unique<Impl>()) {
    const std::string text = inline_avro_references(schema.text, schema.resolved);
    avro_schema_t parsed = nullptr;
    if (avro_schema_from_json_length(text.data(), text.size(), &parsed) != 0) {
        throw Error(ExitCode::kafka_error, "parse Avro schema " + std::to_string(schema.id),
                    avro_strerror());
    }
    impl_->schema.reset(parsed);
    impl_->iface.reset(avro_generic_class_from_schema(parsed));
    if (!impl_->iface) {
        throw Error(ExitCode::kafka_error, "use Avro schema " + std::to_string(schema.id),
                    avro_strerror());
    }
    impl_->unions = unions;
    impl_->id = schema.id;
}

AvroCodec::~AvroCodec() = default;

std::optional<ordered_json> AvroCodec::decode(std::string_view payload, std::string& why) const {
    OwnedValue value(impl_->iface.get());
    ReaderPtr reader(avro_reader_memory(payload.data(), static_cast<std::int64_t>(payload.size())));
    if (avro_value_read(reader.get(), value.get()) != 0) {
        why = "not Avro of schema " + std::to_string(impl_->id) + ": " + avro_strerror();
        return std::nullopt;
    }
    // Trailing bytes are not checked: avro-c's memory reader cannot tell its position,
    // and Confluent's own deserializers ignore them too.
    try {
        return ToJson(impl_->unions)(*value.get());
    } catch (const Misfit& misfit) {
        why = misfit.why;
        return std::nullopt;
    }
}

std::optional<std::string> AvroCodec::encode(const ordered_json& json, std::string& why) const {
    OwnedValue value(impl_->iface.get());
    try {
        FromJson(impl_->unions)(json, *value.get());
    } catch (const Misfit& misfit) {
        why = "does not fit Avro schema " + std::to_string(impl_->id) +
              (misfit.path.empty() ? "" : " at " + misfit.path) + ": " + misfit.why;
        return std::nullopt;
    }
    std::size_t size = 0;
    if (avro_value_sizeof(value.get(), &size) != 0) {
        why = avro_strerror();
        return std::nullopt;
    }
    std::string out(size, '\0');
    WriterPtr writer(avro_writer_memory(out.data(), static_cast<std::int64_t>(size)));
    if (avro_value_write(writer.get(), value.get()) != 0) {
        why = avro_strerror();
        return std::nullopt;
    }
    return out;
}

}  // namespace kfk
