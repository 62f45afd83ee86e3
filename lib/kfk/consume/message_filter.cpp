#include "kfk/consume/message_filter.hpp"

#include <algorithm>

#include "kfk/codec/base64.hpp"
#include "kfk/error.hpp"

namespace kfk {

namespace {

std::regex compile_regex(const std::string& pattern, const std::string& flag) {
    try {
        return std::regex(pattern, std::regex::ECMAScript | std::regex::optimize);
    } catch (const std::regex_error& e) {
        throw_usage(flag, "invalid regular expression '" + pattern + "': " + e.what());
    }
}

bool found(const std::regex& pattern, const std::optional<std::string_view>& bytes) {
    return bytes && std::regex_search(bytes->data(), bytes->data() + bytes->size(), pattern);
}

}  // namespace

KeyEncoding parse_key_encoding(std::string_view text) {
    if (text == "text") return KeyEncoding::text;
    if (text == "base64") return KeyEncoding::base64;
    throw_usage("--key-encoding", "expected text or base64, got '" + std::string(text) + "'");
}

std::string decode_key(std::string_view text, KeyEncoding encoding) {
    if (encoding == KeyEncoding::text) return std::string(text);
    std::optional<std::string> bytes = base64_decode(text);
    if (!bytes) throw_usage("--key", "'" + std::string(text) + "' is not valid base64");
    return *bytes;
}

MessageFilter MessageFilter::compile(const FilterSpec& spec) {
    MessageFilter filter;
    for (const std::string& key : spec.keys) {
        if (std::find(filter.keys_.begin(), filter.keys_.end(), key) == filter.keys_.end())
            filter.keys_.push_back(key);
    }
    if (spec.value_pattern) filter.value_ = compile_regex(*spec.value_pattern, "--grep");
    if (spec.key_pattern) filter.key_ = compile_regex(*spec.key_pattern, "--key-grep");
    for (const std::string& text : spec.header_patterns) {
        const auto eq = text.find('=');
        if (eq == std::string::npos || eq == 0)
            throw_usage("--header", "expected NAME=REGEX, got '" + text + "'");
        filter.headers_.push_back(
            {text.substr(0, eq), compile_regex(text.substr(eq + 1), "--header")});
    }
    return filter;
}

bool MessageFilter::active() const { return !keys_.empty() || value_ || key_ || !headers_.empty(); }

bool MessageFilter::matches(const MessageView& message) const {
    if (!keys_.empty()) {
        if (!message.key) return false;
        if (std::find(keys_.begin(), keys_.end(), *message.key) == keys_.end()) return false;
    }
    if (key_ && !found(*key_, message.key)) return false;
    if (value_ && !found(*value_, message.value)) return false;
    for (const HeaderCondition& condition : headers_) {
        const bool any =
            std::any_of(message.headers.begin(), message.headers.end(), [&](const HeaderView& h) {
                return h.key == condition.name && found(condition.pattern, h.value);
            });
        if (!any) return false;
    }
    return true;
}

}  // namespace kfk
