#include "core/percentencoding.h"

namespace tba {
namespace {

constexpr bool isUnreservedByte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

struct UnreservedTable
{
    bool entries[256] = {};
    constexpr UnreservedTable()
    {
        for (int i = 0; i < 256; ++i)
            entries[i] = isUnreservedByte(static_cast<unsigned char>(i));
    }
};

constexpr UnreservedTable unreservedTable;

bool isUnreserved(char c)
{
    return unreservedTable.entries[static_cast<unsigned char>(c)];
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray percentEncode(const QByteArray &utf8)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    // Writes through a raw pointer into a buffer sized for the worst case: signing encodes every
    // parameter twice, and append() per character made this the signer's hottest function.
    QByteArray out(utf8.size() * 3, Qt::Uninitialized);
    char *cursor = out.data();
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            *cursor++ = c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        *cursor++ = '%';
        *cursor++ = hexDigits[byte >> 4];
        *cursor++ = hexDigits[byte & 0x0F];
    }
    out.truncate(cursor - out.constData());
    return out;
}

QByteArray formDecode(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '+') {
            out.append(' ');
            continue;
        }
        if (c == '%' && i + 2 < encoded.size()) {
            const int high = hexValue(encoded.at(i + 1));
            const int low = hexValue(encoded.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>((high << 4) | low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace tba
