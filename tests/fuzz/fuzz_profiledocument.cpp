// Feeds arbitrary bytes to the import parser of profile files. A rejected file must come with an
// error message. An accepted one must pass the profile checks, and writing it out and parsing it
// again must give the same profile and encrypted secrets.

#include "core/export/profiledocument.h"
#include "core/profiles/profilestore.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<tba::ProfileDocument> document =
        tba::ProfileDocumentFormat::parse(input, &error);
    if (!document) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (!tba::ProfileStore::validate(document->profile).ok())
        std::abort();
    const std::optional<tba::ProfileDocument> again =
        tba::ProfileDocumentFormat::parse(tba::ProfileDocumentFormat::serialize(*document), &error);
    if (!again || !(again->profile == document->profile) ||
        again->secrets.has_value() != document->secrets.has_value())
        std::abort();
    if (again->secrets && (again->secrets->ciphertext != document->secrets->ciphertext ||
                           again->secrets->salt != document->secrets->salt ||
                           again->secrets->scryptLog2N != document->secrets->scryptLog2N))
        std::abort();
    return 0;
}
