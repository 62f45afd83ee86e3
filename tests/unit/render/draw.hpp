#pragma once
// Renders any value kfk can render into a string, for the renderer tests.

#include <sstream>
#include <string>

#include "kfk/render/output_format.hpp"

namespace kfk::test {

template <class T>
std::string draw(const T& value, kfk::OutputFormat format = kfk::OutputFormat::table) {
    std::ostringstream out;
    kfk::RenderOptions options;
    options.format = format;
    render(value, options, out);  // found by ADL next to the value's type
    return out.str();
}

}  // namespace kfk::test
