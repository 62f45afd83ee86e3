#include "kfk/group/lag_time.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <utility>

namespace kfk {

std::optional<std::int64_t> next_read_offset(const PartitionLag& row) {
    if (!row.committed || !row.high || row.lag.value_or(0) == 0) return std::nullopt;
    return std::max(*row.committed, row.low.value_or(0));
}

std::vector<std::map<PartitionKey, std::int64_t>> peek_rounds(
    const std::vector<PartitionLag*>& rows) {
    std::map<PartitionKey, std::set<std::int64_t>> wanted;
    for (const PartitionLag* p : rows) {
        if (const auto offset = next_read_offset(*p))
            wanted[{p->topic, p->partition}].insert(*offset);
    }
    std::vector<std::map<PartitionKey, std::int64_t>> rounds;
    for (const auto& [partition, offsets] : wanted) {
        std::size_t round = 0;
        for (const std::int64_t offset : offsets) {
            if (round == rounds.size()) rounds.emplace_back();
            rounds[round++][partition] = offset;
        }
    }
    return rounds;
}

namespace {

// The round that peeked `partition` at `offset`, if any.
const PeekRound* round_of(const std::vector<PeekRound>& rounds, const PartitionKey& partition,
                          std::int64_t offset) {
    for (const PeekRound& r : rounds) {
        if (auto it = r.offsets.find(partition); it != r.offsets.end() && it->second == offset)
            return &r;
    }
    return nullptr;
}

}  // namespace

void apply_lag_times(const std::vector<PartitionLag*>& rows, const std::vector<PeekRound>& rounds,
                     std::int64_t now_ms) {
    for (PartitionLag* p : rows) {
        p->lag_ms.reset();
        p->lag_ms_reason.reset();
        const PartitionKey key{p->topic, p->partition};
        const std::optional<std::int64_t> offset = next_read_offset(*p);
        const PeekRound* round = offset ? round_of(rounds, key, *offset) : nullptr;
        if (!p->committed) {
            p->lag_ms_reason = "no committed offset";
        } else if (!p->lag) {
            p->lag_ms_reason = "high watermark unknown";
        } else if (*p->lag == 0) {
            p->lag_ms = 0;
        } else if (round == nullptr) {
            p->lag_ms_reason = "the next message was not read within --timeout";
        } else if (auto error = round->peeked.errors.find(key);
                   error != round->peeked.errors.end()) {
            p->lag_ms_reason = "cannot read the next message: " + error->second;
        } else if (auto found = round->peeked.messages.find(key);
                   found != round->peeked.messages.end()) {
            if (found->second.timestamp_ms)
                p->lag_ms = std::max<std::int64_t>(0, now_ms - *found->second.timestamp_ms);
            else
                p->lag_ms_reason = "the next message has no timestamp";
        } else {
            p->lag_ms_reason = "the next message was not read within --timeout";
        }
    }
}

void fill_lag_times(const ClientConfig& config, const std::vector<PartitionLag*>& rows,
                    const Deadline& deadline) {
    std::vector<PeekRound> rounds;
    for (auto& offsets : peek_rounds(rows)) {
        PeekResult peeked = peek_messages(config, offsets, deadline);
        rounds.push_back(PeekRound{std::move(offsets), std::move(peeked)});
    }
    apply_lag_times(rows, rounds, epoch_now_ms());
}

std::int64_t epoch_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace kfk
