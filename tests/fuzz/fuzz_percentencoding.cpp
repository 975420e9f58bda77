// Checks the percent-encoder on arbitrary bytes: the output uses only unreserved characters and
// "%XX" with uppercase hex, and decoding it gives the input back.

#include "core/percentencoding.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray encoded = tba::percentEncode(input);
    for (const char c : encoded) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                             c == '~' || c == '%';
        if (!allowed)
            std::abort();
    }
    if (tba::formDecode(encoded) != input)
        std::abort();
    // Decoding arbitrary input must not crash, and never grows it.
    if (tba::formDecode(input).size() > input.size())
        std::abort();
    return 0;
}
