#include "kfk/schema/schema_module.hpp"

#include <dlfcn.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "kfk/error.hpp"

namespace kfk {

namespace {

constexpr const char* module_file = "kfk-schema.so";

// RAII over dlopen/dlclose: a module refused after loading (a missing symbol, another ABI
// version) is unloaded again.
class SharedLibrary {
public:
    explicit SharedLibrary(const std::string& path)
        : handle_(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
        if (handle_ == nullptr) {
            const char* why = dlerror();
            throw Error(ExitCode::kafka_error, "cannot load schema support",
                        why != nullptr ? why : path);
        }
    }
    ~SharedLibrary() {
        if (handle_ != nullptr) dlclose(handle_);
    }
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    template <typename Function>
    void resolve(Function& out, const char* name, const std::string& path) const {
        void* found = dlsym(handle_, name);
        if (found == nullptr) {
            throw Error(ExitCode::kafka_error, "cannot load schema support",
                        path + " has no " + name, "install the kfk-schema.so of this kfk");
        }
        out = reinterpret_cast<Function>(found);
    }

    // Kept loaded for the rest of the process: the handles kfk holds may outlive any
    // static, and unloading protobuf at exit buys nothing.
    void keep() { handle_ = nullptr; }

private:
    void* handle_;
};

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

std::string not_found_why(const std::vector<std::string>& candidates) {
    if (const char* env = std::getenv("KFK_SCHEMA_MODULE"); env != nullptr && *env != '\0')
        return std::string(env) + " not found (KFK_SCHEMA_MODULE)";
    std::string dirs;
    for (const std::string& c : candidates)
        dirs += (dirs.empty() ? "" : ", ") + std::filesystem::path(c).parent_path().string();
    return std::string(module_file) + " not found in " + dirs;
}

SchemaModuleApi load(const std::string& path) {
    SharedLibrary library(path);
    decltype(&kfk_schema_abi_version) version = nullptr;
    library.resolve(version, "kfk_schema_abi_version", path);
    if (version() != KFK_SCHEMA_ABI_VERSION) {
        throw Error(ExitCode::kafka_error, "cannot load schema support",
                    path + " speaks module ABI " + std::to_string(version()) + ", this kfk needs " +
                        std::to_string(KFK_SCHEMA_ABI_VERSION),
                    "install the kfk-schema.so of this kfk");
    }
    SchemaModuleApi api{};
    library.resolve(api.text_free, "kfk_schema_text_free", path);
    library.resolve(api.error_free, "kfk_schema_error_free", path);
    library.resolve(api.registry_call, "kfk_schema_registry_call", path);
    library.resolve(api.decoder_new, "kfk_schema_decoder_new", path);
    library.resolve(api.decode, "kfk_schema_decode", path);
    library.resolve(api.decoder_free, "kfk_schema_decoder_free", path);
    library.resolve(api.encoder_new, "kfk_schema_encoder_new", path);
    library.resolve(api.encode, "kfk_schema_encode", path);
    library.resolve(api.encoder_free, "kfk_schema_encoder_free", path);
    library.keep();
    return api;
}

SchemaModuleApi find_and_load() {
    const std::vector<std::string> candidates = schema_module_candidates();
    for (const std::string& path : candidates) {
        if (exists(path)) return load(path);
    }
    throw Error(ExitCode::kafka_error, "schema support is not installed",
                not_found_why(candidates));
}

}  // namespace

std::vector<std::string> schema_module_candidates() {
    if (const char* env = std::getenv("KFK_SCHEMA_MODULE"); env != nullptr && *env != '\0')
        return {env};
    std::vector<std::string> out;
    auto add = [&out](const std::filesystem::path& dir) {
        const std::string path = (dir / module_file).lexically_normal().string();
        for (const std::string& seen : out) {
            if (seen == path) return;
        }
        out.push_back(path);
    };
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        add(exe.parent_path());
        add(exe.parent_path().parent_path() / KFK_SCHEMA_MODULE_RELATIVE_DIR);
    }
    add(KFK_SCHEMA_MODULE_INSTALL_DIR);
    return out;
}

const SchemaModuleApi& schema_module() {
    static const SchemaModuleApi api = find_and_load();
    return api;
}

}  // namespace kfk
