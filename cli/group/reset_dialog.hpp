#pragma once
// What `kfk group reset` says around the commit: a group that does not exist yet (the
// commit creates it, so a mistyped name is said, not silently made), the question on a
// terminal, and the result once (not the plan a second time after "y").

#include "kfk/group/reset_plan.hpp"
#include "kfk/render/output_format.hpp"
#include "streams.hpp"

namespace kfk::cli {

struct ResetDialog {
    bool yes = false;    // --yes: never ask
    bool quiet = false;  // -q: no notes on stderr (the question is still asked)
    bool asked = false;  // set by confirm_reset when the plan was shown and confirmed
};

// Without --execute: the note after the plan ("plan only"), and that the group does not
// exist yet when so.
void note_plan_only(const ResetPlan& plan, const ResetDialog& dialog, Streams& streams);

// Before --execute commits. On a terminal (stdin) without --yes, shows the plan on stderr
// and asks, naming a group that does not exist ("create it?"); false when declined.
// The plan is drawn as a table whatever -o says (`render`'s headers and colour).
bool confirm_reset(const ResetPlan& plan, ResetDialog& dialog, const RenderOptions& render,
                   Streams& streams);

// After the commit (`plan.executed`): the plan on stdout, except when it was just shown
// on the terminal stdout is on, where one "committed" line replaces the same table
// again; and a note when the commit created the group.
void report_reset(const ResetPlan& plan, const ResetDialog& dialog, const RenderOptions& render,
                  Streams& streams);

}  // namespace kfk::cli
