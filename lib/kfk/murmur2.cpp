#include "kfk/murmur2.hpp"

namespace kfk {

std::uint32_t murmur2(std::string_view bytes) {
    constexpr std::uint32_t seed = 0x9747b28c;
    constexpr std::uint32_t m = 0x5bd1e995;
    constexpr int r = 24;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t length = bytes.size();

    // Java uses int arithmetic; unsigned wrap-around gives the same bits without
    // signed overflow. Blocks are read little-endian, independent of the host.
    std::uint32_t h = seed ^ static_cast<std::uint32_t>(length);
    const std::size_t blocks = length / 4;
    for (std::size_t i = 0; i < blocks; ++i) {
        const unsigned char* p = data + 4 * i;
        std::uint32_t k = static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
                          static_cast<std::uint32_t>(p[2]) << 16 |
                          static_cast<std::uint32_t>(p[3]) << 24;
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    const unsigned char* tail = data + 4 * blocks;
    switch (length % 4) {
        case 3:
            h ^= static_cast<std::uint32_t>(tail[2]) << 16;
            [[fallthrough]];
        case 2:
            h ^= static_cast<std::uint32_t>(tail[1]) << 8;
            [[fallthrough]];
        case 1:
            h ^= static_cast<std::uint32_t>(tail[0]);
            h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return h;
}

std::int32_t java_partition(std::string_view key, std::int32_t partition_count) {
    // Java's toPositive(): clear the sign bit (not abs(), which differs for MIN_VALUE).
    const std::uint32_t positive = murmur2(key) & 0x7fffffffu;
    return static_cast<std::int32_t>(positive % static_cast<std::uint32_t>(partition_count));
}

}  // namespace kfk
