#include "kfk/topic/replica_assignment.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using kfk::parse_replica_assignment;
using kfk::ReplicaAssignment;

TEST_CASE("replica assignments parse partition by partition") {
    CHECK(parse_replica_assignment("0:1:2,1:2:0") == ReplicaAssignment{{0, 1, 2}, {1, 2, 0}});
    CHECK(parse_replica_assignment("3") == ReplicaAssignment{{3}});
    CHECK(parse_replica_assignment("1,2,3") == ReplicaAssignment{{1}, {2}, {3}});
}

TEST_CASE("malformed replica assignments are usage errors") {
    for (const char* bad :
         {"", ",", "1:", ":1", "1:a", "1:-2", "1:1", "1:2,3", "1:2,,2:1", "1;2", "99999999999"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_replica_assignment(bad), kfk::Error);
    }
}

TEST_CASE("the error says what is wrong") {
    try {
        parse_replica_assignment("1:2,3");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line().find("partition 1 has 1 replicas, partition 0 has 2") != std::string::npos);
    }
}
