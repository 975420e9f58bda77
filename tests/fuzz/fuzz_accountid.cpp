// Feeds arbitrary text to the account ID parser. A parsed ID must round-trip through its realm and
// its host label, and a rejected one must come with an error message.

#include "core/accountid.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<tba::AccountId> id = tba::AccountId::parse(input, &error);
    if (!id) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const std::optional<tba::AccountId> fromRealm = tba::AccountId::parse(id->realm());
    const std::optional<tba::AccountId> fromLabel = tba::AccountId::parse(id->hostLabel());
    if (!fromRealm || !(*fromRealm == *id) || !fromLabel || !(*fromLabel == *id))
        std::abort();
    if (!id->restBaseUrl().isValid() || id->realm() != id->realm().toUpper())
        std::abort();
    return 0;
}
