#include "kfk/version.hpp"

#include "kfk/client/rdkafka_handle.hpp"

namespace kfk {

std::string_view version() { return KFK_VERSION_STRING; }

std::string librdkafka_version() { return rd_kafka_version_str(); }

}  // namespace kfk
