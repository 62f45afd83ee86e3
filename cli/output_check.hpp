#pragma once
// What a failed write to stdout means (DESIGN.md, exit codes): the reader left (EPIPE,
// `kfk ... | head`) ends quietly; any other failure, a full disk for one, is exit 1.

#include "streams.hpp"

namespace kfk::cli {

enum class OutputState { written, reader_left };

// Flushes `streams.out`; throws an I/O Error (exit 1) naming the cause of a failed write
// other than EPIPE.
OutputState check_output(Streams& streams);

}  // namespace kfk::cli
