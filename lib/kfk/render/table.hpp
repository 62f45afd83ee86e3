#pragma once
// Aligned text tables: a header row, columns padded to their widest cell, numbers
// right-aligned, no trailing blanks. Knows nothing about Kafka.

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "kfk/render/output_format.hpp"

namespace kfk {

enum class Align { left, right };

struct Column {
    std::string header;
    Align align = Align::left;
};

class Table {
public:
    explicit Table(std::vector<Column> columns);

    // `cells` must have one entry per column.
    void add_row(std::vector<std::string> cells);
    bool empty() const { return rows_.empty(); }

    void print(std::ostream& out, const RenderOptions& options) const;

private:
    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;
};

// "Label:  value" lines with the values aligned, for the summary above a table.
void print_fields(std::ostream& out,
                  const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace kfk
