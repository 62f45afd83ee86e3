#pragma once

#include <string>
#include <string_view>

namespace kfk {

std::string_view version();        // kfk's own, from CMake's project(VERSION)
std::string librdkafka_version();  // of the library loaded at run time

}  // namespace kfk
