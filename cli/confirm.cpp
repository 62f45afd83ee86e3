#include "confirm.hpp"

namespace kfk::cli {

bool ask_yes_no(const std::string& question, Streams& streams) {
    streams.err << question << " [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(streams.in, answer)) return false;
    return answer == "y" || answer == "Y" || answer == "yes";
}

}  // namespace kfk::cli
