#include "kfk/render/table.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace kfk {

namespace {

constexpr std::string_view bold = "\033[1m";
constexpr std::string_view reset = "\033[0m";
constexpr std::size_t gap = 2;  // blanks between columns

// Display width: counts UTF-8 code points, not bytes, so names with accents align.
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void print_row(std::ostream& out, const std::vector<Column>& columns,
               const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::size_t pad = widths[i] - display_width(cells[i]);
        const bool last = i + 1 == cells.size();
        if (columns[i].align == Align::right) {
            line.append(pad, ' ');
            line += cells[i];
        } else {
            line += cells[i];
            line.append(pad, ' ');
        }
        if (!last) line.append(gap, ' ');
    }
    // Empty trailing cells would leave blanks at the end of the line.
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
}

}  // namespace

Table::Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

void Table::add_row(std::vector<std::string> cells) {
    if (cells.size() != columns_.size()) {
        throw std::logic_error("table row has " + std::to_string(cells.size()) + " cells for " +
                               std::to_string(columns_.size()) + " columns");
    }
    rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out, const RenderOptions& options) const {
    std::vector<std::size_t> widths(columns_.size(), 0);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (options.headers) widths[i] = display_width(columns_[i].header);
        for (const auto& row : rows_) widths[i] = std::max(widths[i], display_width(row[i]));
    }
    if (options.headers) {
        std::vector<std::string> header;
        for (const Column& c : columns_) header.push_back(c.header);
        if (options.color) out << bold;
        // Colour codes wrap the whole line so they do not disturb the padding.
        std::ostringstream plain;
        print_row(plain, columns_, header, widths);
        std::string text = plain.str();
        text.pop_back();
        out << text;
        if (options.color) out << reset;
        out << '\n';
    }
    for (const auto& row : rows_) print_row(out, columns_, row, widths);
}

void print_fields(std::ostream& out,
                  const std::vector<std::pair<std::string, std::string>>& fields) {
    std::size_t width = 0;
    for (const auto& [label, value] : fields) width = std::max(width, display_width(label) + 1);
    for (const auto& [label, value] : fields) {
        out << label << ':' << std::string(width - display_width(label) - 1 + gap, ' ') << value
            << '\n';
    }
}

}  // namespace kfk
