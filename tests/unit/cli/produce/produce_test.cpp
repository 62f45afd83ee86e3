// kfk produce: argv -> options.

#include "../parse_support.hpp"
#include "../run_support.hpp"

using namespace kfk::test;

TEST_CASE("produce: partition, keys, headers, input, delivery flags") {
    const Words path{"produce"};
    const Words args{
        "produce",       "t",    "-p",     "1",  "-K", ":",        "-H",     "a=1",    "-H",
        "a=2",           "-f",   "in",     "-D", ";",  "--strict", "--sync", "--acks", "1",
        "--compression", "zstd", "--rate", "5"};
    CHECK(option_of<std::string>(args, path, "topic") == "t");
    CHECK(option_of<int>(args, path, "--partition") == 1);
    CHECK(option_of<std::string>(args, path, "--key-delimiter") == ":");
    CHECK(option_of<Words>(args, path, "--header") == Words{"a=1", "a=2"});
    CHECK(option_of<std::string>(args, path, "--file") == "in");
    CHECK(option_of<std::string>(args, path, "--delimiter") == ";");
    CHECK(option_of<bool>(args, path, "--strict"));
    CHECK(option_of<bool>(args, path, "--sync"));
    CHECK(option_of<std::string>(args, path, "--acks") == "1");
    CHECK(option_of<std::string>(args, path, "--compression") == "zstd");
    CHECK(option_of<int>(args, path, "--rate") == 5);
    CHECK(option_of<std::string>({"produce", "t", "-k", "key", "--input", "json"}, path,
                                 "--input") == "json");
    CHECK(refused({"produce"}));
    CHECK(refused({"produce", "t", "--acks", "2"}));
    CHECK(refused({"produce", "t", "--compression", "brotli"}));
    CHECK(refused({"produce", "t", "--input", "xml"}));
    CHECK(refused({"produce", "t", "-H", "novalue"}));
}

TEST_CASE("produce -o: refused, as produce prints no results to shape") {
    for (const char* format : {"json", "table"}) {
        const auto r = run({"-b", "127.0.0.1:1", "-o", format, "produce", "t"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err ==
              "kfk: produce: -o has nothing to format: the summary goes to stderr (drop -o; -q "
              "silences the summary)\n");
    }
}
