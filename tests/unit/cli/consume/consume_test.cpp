// kfk consume: argv -> options.

#include "../parse_support.hpp"
#include "../run_support.hpp"

using namespace kfk::test;

TEST_CASE("consume: topics, group, partitions, start, count, format") {
    const Words path{"consume"};
    const Words args{"consume", "a",      "b",         "-g", "g1", "-p", "0",  "-p",
                     "2",       "--from", "beginning", "-n", "10", "-e", "-f", "%k %s\\n"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<std::string>(args, path, "--group") == "g1");
    CHECK(option_of<std::vector<int>>(args, path, "--partition") == std::vector<int>{0, 2});
    CHECK(option_of<std::string>(args, path, "--from") == "beginning");
    CHECK(option_of<long long>(args, path, "--count") == 10);
    CHECK(option_of<bool>(args, path, "--exit"));
    CHECK(option_of<std::string>(args, path, "--format") == "%k %s\\n");
    CHECK(option_of<bool>({"consume", "a", "--print-key", "--print-headers"}, path, "--print-key"));
    CHECK(refused({"consume"}));
    CHECK(refused({"consume", "a", "-n", "0"}));
    CHECK(refused({"consume", "a", "-p", "-1"}));
}

TEST_CASE("consume: --until takes --from's grammar, checked when run") {
    const Words path{"consume"};
    CHECK(option_of<std::string>({"consume", "a", "--until", "@-5m", "-e"}, path, "--until") ==
          "@-5m");
}

TEST_CASE("consume: --until before --from (two offsets or two times) is a usage error") {
    // Refused before connecting: the cluster named does not exist.
    const Words cluster{"-b", "127.0.0.1:1", "--timeout", "1s"};
    auto with_cluster = [&](Words args) {
        args.insert(args.begin(), cluster.begin(), cluster.end());
        return run(args);
    };
    const auto times = with_cluster({"consume", "a", "--from", "@-1m", "--until", "@-5m"});
    CHECK(times.code == 2);
    CHECK(times.err == "kfk: --until @-5m: is before --from @-1m\n");
    const auto offsets = with_cluster({"consume", "a", "--from", "10", "--until", "5"});
    CHECK(offsets.code == 2);
    CHECK(offsets.err == "kfk: --until 5: is before --from 10\n");
    // Different kinds are only ordered per partition, once read: not refused here.
    CHECK(with_cluster({"consume", "a", "--from", "10", "--until", "@-5m"}).code == 6);
}

TEST_CASE("consume: --key, --key-encoding, --grep, --key-grep, --header, --tail") {
    const Words path{"consume"};
    const Words args{"consume",    "a",        "--key",          "k1",       "--key",  "k2",
                     "--header",   "env=prod", "--header",       "trace=^x", "--grep", "ERR",
                     "--key-grep", "^u",       "--key-encoding", "base64",   "--tail", "5"};
    CHECK(option_of<Words>(args, path, "--key") == Words{"k1", "k2"});
    CHECK(option_of<Words>(args, path, "--header") == Words{"env=prod", "trace=^x"});
    CHECK(option_of<std::string>(args, path, "--grep") == "ERR");
    CHECK(option_of<std::string>(args, path, "--key-grep") == "^u");
    CHECK(option_of<std::string>(args, path, "--key-encoding") == "base64");
    CHECK(option_of<long long>(args, path, "--tail") == 5);
    CHECK(refused({"consume", "a", "--tail", "0"}));
    CHECK(refused({"consume", "a", "--key-encoding", "hex"}));
    // One value each: the topic after --key stays a topic.
    CHECK(option_of<Words>({"consume", "--key", "k", "a"}, path, "topics") == Words{"a"});
}
