#include "batch_output.hpp"

#include "kfk/render/topic_render.hpp"

namespace kfk::cli {

ExitCode report_batch(const std::vector<ItemResult>& items, const RenderOptions& options,
                      const std::string& what, Streams& streams) {
    render(items, options, streams.out);
    streams.out.flush();
    const bool table_on_terminal =
        options.format == OutputFormat::table && streams.out_is_tty && streams.err_is_tty;
    if (table_on_terminal) return batch_exit_code(items);
    for (const ItemResult& item : items) {
        if (item.code != ExitCode::ok) {
            streams.err << "kfk: " << what << " " << item.name << ": " << item.message << '\n';
        }
    }
    return batch_exit_code(items);
}

}  // namespace kfk::cli
