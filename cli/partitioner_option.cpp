#include "partitioner_option.hpp"

namespace kfk::cli {

CLI::Option* add_partitioner_option(CLI::App* cmd, std::optional<std::string>& target,
                                    const std::string& keys_flag) {
    return cmd
        ->add_option("--partitioner", target,
                     "How the producer placed " + keys_flag +
                         ": murmur2 (default: Java clients, kfk produce), crc32 (librdkafka's "
                         "default: kcat, confluent-kafka), fnv1a (Go's sarama)")
        ->check(CLI::IsMember(key_partitioner_names()))
        ->type_name("NAME");
}

KeyPartitioner partitioner_option_value(const std::string& name) {
    return parse_key_partitioner(name).value_or(KeyPartitioner::murmur2);
}

}  // namespace kfk::cli
