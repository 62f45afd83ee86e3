#include "kfk/client/client_config.hpp"

#include <array>

#include "kfk/error.hpp"

namespace kfk {

Property parse_property(std::string_view text, std::string_view flag) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0) {
        throw_usage(std::string(flag), "expected KEY=VALUE, got '" + std::string(text) + "'");
    }
    return Property{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

bool is_secret_property(std::string_view key) {
    // Matches librdkafka's and the Java client's names: sasl.password,
    // ssl.key.password, ssl.keystore.password, sasl.oauthbearer.client.secret, ...
    // schema.registry.basic.auth.user.info holds "user:password".
    constexpr std::array<std::string_view, 5> markers{"password", "secret", "token",
                                                      "sasl.jaas.config", "user.info"};
    for (std::string_view marker : markers) {
        if (key.find(marker) != std::string_view::npos) return true;
    }
    return key == "ssl.key.pem" || key == "ssl_key";
}

}  // namespace kfk
