#include "kfk/schema/protobuf_codec.hpp"

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <map>
#include <sstream>

#include "kfk/error.hpp"
#include "kfk/schema/wire_format.hpp"

namespace kfk {

namespace pb = google::protobuf;

// A named namespace, not an anonymous one: ProtobufCodec::Impl holds these, and in a
// unity build this file is #included, where GCC warns about (-Wsubobject-linkage) a
// class with linkage whose fields have types of an anonymous namespace.
namespace protobuf_import {

constexpr const char* main_file = "kfk_registry_schema.proto";

// The schema and its references in memory; protobuf's own well-known types
// (google/protobuf/timestamp.proto, ...) from the installed headers' directory.
class MemorySourceTree final : public pb::compiler::SourceTree {
public:
    void add(const std::string& name, const std::string& text) { files_[name] = text; }

    pb::io::ZeroCopyInputStream* Open(const std::string& filename) override {
        auto found = files_.find(filename);
        if (found == files_.end() && filename.starts_with("google/protobuf/")) {
            std::ifstream in("/usr/include/" + filename);
            if (in) {
                std::ostringstream text;
                text << in.rdbuf();
                found = files_.emplace(filename, text.str()).first;
            }
        }
        if (found == files_.end()) return nullptr;
        return new pb::io::ArrayInputStream(found->second.data(),
                                            static_cast<int>(found->second.size()));
    }

private:
    std::map<std::string, std::string> files_;
};

class FirstError final : public pb::compiler::MultiFileErrorCollector {
public:
    void AddError(const std::string& filename, int line, int column,
                  const std::string& message) override {
        if (!text.empty()) return;
        text = (filename == main_file ? std::string("schema") : filename) + " line " +
               std::to_string(line + 1) + ":" + std::to_string(column + 1) + ": " + message;
    }
    std::string text;
};

}  // namespace protobuf_import

struct ProtobufCodec::Impl {
    protobuf_import::MemorySourceTree sources;
    protobuf_import::FirstError errors;
    std::unique_ptr<pb::compiler::Importer> importer;
    const pb::FileDescriptor* file = nullptr;
    std::unique_ptr<pb::DynamicMessageFactory> factory;  // after the pool it reads
    std::int32_t id = 0;

    const pb::Descriptor* message_at(const std::vector<std::int32_t>& path) const {
        if (path.empty() || path[0] >= file->message_type_count()) return nullptr;
        const pb::Descriptor* d = file->message_type(path[0]);
        for (std::size_t i = 1; i < path.size(); ++i) {
            if (path[i] >= d->nested_type_count()) return nullptr;
            d = d->nested_type(path[i]);
        }
        return d;
    }
};

ProtobufCodec::ProtobufCodec(const Schema& schema) : impl_(std::make_unique<Impl>()) {
    impl_->id = schema.id;
    for (const ResolvedReference& ref : schema.resolved) impl_->sources.add(ref.name, ref.schema);
    impl_->sources.add(protobuf_import::main_file, schema.text);
    impl_->importer = std::make_unique<pb::compiler::Importer>(&impl_->sources, &impl_->errors);
    impl_->file = impl_->importer->Import(protobuf_import::main_file);
    if (impl_->file == nullptr || impl_->file->message_type_count() == 0) {
        throw Error(ExitCode::kafka_error, "compile Protobuf schema " + std::to_string(schema.id),
                    impl_->errors.text.empty() ? "no message type" : impl_->errors.text);
    }
    impl_->factory = std::make_unique<pb::DynamicMessageFactory>(impl_->importer->pool());
}

ProtobufCodec::~ProtobufCodec() = default;

std::optional<nlohmann::ordered_json> ProtobufCodec::decode(std::string_view rest,
                                                            std::string& why) const {
    const std::string schema = "Protobuf schema " + std::to_string(impl_->id);
    const auto path = read_message_indexes(rest);
    if (!path) {
        why = "truncated message indexes before the " + schema + " payload";
        return std::nullopt;
    }
    const pb::Descriptor* type = impl_->message_at(*path);
    if (type == nullptr) {
        why = "message index path not in " + schema;
        return std::nullopt;
    }
    std::unique_ptr<pb::Message> message(impl_->factory->GetPrototype(type)->New());
    if (!message->ParseFromArray(rest.data(), static_cast<int>(rest.size()))) {
        why = "not a " + type->full_name() + " of " + schema;
        return std::nullopt;
    }
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    std::string text;
    const auto status = pb::util::MessageToJsonString(*message, &text, options);
    if (!status.ok()) {
        why = std::string(status.message());
        return std::nullopt;
    }
    return nlohmann::ordered_json::parse(text);
}

std::optional<std::string> ProtobufCodec::encode(const nlohmann::ordered_json& value,
                                                 std::string& why) const {
    const pb::Descriptor* type = impl_->file->message_type(0);
    std::unique_ptr<pb::Message> message(impl_->factory->GetPrototype(type)->New());
    const auto status = pb::util::JsonStringToMessage(value.dump(), message.get());
    if (!status.ok()) {
        why = "does not fit " + type->full_name() + " of Protobuf schema " +
              std::to_string(impl_->id) + ": " + std::string(status.message());
        return std::nullopt;
    }
    std::string out = message_indexes({0});
    if (!message->AppendToString(&out)) {
        why = "cannot serialize " + type->full_name();
        return std::nullopt;
    }
    return out;
}

}  // namespace kfk
