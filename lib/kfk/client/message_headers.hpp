#pragma once
// A message's headers, visited in order without copying: name, and the value or
// nullptr for a header without one. The views live as long as the message.

#include <librdkafka/rdkafka.h>

#include <cstddef>
#include <string_view>

namespace kfk {

template <class Visit>  // void(std::string_view name, const char* value, std::size_t size)
void for_each_header(const rd_kafka_message_t* m, Visit&& visit) {
    rd_kafka_headers_t* headers = nullptr;
    // Headers stay owned by the message.
    if (rd_kafka_message_headers(m, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR || !headers) return;
    const char* name = nullptr;
    const void* value = nullptr;
    std::size_t size = 0;
    for (std::size_t i = 0;
         rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
         ++i) {
        visit(std::string_view(name), static_cast<const char*>(value), size);
    }
}

}  // namespace kfk
