// kfk group reset: argv -> options.

#include <sstream>

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group reset: group, --topic T[:P,...], --to, --execute, --yes") {
    const Words path{"group", "reset"};
    const Words args{"group", "reset",    "g",         "--topic", "t:0,1",
                     "--to",  "earliest", "--execute", "-y"};
    CHECK(option_of<std::string>(args, path, "group") == "g");
    CHECK(option_of<Words>(args, path, "--topic") == Words{"t:0,1"});
    CHECK(option_of<std::string>(args, path, "--to") == "earliest");
    CHECK(option_of<bool>(args, path, "--execute"));
    CHECK(option_of<bool>(args, path, "--yes"));
}

// --from-file replaces --topic and --to, so their pairing is checked when the command
// runs (before it connects), not by the parser.
TEST_CASE("group reset: --topic without --to, or --to without --topic, is a usage error") {
    const std::string no_target =
        "kfk: group reset: --to needs a target: earliest, latest, OFFSET, @TIMESTAMP, "
        "@-DURATION or shift:+N/shift:-N\n";
    for (const auto& [args, expected] :
         {std::pair{Words{"group", "reset", "g", "--to", "earliest"},
                    std::string("kfk: group reset: --to needs --topic\n")},
          std::pair{Words{"group", "reset", "g", "--topic", "t"}, no_target},
          std::pair{Words{"group", "reset", "g", "--topic", "t", "--to", ""}, no_target}}) {
        std::istringstream in;
        std::ostringstream out, err;
        kfk::cli::Streams streams{in, out, err};
        Words with_cluster{"-b", "127.0.0.1:1", "--timeout", "1s"};
        with_cluster.insert(with_cluster.end(), args.begin(), args.end());
        CHECK(kfk::cli::run(with_cluster, streams) == 2);
        CHECK(err.str() == expected);
    }
}
