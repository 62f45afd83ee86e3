// A timed-out admin request: exit 6, and for a change to the cluster the hint that the
// brokers may still carry it out (a create that timed out may have created the topic).

#include <doctest/doctest.h>

#include "kfk/client/admin_request.hpp"

TEST_CASE("a timed-out change may still happen, a timed-out read says nothing more") {
    const kfk::Error create =
        kfk::admin_timeout(RD_KAFKA_EVENT_CREATETOPICS_RESULT, "create topics", "no answer");
    CHECK(create.code() == kfk::ExitCode::timeout);
    CHECK(create.hint() == "the brokers may still carry it out: look before trying again");
    for (const rd_kafka_event_type_t change :
         {RD_KAFKA_EVENT_DELETETOPICS_RESULT, RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT,
          RD_KAFKA_EVENT_ALTERCONFIGS_RESULT, RD_KAFKA_EVENT_DELETERECORDS_RESULT,
          RD_KAFKA_EVENT_DELETEGROUPS_RESULT, RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT,
          RD_KAFKA_EVENT_CREATEACLS_RESULT, RD_KAFKA_EVENT_DELETEACLS_RESULT,
          RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT}) {
        CAPTURE(change);
        CHECK_FALSE(kfk::admin_timeout(change, "w", "x").hint().empty());
    }
    const kfk::Error read =
        kfk::admin_timeout(RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, "describe configs", "no answer");
    CHECK(read.code() == kfk::ExitCode::timeout);
    CHECK(read.hint().empty());
    CHECK(kfk::admin_timeout(RD_KAFKA_EVENT_DESCRIBEACLS_RESULT, "w", "x").hint().empty());
}
