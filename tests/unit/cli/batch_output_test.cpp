// How batch commands report: rows on stdout, one stderr line per failed item, except
// that a table on a terminal already shows each reason once.

#include "batch_output.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

const std::vector<kfk::ItemResult> items{
    {"orders", "created", kfk::ExitCode::ok, ""},
    {"payments", "failed", kfk::ExitCode::kafka_error, "Broker: Policy violation"},
};

struct Run {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
};

}  // namespace

TEST_CASE("batch report off a terminal: a stderr line per failed item") {
    Run r;
    CHECK(kfk::cli::report_batch(items, {}, "create topic", r.streams) ==
          kfk::ExitCode::partial_failure);
    CHECK(r.out.str().find("Broker: Policy violation") != std::string::npos);
    CHECK(r.err.str() == "kfk: create topic payments: Broker: Policy violation\n");
}

TEST_CASE("batch report on a terminal: the table's message is not repeated on stderr") {
    Run r;
    r.streams.out_is_tty = true;
    r.streams.err_is_tty = true;
    CHECK(kfk::cli::report_batch(items, {}, "create topic", r.streams) ==
          kfk::ExitCode::partial_failure);
    CHECK(r.out.str().find("Broker: Policy violation") != std::string::npos);
    CHECK(r.err.str().empty());

    // stdout redirected (or JSON): the stderr line stays, the reason is not on screen.
    Run piped;
    piped.streams.err_is_tty = true;
    kfk::cli::report_batch(items, {}, "create topic", piped.streams);
    CHECK(piped.err.str() == "kfk: create topic payments: Broker: Policy violation\n");
    Run json;
    json.streams.out_is_tty = true;
    json.streams.err_is_tty = true;
    kfk::cli::report_batch(items, {kfk::OutputFormat::json}, "create topic", json.streams);
    CHECK(json.err.str() == "kfk: create topic payments: Broker: Policy violation\n");
}
