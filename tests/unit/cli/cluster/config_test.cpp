// kfk cluster config: argv -> options, and the changes it refuses before it connects.

#include <sstream>

#include "../parse_support.hpp"

using namespace kfk::test;

namespace {

// Runs kfk against an unreachable broker: a refusal must come before any request.
struct Run {
    int code = 0;
    std::string out, err;
};
Run run_offline(const Words& args) {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    Words all{"-b", "127.0.0.1:1", "--timeout", "100ms"};
    all.insert(all.end(), args.begin(), args.end());
    const int code = kfk::cli::run(all, streams);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("cluster config: --broker, repeated --set and --delete, --dry-run") {
    const Words path{"cluster", "config"};
    const Words args{"cluster", "config", "--broker", "2", "--set",    "a=1",
                     "--set",   "b=2",    "--delete", "c", "--dry-run"};
    CHECK(option_of<int>(args, path, "--broker") == 2);
    CHECK(option_of<Words>(args, path, "--set") == Words{"a=1", "b=2"});
    CHECK(option_of<Words>(args, path, "--delete") == Words{"c"});
    CHECK(option_of<bool>(args, path, "--dry-run"));
    CHECK(refused({"cluster", "config", "--broker", "1", "--set", "novalue"}));
    CHECK(refused({"cluster", "config", "--broker", "-1"}));
}

TEST_CASE("cluster config refuses the cluster-wide default before it connects") {
    const Run r = run_offline({"cluster", "config", "--set", "message.max.bytes=2000000"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("cannot change the cluster-wide default broker config") != std::string::npos);
    CHECK(r.err.find("kafka-configs.sh --entity-type brokers --entity-default --alter") !=
          std::string::npos);
}

TEST_CASE("cluster config refuses --all with a change, and a contradiction, before it connects") {
    for (const Words& args :
         {Words{"cluster", "config", "--broker", "1", "--all", "--set", "a=1"},
          Words{"cluster", "config", "--broker", "1", "--delete", "a", "--all"}}) {
        const Run r = run_offline(args);
        CHECK(r.code == 2);
        CHECK(r.err.find("--all chooses what is shown") != std::string::npos);
    }
    const Run contra =
        run_offline({"cluster", "config", "--broker", "1", "--set", "a=1", "--delete", "a"});
    CHECK(contra.code == 2);
    CHECK(contra.err ==
          "kfk: cluster config: --set and --delete of the same key a (nothing was changed; use "
          "one of them)\n");
}
