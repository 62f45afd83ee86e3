// produce --input json lines. A line either decodes or names its fault; a decoded
// record encodes (as consume -o jsonl writes it) and decodes back to the same record.
#include "fuzz_target.hpp"
#include "kfk/codec/record_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kfk::Record record;
    if (kfk::decode_record_json(kfk::fuzz::as_text(data, size), record))
        return 0;  // rejected, with a reason
    const std::string encoded = kfk::encode_record_json(record);
    kfk::Record again;
    if (kfk::decode_record_json(encoded, again))
        __builtin_trap();  // what kfk writes must read back
    if (!(again == record)) __builtin_trap();
    return 0;
}
