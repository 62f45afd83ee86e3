#include "kfk/config/properties_file.hpp"

#include <algorithm>
#include <map>

#include "kfk/error.hpp"

namespace kfk {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Joins continuation lines into logical lines, each with the number of its first line.
std::vector<std::pair<int, std::string>> logical_lines(std::string_view text) {
    std::vector<std::pair<int, std::string>> lines;
    std::string current;
    int number = 0, first = 0;
    bool continuing = false;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        if (continuing) {
            line.remove_prefix(std::min(
                line.size(),
                static_cast<std::size_t>(std::find_if_not(line.begin(), line.end(), is_blank) -
                                         line.begin())));
        } else {
            first = number;
        }
        // A line ends in a continuation when it ends in an odd number of backslashes.
        std::size_t slashes = 0;
        while (slashes < line.size() && line[line.size() - 1 - slashes] == '\\') ++slashes;
        continuing = slashes % 2 == 1;
        current += continuing ? line.substr(0, line.size() - 1) : line;
        if (!continuing) {
            lines.emplace_back(first, std::move(current));
            current.clear();
        }
        if (end == text.size()) break;
        pos = end + 1;
    }
    if (continuing) lines.emplace_back(first, std::move(current));
    return lines;
}

std::string unescape(std::string_view s, const std::string& where) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        switch (c) {
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                if (i + 4 >= s.size()) throw_usage(where, "truncated \\u escape");
                unsigned code = 0;
                for (int k = 1; k <= 4; ++k) {
                    const char h = s[i + k];
                    code <<= 4;
                    if (h >= '0' && h <= '9')
                        code |= h - '0';
                    else if (h >= 'a' && h <= 'f')
                        code |= h - 'a' + 10;
                    else if (h >= 'A' && h <= 'F')
                        code |= h - 'A' + 10;
                    else
                        throw_usage(where, "malformed \\u escape");
                }
                i += 4;
                // UTF-8 encode (the BMP code points .properties can express).
                if (code < 0x80) {
                    out += static_cast<char>(code);
                } else if (code < 0x800) {
                    out += static_cast<char>(0xC0 | code >> 6);
                    out += static_cast<char>(0x80 | (code & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | code >> 12);
                    out += static_cast<char>(0x80 | (code >> 6 & 0x3F));
                    out += static_cast<char>(0x80 | (code & 0x3F));
                }
                break;
            }
            default:
                out += c;  // \\, \=, \:, \# and any other char stand for themselves
        }
    }
    return out;
}

}  // namespace

std::vector<Property> parse_properties(std::string_view text, const std::string& origin) {
    std::vector<Property> out;
    for (const auto& [number, raw] : logical_lines(text)) {
        std::string_view line = raw;
        const auto start = std::find_if_not(line.begin(), line.end(), is_blank) - line.begin();
        line.remove_prefix(static_cast<std::size_t>(start));
        if (line.empty() || line.front() == '#' || line.front() == '!') continue;
        // The key ends at the first unescaped '=', ':' or blank.
        std::size_t key_end = 0;
        while (key_end < line.size()) {
            const char c = line[key_end];
            if (c == '\\') {
                key_end += 2;
                continue;
            }
            if (c == '=' || c == ':' || is_blank(c)) break;
            ++key_end;
        }
        key_end = std::min(key_end, line.size());
        std::size_t value_start = key_end;
        while (value_start < line.size() && is_blank(line[value_start])) ++value_start;
        if (value_start < line.size() && (line[value_start] == '=' || line[value_start] == ':'))
            ++value_start;
        while (value_start < line.size() && is_blank(line[value_start])) ++value_start;
        const std::string where = origin + ":" + std::to_string(number);
        out.push_back(
            {unescape(line.substr(0, key_end), where), unescape(line.substr(value_start), where)});
    }
    return out;
}

namespace {

// The value of `name="..."` (or name=bare) inside a JAAS configuration line.
std::string jaas_option(const std::string& jaas, const std::string& name) {
    std::size_t pos = 0;
    while ((pos = jaas.find(name, pos)) != std::string::npos) {
        const bool starts_word = pos == 0 || is_blank(jaas[pos - 1]);
        std::size_t eq = pos + name.size();
        while (eq < jaas.size() && is_blank(jaas[eq])) ++eq;
        if (!starts_word || eq >= jaas.size() || jaas[eq] != '=') {
            pos += name.size();
            continue;
        }
        std::size_t v = eq + 1;
        while (v < jaas.size() && is_blank(jaas[v])) ++v;
        if (v < jaas.size() && jaas[v] == '"') {
            std::string value;
            for (++v; v < jaas.size() && jaas[v] != '"'; ++v) {
                if (jaas[v] == '\\' && v + 1 < jaas.size()) ++v;
                value += jaas[v];
            }
            return value;
        }
        const std::size_t end = jaas.find_first_of(" \t;", v);
        return jaas.substr(v, end == std::string::npos ? std::string::npos : end - v);
    }
    return {};
}

}  // namespace

std::vector<Property> translate_java_properties(const std::vector<Property>& java,
                                                const std::string& origin) {
    std::map<std::string, std::string> given;
    for (const Property& p : java) given[p.key] = p.value;
    auto refuse = [&](const std::string& key, const std::string& instead) {
        throw_usage(origin + ": " + key, "librdkafka cannot use this Java client setting", instead);
    };
    std::vector<Property> out;
    for (const Property& p : java) {
        const std::string& key = p.key;
        if (key == "sasl.jaas.config") {
            const std::string user = jaas_option(p.value, "username");
            const std::string password = jaas_option(p.value, "password");
            if (user.empty()) refuse(key, "set sasl.username and sasl.password instead");
            out.push_back({"sasl.username", user});
            out.push_back({"sasl.password", password});
        } else if (key == "ssl.truststore.location") {
            const auto type = given.find("ssl.truststore.type");
            if (type == given.end() || type->second != "PEM") {
                refuse(key,
                       "convert the trust store to PEM and set ssl.ca.location (or "
                       "ssl.truststore.type=PEM)");
            }
            out.push_back({"ssl.ca.location", p.value});
        } else if (key == "ssl.truststore.type" || key == "ssl.truststore.password") {
            continue;  // handled with ssl.truststore.location
        } else if (key == "ssl.keystore.location") {
            const auto type = given.find("ssl.keystore.type");
            if (type != given.end() && type->second == "PKCS12") {
                out.push_back({"ssl.keystore.location", p.value});
            } else {
                refuse(key,
                       "use a PKCS#12 keystore (ssl.keystore.type=PKCS12) or "
                       "ssl.certificate.location and ssl.key.location");
            }
        } else if (key == "ssl.keystore.type") {
            continue;  // handled with ssl.keystore.location
        } else if (key == "sasl.login.callback.handler.class" ||
                   key == "sasl.client.callback.handler.class" || key == "key.serializer" ||
                   key == "value.serializer" || key == "key.deserializer" ||
                   key == "value.deserializer") {
            refuse(key, "Java classes have no librdkafka equivalent; remove it");
        } else {
            out.push_back(p);  // the same name in both clients, or librdkafka names it
        }
    }
    return out;
}

}  // namespace kfk
