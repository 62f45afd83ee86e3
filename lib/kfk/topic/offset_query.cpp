#include "kfk/topic/offset_query.hpp"

#include <string>

#include "kfk/error.hpp"
#include "kfk/time_spec.hpp"

namespace kfk {

OffsetQuery parse_offset_query(std::string_view text, std::chrono::system_clock::time_point now,
                               std::string_view flag) {
    using Kind = OffsetQuery::Kind;
    if (text == "beginning" || text == "earliest") return {Kind::beginning, 0};
    if (text == "end" || text == "latest") return {Kind::end, 0};
    if (!text.empty() && text.front() == '@') {
        return {Kind::timestamp, parse_time_spec(text, now, flag)};
    }
    throw_usage(std::string(flag), "invalid position '" + std::string(text) + "'",
                "use beginning, end, @TIMESTAMP (ms or RFC 3339) or @-DURATION");
}

}  // namespace kfk
