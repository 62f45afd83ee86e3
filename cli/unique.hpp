#pragma once
// Repeated arguments (`consume T T`, `-p 0 -p 0`, `group lag G G`) mean the same as
// one: librdkafka refuses duplicate partitions and groups with errors of its own.

#include <algorithm>
#include <vector>

namespace kfk::cli {

// `items` without repeats, in the order each first appeared.
template <class T>
std::vector<T> unique_in_order(const std::vector<T>& items) {
    std::vector<T> out;
    for (const T& item : items) {
        if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
    }
    return out;
}

}  // namespace kfk::cli
