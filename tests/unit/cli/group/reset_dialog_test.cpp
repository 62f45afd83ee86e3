// kfk group reset: what is said and asked around the commit (no cluster: a plan by hand).

#include "group/reset_dialog.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

using kfk::cli::ResetDialog;

kfk::ResetPlan plan_for(bool exists) {
    kfk::ResetPlan plan{"billing", {kfk::ResetTarget::Kind::earliest, 0}, {{"orders", 0, 10, 0}}};
    plan.group_exists = exists;
    return plan;
}

const std::string table =
    "TOPIC   PARTITION  CURRENT  NEW  CHANGE\n"
    "orders          0       10    0     -10\n";

struct Terminal {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    explicit Terminal(const std::string& answer, bool tty = true) : in(answer) {
        streams.in_is_tty = tty;
        streams.out_is_tty = tty;
        streams.err_is_tty = tty;
    }
};

}  // namespace

TEST_CASE("group reset on a terminal: the plan once, then one committed line after y") {
    Terminal t("y\n");
    kfk::ResetPlan plan = plan_for(true);
    ResetDialog dialog;
    REQUIRE(kfk::cli::confirm_reset(plan, dialog, {}, t.streams));
    plan.executed = true;
    kfk::cli::report_reset(plan, dialog, {}, t.streams);
    CHECK(t.err.str() == table + "Commit these offsets for group billing? [y/N] ");
    CHECK(t.out.str() == "committed offsets of 1 partition for group billing\n");
}

TEST_CASE("group reset on a terminal: a group that does not exist is named in the question") {
    Terminal t("n\n");
    ResetDialog dialog;
    CHECK_FALSE(kfk::cli::confirm_reset(plan_for(false), dialog, {}, t.streams));
    CHECK(t.err.str() ==
          table + "Group billing does not exist. Create it with these offsets? [y/N] ");
    CHECK(t.out.str().empty());

    Terminal yes("y\n");
    kfk::ResetPlan plan = plan_for(false);
    ResetDialog created;
    REQUIRE(kfk::cli::confirm_reset(plan, created, {}, yes.streams));
    plan.executed = true;
    kfk::cli::report_reset(plan, created, {}, yes.streams);
    CHECK(yes.out.str() == "committed offsets of 1 partition for group billing (created)\n");
}

TEST_CASE("group reset off a terminal: no question, the result on stdout, a new group said") {
    Terminal t("", false);
    kfk::ResetPlan plan = plan_for(false);
    ResetDialog dialog;
    REQUIRE(kfk::cli::confirm_reset(plan, dialog, {}, t.streams));
    plan.executed = true;
    kfk::cli::report_reset(plan, dialog, {}, t.streams);
    CHECK(t.out.str() == table);
    CHECK(t.err.str() ==
          "kfk: group reset: group billing did not exist; created it with these offsets\n");

    Terminal quiet("", false);
    ResetDialog q{false, true};
    kfk::cli::report_reset(plan, q, {}, quiet.streams);
    CHECK(quiet.err.str().empty());

    Terminal existing("", false);
    kfk::cli::report_reset(plan_for(true), dialog, {}, existing.streams);
    CHECK(existing.err.str().empty());
}

TEST_CASE("group reset: --yes on a terminal asks nothing and prints the result") {
    Terminal t("");
    kfk::ResetPlan plan = plan_for(true);
    ResetDialog dialog{true, false};
    REQUIRE(kfk::cli::confirm_reset(plan, dialog, {}, t.streams));
    kfk::cli::report_reset(plan, dialog, {}, t.streams);
    CHECK(t.err.str().empty());
    CHECK(t.out.str() == table);
}

TEST_CASE("group reset plan only: a group that does not exist is said") {
    Terminal t("", false);
    kfk::cli::note_plan_only(plan_for(false), {}, t.streams);
    CHECK(t.err.str() ==
          "kfk: group reset: group billing does not exist; --execute would create it with "
          "these offsets\n"
          "kfk: group reset: plan only, nothing changed (add --execute to commit it)\n");
    Terminal existing("", false);
    kfk::cli::note_plan_only(plan_for(true), {}, existing.streams);
    CHECK(existing.err.str() ==
          "kfk: group reset: plan only, nothing changed (add --execute to commit it)\n");
}
