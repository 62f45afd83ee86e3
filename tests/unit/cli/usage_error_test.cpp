// Mistyped commands and flags: which word is unknown, where, and what was meant.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run_support.hpp"
#include "suggest.hpp"

using kfk::test::Captured;
using kfk::test::run;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
    using kfk::cli::edit_distance;
    CHECK(edit_distance("topic", "topic") == 0);
    CHECK(edit_distance("topc", "topic") == 1);
    CHECK(edit_distance("tpoic", "topic") == 1);
    CHECK(edit_distance("patern", "pattern") == 1);
    CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("a suggestion only for a plausible typo") {
    const std::vector<std::string> nouns{"topic", "partitions", "group", "consume"};
    CHECK(kfk::cli::closest("topc", nouns) == "topic");
    CHECK(kfk::cli::closest("topics", nouns) == "topic");
    CHECK(kfk::cli::closest("grup", nouns) == "group");
    CHECK_FALSE(kfk::cli::closest("consumer-groups", nouns).has_value());
    CHECK_FALSE(kfk::cli::closest("xyz", nouns).has_value());
}

TEST_CASE("a mistyped command is unknown, with a suggestion") {
    auto c = run({"topc", "list"});
    CHECK(c.code == 2);
    CHECK(c.err == "kfk: unknown command 'topc'; did you mean 'topic'? (see 'kfk --help')\n");
    c = run({"topics", "list"});
    CHECK(c.err == "kfk: unknown command 'topics'; did you mean 'topic'? (see 'kfk --help')\n");
    c = run({"consumer-groups"});
    CHECK(c.err == "kfk: unknown command 'consumer-groups' (see 'kfk --help')\n");
    c = run({"topic", "lst"});
    CHECK(c.code == 2);
    CHECK(c.err ==
          "kfk: topic: unknown command 'lst'; did you mean 'list'? (see 'kfk topic --help')\n");
}

TEST_CASE("a mistyped flag is named as typed, with a suggestion") {
    auto c = run({"topic", "list", "--patern", "x"});
    CHECK(c.code == 2);
    CHECK(c.err ==
          "kfk: topic list: unknown flag '--patern'; did you mean '--pattern'? "
          "(see 'kfk topic list --help')\n");
    c = run({"topic", "list", "--timout=5s"});
    CHECK(c.err ==
          "kfk: topic list: unknown flag '--timout'; did you mean '--timeout'? "
          "(see 'kfk topic list --help')\n");
    c = run({"topic", "list", "x"});
    CHECK(c.err == "kfk: topic list: unexpected argument 'x' (see 'kfk topic list --help')\n");
}

TEST_CASE("an unknown flag before the command is not blamed on the command") {
    auto c = run({"--bogus", "topic", "list"});
    CHECK(c.code == 2);
    CHECK(c.err == "kfk: unknown flag '--bogus' (see 'kfk --help')\n");
}

TEST_CASE("known words with values, combined short flags and -- are not flagged") {
    // These fail later for other reasons (no such option value, missing topic) or parse;
    // none may be called unknown.
    for (const auto& args : {std::vector<std::string>{"-vv", "-b", "h:1", "topic", "lst"},
                             std::vector<std::string>{"consume", "-p0", "-n", "1", "--nope"}}) {
        const auto c = run(args);
        CHECK(c.code == 2);
        CHECK(c.err.find("unknown") != std::string::npos);
        CHECK(c.err.find("'-vv'") == std::string::npos);
        CHECK(c.err.find("'-p0'") == std::string::npos);
    }
}

TEST_CASE("kfk help <command> is kfk <command> --help") {
    const auto help = run({"help", "topic", "list"});
    const auto flag = run({"topic", "list", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out == flag.out);
    CHECK(help.out.find("--pattern") != std::string::npos);
    const auto bad = run({"help", "topc"});
    CHECK(bad.code == 2);
    CHECK(bad.err == "kfk: unknown command 'topc'; did you mean 'topic'? (see 'kfk --help')\n");
    CHECK(run({"help"}).out == run({"--help"}).out);
}

TEST_CASE("a command's help points to the global options") {
    const auto help = run({"topic", "list", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("Global options (-b/--brokers") != std::string::npos);
    CHECK(help.out.find("see 'kfk --help'") != std::string::npos);
}

TEST_CASE("produce --help shows --acks without CLI11's set notation") {
    const auto help = run({"produce", "--help"});
    CHECK(help.out.find("--acks all|1|0 ") != std::string::npos);
    CHECK(help.out.find("{all,-1,1,0}") == std::string::npos);
}

TEST_CASE("a flag before an option's value does not turn that value into a stray word") {
    // --allow takes no value: --principal's value must not be read as an argument.
    const auto c = run({"acl", "create", "--allow", "--principal", "User:bob", "--operation",
                        "read", "--topic", "t", "--pattern-type", "foo"});
    CHECK(c.code == 2);
    CHECK(c.err ==
          "kfk: acl create: --pattern-type: foo not in {literal,prefixed} (see 'kfk acl create "
          "--help')\n");
    const auto listed = run({"acl", "list", "--deny", "--principal", "User:bob", "--nope"});
    CHECK(listed.code == 2);
    CHECK(listed.err.find("unknown flag '--nope'") != std::string::npos);
}
