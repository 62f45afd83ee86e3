// kfk group list/describe/lag/reset/delete against the real cluster, with groups made
// by kfk consume -g and by kcat -G (an independent member), and every refusal.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"

extern char** environ;

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

int count_lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// "@-DURATION" naming the instant just after `t` (a now_ms() reading), computed at the
// last moment. kfk reads its clock later than this does, so the instant it derives is
// later still, never earlier: what was written before `t` is excluded for certain, and
// what is written after a pause following `t` is included as long as kfk starts within
// that pause. (A fixed "@-1s" would also count the time to produce and to start kfk.)
std::string ago_since(std::int64_t t) { return "@-" + std::to_string(now_ms() - t - 1) + "ms"; }

// kfk consume as a member of `group`: the values it printed (it commits what it printed).
std::vector<std::string> consume_in_group(const std::string& topic, const std::string& group,
                                          const std::vector<std::string>& extra) {
    std::vector<std::string> args{"consume", topic, "-g", group, "-q"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = kfk_on_cluster(args);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return lines_of(r.out);
}

// `group lag` as JSON: partition -> committed offset for one topic of one group.
std::map<int, json> lag_partitions(const std::string& group, const std::string& topic) {
    const json j = kfk_json({"group", "lag", group, "--topic", topic});
    std::map<int, json> out;
    for (const json& t : j["groups"][0]["topics"]) {
        for (const json& p : t["partitions"]) out[p["partition"].get<int>()] = p;
    }
    return out;
}

json committed(const std::string& group, const std::string& topic, int partition) {
    auto partitions = lag_partitions(group, topic);
    return partitions.contains(partition) ? partitions[partition]["committed"] : json(nullptr);
}

ProcessResult reset(const std::string& group, const std::string& topic, const std::string& to,
                    bool execute = true) {
    std::vector<std::string> args{"-o",      "json", "group", "reset", group,
                                  "--topic", topic,  "--to",  to};
    if (execute) args.push_back("--execute");
    return kfk_on_cluster(args);
}

// A kcat -G consumer running in the background until destroyed (SIGTERM to its own
// pid: it leaves the group cleanly).
class KcatMember {
public:
    KcatMember(const std::string& group, const std::string& topic, const std::string& client_id) {
        const std::vector<std::string> argv{"kcat", "-b",  local_cluster().bootstrap,
                                            "-G",   group, topic,
                                            "-q",   "-X",  "client.id=" + client_id};
        std::vector<char*> raw;
        for (const std::string& a : argv) raw.push_back(const_cast<char*>(a.c_str()));
        raw.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        for (int fd : {0, 1, 2})
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null",
                                             fd == 0 ? O_RDONLY : O_WRONLY, 0);
        const int rc = posix_spawnp(&pid_, "kcat", &actions, nullptr, raw.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        REQUIRE_MESSAGE(rc == 0, "cannot start kcat");
    }
    ~KcatMember() { stop(); }
    void stop() {
        if (pid_ <= 0) return;
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

// Polls `group describe` until `ready` holds for the group (at most ~20 s).
json wait_for_group(const std::string& group, const std::function<bool(const json&)>& ready) {
    json last;
    for (int i = 0; i < 200; ++i) {
        const auto r = kfk_on_cluster({"-o", "json", "group", "describe", group});
        if (r.exit_code == 0) {
            last = json::parse(r.out)["groups"][0];
            if (ready(last)) return last;
        }
        std::this_thread::sleep_for(100ms);
    }
    FAIL("group " << group << " never became ready; last: " << last.dump());
    return last;
}

}  // namespace

TEST_CASE("group lag matches what was produced and what kfk consume -g committed") {
    const std::string topic = create_topic("grp-lag", 3, 2);
    const std::string other = create_topic("grp-lag-other", 1, 1);
    const std::string group = unique_name("grp-lag-g");
    kcat_produce(topic, 0, numbered(0, 10));
    kcat_produce(topic, 1, numbered(10, 30));
    kcat_produce(topic, 2, numbered(30, 60));
    kcat_produce(other, 0, numbered(0, 4));

    CHECK(consume_in_group(topic, group, {"--from", "beginning", "-n", "25"}).size() == 25);
    CHECK(consume_in_group(other, group, {"--from", "beginning", "-n", "1"}).size() == 1);

    const json j = kfk_json({"group", "lag", group});
    REQUIRE(j["groups"].size() == 1);
    const json& g = j["groups"][0];
    CHECK(g["name"] == group);
    CHECK(g["state"] == "Empty");
    REQUIRE(g["topics"].size() == 2);
    const json& t = g["topics"][g["topics"][0]["topic"] == topic ? 0 : 1];
    const json& o = g["topics"][g["topics"][0]["topic"] == topic ? 1 : 0];
    CHECK(o["lag"] == 3);
    // Each row: high watermark as produced, lag = high - committed. The committed
    // offsets add up to what was consumed; a partition the consumer never read has no
    // committed offset (no row, lag unknown), so the rows' lag plus such partitions'
    // messages is what was left.
    const std::vector<std::int64_t> produced{10, 20, 30};
    std::int64_t committed_sum = 0, lag_sum = 0, unread = 60;
    for (const json& p : t["partitions"]) {
        const std::size_t partition = p["partition"];
        CHECK(p["high"] == produced.at(partition));
        CHECK(p["lag"] == p["high"].get<std::int64_t>() - p["committed"].get<std::int64_t>());
        committed_sum += p["committed"].get<std::int64_t>();
        lag_sum += p["lag"].get<std::int64_t>();
        unread -= produced.at(partition);
    }
    CHECK(committed_sum == 25);
    CHECK(t["lag"] == lag_sum);
    CHECK(lag_sum + unread == 35);
    CHECK(g["total_lag"] == lag_sum + 3);

    // --topic keeps only that topic; the table carries the totals.
    const json only = kfk_json({"group", "lag", group, "--topic", other});
    CHECK(only["groups"][0]["total_lag"] == 3);
    CHECK(only["groups"][0]["topics"].size() == 1);
    const auto table = kfk_on_cluster({"group", "lag", group});
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.rfind("GROUP ", 0) == 0);
    CHECK(table.out.find(group + "  (total)") != std::string::npos);

    // What the lag says is left is exactly what the group still gets from its offsets
    // (kfk consume -g starts a partition without a committed offset at its end).
    CHECK(consume_in_group(topic, group, {"--from", "stored", "-e"}).size() ==
          static_cast<std::size_t>(lag_sum));
    CHECK(kfk_json({"group", "lag", group, "--topic", topic})["groups"][0]["total_lag"] == 0);

    // list: the group with its lag; --lag-above keeps groups strictly above N.
    auto listed = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args{"group", "list"};
        args.insert(args.end(), extra.begin(), extra.end());
        const json all = kfk_json(args);  // (a temporary's member would dangle in the loop)
        for (const json& l : all["groups"]) {
            if (l["name"] == group) return l;
        }
        return json();
    };
    const json row = listed({});
    REQUIRE_MESSAGE(!row.is_null(), kfk_on_cluster({"group", "list"}).out);
    CHECK(row["state"] == "Empty");
    CHECK(row["members"] == 0);
    CHECK(row["protocol_type"] == "consumer");
    CHECK(row["lag"] == 3);
    CHECK_FALSE(listed({"--lag-above", "2"}).is_null());
    CHECK(listed({"--lag-above", "3"}).is_null());
    CHECK_FALSE(listed({"--state", "empty"}).is_null());
    CHECK(listed({"--state", "Stable"}).is_null());
}

TEST_CASE(
    "a live kcat member: describe shows it and its partitions, reset and delete refuse the group") {
    const std::string topic = create_topic("grp-live", 3, 2);
    const std::string group = unique_name("grp-live-g");
    const std::string client = unique_name("grp-kcat");
    kcat_produce(topic, 0, numbered(0, 5));
    {
        KcatMember member(group, topic, client);
        const json g = wait_for_group(group, [](const json& d) {
            return d["state"] == "Stable" && d["members"].size() == 1 &&
                   d["members"][0]["assignments"].size() == 3;
        });
        const json& m = g["members"][0];
        CHECK(m["client_id"] == client);
        CHECK_FALSE(m["member_id"].get<std::string>().empty());
        CHECK_FALSE(m["host"].get<std::string>().empty());
        CHECK(g["protocol"].is_string());
        CHECK(g["coordinator"]["id"].is_number());
        // Every assigned partition's row names its owner and its high watermark.
        int owned = 0;
        for (const json& p : g["partitions"]) {
            if (p["member_id"] == m["member_id"]) ++owned;
            if (p["partition"] == 0) CHECK(p["high"] == 5);
        }
        CHECK(owned == 3);

        const auto table = kfk_on_cluster({"group", "describe", group});
        CHECK(table.exit_code == 0);
        CHECK(table.out.find("State:         Stable") != std::string::npos);
        CHECK(table.out.find(client) != std::string::npos);
        CHECK(table.out.find(topic + ":0,1,2") != std::string::npos);

        bool in_list = false;
        const json stable = kfk_json({"group", "list", "--state", "stable"});
        for (const json& l : stable["groups"]) {
            if (l["name"] == group) {
                in_list = true;
                CHECK(l["members"] == 1);
                CHECK(l["protocol_type"] == "consumer");
            }
        }
        CHECK(in_list);

        const auto refused =
            kfk_on_cluster({"group", "reset", group, "--topic", topic, "--to", "earliest"});
        CHECK(refused.exit_code == 1);
        CHECK(refused.out.empty());
        CHECK(count_lines(refused.err) == 1);
        CHECK(refused.err.find("kfk: reset offsets of group " + group +
                               ": the group has 1 active member") == 0);

        const auto not_empty = kfk_on_cluster({"group", "delete", group});
        CHECK(not_empty.exit_code == 1);
        CHECK(not_empty.out.find("failed") != std::string::npos);
        CHECK(not_empty.err.find("kfk: delete group " + group + ": ") == 0);
        CHECK(not_empty.err.find("not empty") != std::string::npos);
    }
    // Once the member has left, the group can be deleted, and then it is unknown.
    wait_for_group(group, [](const json& d) { return d["members"].empty(); });
    const json deleted = kfk_json({"group", "delete", group});
    CHECK(deleted["results"][0] ==
          json{{"name", group}, {"status", "deleted"}, {"exit_code", 0}, {"message", nullptr}});
    const auto gone = kfk_on_cluster({"group", "describe", group});
    CHECK(gone.exit_code == 3);
}

TEST_CASE("a group committed by kcat -G (an independent member) shows kcat's lag") {
    const std::string topic = create_topic("grp-kcat", 2, 2);
    const std::string group = unique_name("grp-kcat-g");
    kcat_produce(topic, 0, numbered(0, 6));
    kcat_produce(topic, 1, numbered(6, 10));
    const auto consumed =
        run_process({"kcat", "-b", local_cluster().bootstrap, "-G", group, topic, "-o", "beginning",
                     "-c", "4", "-q", "-X", "enable.auto.commit=true"});
    REQUIRE_MESSAGE(consumed.exit_code == 0, consumed.err);
    CHECK(lines_of(consumed.out).size() == 4);
    // kcat committed what it consumed; each partition it committed on lags by the rest.
    const json g = kfk_json({"group", "lag", group})["groups"][0];
    const std::vector<std::int64_t> produced{6, 4};
    std::int64_t committed_sum = 0, lag_sum = 0;
    for (const json& p : g["topics"][0]["partitions"]) {
        CHECK(p["high"] == produced.at(p["partition"].get<std::size_t>()));
        committed_sum += p["committed"].get<std::int64_t>();
        lag_sum += p["lag"].get<std::int64_t>();
    }
    CHECK(committed_sum == 4);
    CHECK(g["total_lag"] == lag_sum);
    // And kfk, as the next member of that group, gets exactly what the lag says.
    CHECK(consume_in_group(topic, group, {"-e"}).size() == static_cast<std::size_t>(lag_sum));
}

TEST_CASE(
    "group reset: plan only without --execute, then every target kind, checked by consuming") {
    const std::string topic = create_topic("grp-reset", 1, 1);
    const std::string group = unique_name("grp-reset-g");
    kcat_produce(topic, 0, numbered(0, 5));
    std::this_thread::sleep_for(100ms);
    const std::int64_t between = now_ms();
    std::this_thread::sleep_for(100ms);
    kcat_produce(topic, 0, numbered(5, 10));
    CHECK(consume_in_group(topic, group, {"--from", "beginning", "-n", "3"}) == numbered(0, 3));
    CHECK(committed(group, topic, 0) == 3);

    // The plan: current -> new, and nothing changes.
    const auto plan = reset(group, topic, "earliest", false);
    REQUIRE_MESSAGE(plan.exit_code == 0, plan.err);
    CHECK(json::parse(plan.out) ==
          json{{"group", group},
               {"target", "earliest"},
               {"executed", false},
               {"group_exists", true},
               {"partitions", {{{"topic", topic}, {"partition", 0}, {"current", 3}, {"new", 0}}}}});
    CHECK(plan.err.find("nothing changed") != std::string::npos);
    CHECK(committed(group, topic, 0) == 3);
    const auto table =
        kfk_on_cluster({"group", "reset", group, "--topic", topic, "--to", "earliest"});
    CHECK(table.out == "TOPIC" + std::string(topic.size() - 5 + 2, ' ') +
                           "PARTITION  CURRENT  NEW  CHANGE\n" + topic +
                           "          0        3    0      -3\n");

    auto execute = [&](const std::string& to, std::int64_t expected) {
        CAPTURE(to);
        const auto r = reset(group, topic, to);
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        const json j = json::parse(r.out);
        CHECK(j["executed"] == true);
        CHECK(j["partitions"][0]["new"] == expected);
        CHECK(committed(group, topic, 0) == expected);  // what the broker now holds
    };
    auto next = [&] { return consume_in_group(topic, group, {"--from", "stored", "-n", "1"}); };

    execute("earliest", 0);
    CHECK(next() == std::vector<std::string>{"m0"});
    execute("latest", 10);
    CHECK(consume_in_group(topic, group, {"--from", "stored", "-e"}).empty());
    execute("4", 4);
    CHECK(next() == std::vector<std::string>{"m4"});  // committed is now 5
    execute("shift:-2", 3);
    CHECK(next() == std::vector<std::string>{"m3"});  // 4
    execute("shift:+3", 7);
    CHECK(next() == std::vector<std::string>{"m7"});
    execute("@" + std::to_string(between), 5);
    CHECK(next() == std::vector<std::string>{"m5"});
    // Clamped to the log: past the end is the end, a shift before the start the start.
    execute("999", 10);
    execute("shift:-99", 0);
    // A time after the last message: the end.
    execute("@" + std::to_string(now_ms() + 60'000), 10);

    // A relative target between the messages above and one produced 2 s later.
    const std::int64_t after_old = now_ms();
    std::this_thread::sleep_for(2s);
    kcat_produce(topic, 0, {"recent"});
    execute(ago_since(after_old), 10);
    CHECK(next() == std::vector<std::string>{"recent"});
}

TEST_CASE("group reset of some partitions leaves the others, and gives a new group offsets") {
    const std::string topic = create_topic("grp-parts", 3, 2);
    const std::string group = unique_name("grp-parts-g");
    for (int p = 0; p < 3; ++p) kcat_produce(topic, p, numbered(0, 4));

    // A group that does not exist yet: the reset creates it with these offsets.
    const auto created = reset(group, topic + ":0,2", "latest");
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    const json plan = json::parse(created.out);
    REQUIRE(plan["partitions"].size() == 2);
    CHECK(plan["partitions"][0]["partition"] == 0);
    CHECK(plan["partitions"][0]["current"].is_null());
    CHECK(plan["partitions"][1]["partition"] == 2);
    CHECK(plan["group_exists"] == false);
    CHECK(created.err ==
          "kfk: group reset: group " + group + " did not exist; created it with these offsets\n");
    auto parts = lag_partitions(group, topic);
    CHECK(parts.size() == 2);
    CHECK(parts[0]["committed"] == 4);
    CHECK(parts[2]["committed"] == 4);
    CHECK_FALSE(parts.contains(1));

    CHECK(reset(group, topic + ":2", "shift:-1").exit_code == 0);
    parts = lag_partitions(group, topic);
    CHECK(parts[0]["committed"] == 4);
    CHECK(parts[2]["committed"] == 3);
    CHECK(kfk_json({"group", "lag", group})["groups"][0]["total_lag"] == 1);
    // --from applies where the group has no offset: all 4 of partition 1, and the one
    // left on partition 2.
    const std::string copy = unique_name("grp-parts-copy");
    CHECK(reset(copy, topic + ":0,2", "shift:-1").exit_code == 0);  // no offsets: from the end
    CHECK(consume_in_group(topic, group, {"--from", "beginning", "-e"}).size() == 5);
    CHECK(kfk_json({"group", "lag", copy})["groups"][0]["total_lag"] == 2);
    CHECK(consume_in_group(topic, copy, {"-e"}) == std::vector<std::string>{"m3", "m3"});
}

TEST_CASE("group lag --topic: an unknown topic is exit 3, one without offsets is said plainly") {
    const std::string topic = create_topic("grp-lagt", 1, 1);
    const std::string other = create_topic("grp-lagt-other", 1, 1);
    const std::string group = unique_name("grp-lagt-g");
    REQUIRE(reset(group, topic, "earliest").exit_code == 0);  // offsets on `topic` only

    const std::string missing = unique_name("grp-lagt-missing");
    const auto unknown = kfk_on_cluster({"group", "lag", group, "--topic", missing});
    CHECK(unknown.exit_code == 3);
    CHECK(unknown.out.empty());
    CHECK(unknown.err == "kfk: group lag: topic does not exist: " + missing + "\n");

    const auto no_offsets = kfk_on_cluster({"group", "lag", group, "--topic", other});
    CHECK_MESSAGE(no_offsets.exit_code == 0, no_offsets.err);
    CHECK(no_offsets.err ==
          "kfk: group lag " + group + ": no committed offsets for topic " + other + "\n");
    CHECK(kfk_json({"group", "lag", group, "--topic", other})["groups"][0]["topics"].empty());
    kfk_on_cluster({"group", "delete", group});
    kfk_on_cluster({"topic", "delete", topic, other});
}

TEST_CASE("group refusals and exit codes") {
    const std::string missing = unique_name("grp-missing");
    const std::string topic = create_topic("grp-err", 2, 1);

    for (const char* verb : {"lag", "describe"}) {
        const auto r = kfk_on_cluster({"group", verb, missing});
        CHECK(r.exit_code == 3);
        CHECK(r.out.empty());
        CHECK(count_lines(r.err) == 1);
        CHECK(r.err.find("no such group: " + missing + " ('kfk group list' shows the groups)") !=
              std::string::npos);
    }

    auto usage = [](const std::vector<std::string>& args, const std::string& expected) {
        const auto r = kfk_on_cluster(args);
        CAPTURE(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(count_lines(r.err) == 1);
        CHECK_MESSAGE(r.err.find(expected) != std::string::npos, r.err);
    };
    usage({"group", "reset", missing, "--topic", topic, "--to", "yesterday"},
          "kfk: --to: 'yesterday' is not a reset target (earliest|beginning, latest|end, "
          "OFFSET, @TIMESTAMP, @-DURATION or shift:+N/shift:-N)");
    usage({"group", "reset", missing, "--topic", topic, "--to", "shift:x"}, "not a shift");
    usage({"group", "reset", missing, "--topic", topic, "--to", "@not-a-time"},
          "kfk: --to: invalid time");
    usage({"group", "reset", missing, "--topic", topic + ":a", "--to", "earliest"},
          "kfk: --topic: 'a'");
    usage({"group", "reset", missing, "--to", "earliest"}, "kfk: group reset: --to needs --topic");
    usage({"group", "reset", missing, "--topic", topic},
          "kfk: group reset: --to needs a target: earliest");
    usage({"group", "list", "--state", "running"}, "kfk: --state: unknown group state 'running'");
    usage({"group", "list", "--lag-above", "-1"},
          "kfk: --lag-above: '-1' is negative (a message count of at least 0 or a duration");

    const auto no_topic = kfk_on_cluster(
        {"group", "reset", missing, "--topic", unique_name("grp-none"), "--to", "earliest"});
    CHECK(no_topic.exit_code == 3);
    CHECK(no_topic.err.find("does not exist") != std::string::npos);
    const auto no_partition =
        kfk_on_cluster({"group", "reset", missing, "--topic", topic + ":5", "--to", "earliest"});
    CHECK(no_partition.exit_code == 3);
    CHECK(no_partition.err.find("partition 5 does not exist in " + topic + " (it has 2)") !=
          std::string::npos);

    // delete: missing is 3, --if-exists makes it 0; one of two failing is 5.
    const auto gone = kfk_on_cluster({"group", "delete", missing});
    CHECK(gone.exit_code == 3);
    CHECK(gone.err.find("kfk: delete group " + missing + ": ") == 0);
    const json if_exists = kfk_json({"group", "delete", missing, "--if-exists"});
    CHECK(if_exists["results"][0]["status"] == "missing");
    CHECK(if_exists["results"][0]["exit_code"] == 0);

    const std::string empty = unique_name("grp-empty");
    REQUIRE(reset(empty, topic, "earliest").exit_code == 0);  // an offsets-only group
    const auto partial = kfk_on_cluster({"-o", "json", "group", "delete", empty, missing});
    CHECK(partial.exit_code == 5);
    const json rows = json::parse(partial.out)["results"];
    REQUIRE(rows.size() == 2);
    for (const json& row : rows) {
        CHECK(row["status"] == (row["name"] == empty ? "deleted" : "missing"));
    }
    CHECK(kfk_on_cluster({"group", "lag", empty}).exit_code == 3);
}
