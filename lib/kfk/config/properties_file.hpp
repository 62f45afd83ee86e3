#pragma once
// Java-style .properties files, as kafka-topics.sh --command-config takes them, and the
// translation of Java client property names to librdkafka's.

#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace kfk {

// java.util.Properties' format: '#' and '!' comments, key=value, key:value or
// "key value", backslash escapes (\t \n \r \f \\ \uXXXX), a trailing backslash
// continues the line. `origin` names the file in errors.
std::vector<Property> parse_properties(std::string_view text, const std::string& origin);

// Java client names -> librdkafka's: sasl.jaas.config becomes sasl.username and
// sasl.password, PEM trust stores become ssl.ca.location; what librdkafka cannot use
// (JKS/PKCS12 stores, Java class names) is a usage Error that says what to use instead.
std::vector<Property> translate_java_properties(const std::vector<Property>& java,
                                                const std::string& origin);

}  // namespace kfk
