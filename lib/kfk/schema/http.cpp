#include "kfk/schema/http.hpp"

#include <curl/curl.h>

#include <memory>

#include "kfk/error.hpp"

namespace kfk {

namespace {

struct EasyDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using EasyPtr = std::unique_ptr<CURL, EasyDeleter>;
using ListPtr = std::unique_ptr<curl_slist, ListDeleter>;

// curl_global_init is not thread-safe: run it once, before the first handle.
void global_init() {
    static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    if (!done) throw Error(ExitCode::kafka_error, "schema registry", "curl_global_init failed");
}

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

ListPtr append_header(ListPtr list, const char* header) {
    curl_slist* grown = curl_slist_append(list.get(), header);
    if (grown == nullptr) throw std::bad_alloc();
    (void)list.release();
    return ListPtr(grown);
}

}  // namespace

HttpResponse http_request(const RegistryConfig& config, const std::string& method,
                          const std::string& path, const std::string& body,
                          const std::string& what) {
    global_init();
    EasyPtr curl(curl_easy_init());
    if (!curl) throw Error(ExitCode::kafka_error, what, "cannot create an HTTP handle");
    HttpResponse response;
    char error_text[CURL_ERROR_SIZE] = "";
    const std::string url = config.url + path;
    ListPtr headers = append_header(nullptr,
                                    "Accept: application/vnd.schemaregistry.v1+json, "
                                    "application/json");
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_text);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(config.timeout.count()));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    if (config.user_info) {
        curl_easy_setopt(h, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(h, CURLOPT_USERPWD, config.user_info->c_str());
    }
    if (config.ca_location) curl_easy_setopt(h, CURLOPT_CAINFO, config.ca_location->c_str());
    if (method == "POST") {
        headers = append_header(std::move(headers),
                                "Content-Type: application/vnd.schemaregistry.v1+json");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    } else if (method != "GET") {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.c_str());
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());

    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK) {
        const std::string why =
            (error_text[0] != '\0' ? std::string(error_text) : curl_easy_strerror(code)) + " (" +
            config.url + ")";
        switch (code) {
            case CURLE_COULDNT_CONNECT:
            case CURLE_COULDNT_RESOLVE_HOST:
            case CURLE_OPERATION_TIMEDOUT:
                throw Error(ExitCode::timeout, what, "schema registry unreachable: " + why);
            default:
                throw Error(ExitCode::kafka_error, what, why);
        }
    }
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

}  // namespace kfk
