#include "group/reset_dialog.hpp"

#include "confirm.hpp"
#include "kfk/render/group_render.hpp"

namespace kfk::cli {

namespace {

std::string partitions_text(const ResetPlan& plan) {
    const std::size_t n = plan.partitions.size();
    return std::to_string(n) + " partition" + (n == 1 ? "" : "s");
}

}  // namespace

void note_plan_only(const ResetPlan& plan, const ResetDialog& dialog, Streams& streams) {
    if (dialog.quiet) return;
    if (!plan.group_exists) {
        streams.err << "kfk: group reset: group " << plan.group
                    << " does not exist; --execute would create it with these offsets\n";
    }
    streams.err << "kfk: group reset: plan only, nothing changed (add --execute to commit it)\n";
}

bool confirm_reset(const ResetPlan& plan, ResetDialog& dialog, const RenderOptions& render_opts,
                   Streams& streams) {
    if (!streams.in_is_tty || dialog.yes) return true;
    RenderOptions table = render_opts;
    table.format = OutputFormat::table;
    render(plan, table, streams.err);
    const std::string question =
        plan.group_exists
            ? "Commit these offsets for group " + plan.group + "?"
            : "Group " + plan.group + " does not exist. Create it with these offsets?";
    dialog.asked = ask_yes_no(question, streams);
    return dialog.asked;
}

void report_reset(const ResetPlan& plan, const ResetDialog& dialog,
                  const RenderOptions& render_opts, Streams& streams) {
    if (dialog.asked && streams.out_is_tty && render_opts.format == OutputFormat::table) {
        streams.out << "committed offsets of " << partitions_text(plan) << " for group "
                    << plan.group << (plan.group_exists ? "" : " (created)") << '\n';
        return;
    }
    render(plan, render_opts, streams.out);
    if (!plan.group_exists && !dialog.quiet && !dialog.asked) {
        streams.err << "kfk: group reset: group " << plan.group
                    << " did not exist; created it with these offsets\n";
    }
}

}  // namespace kfk::cli
