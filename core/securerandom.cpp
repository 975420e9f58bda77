#include "core/securerandom.h"

#include "core/logging.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace tba {

std::optional<QByteArray> randomBytes(int length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    if (length > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), length) != 1) {
        qCWarning(lcSigning) << "RAND_bytes failed:" << lastOpenSslError();
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> randomAlphanumeric(int length)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    // 248 is the largest multiple of 62 below 256: bytes at or above it are drawn again, so every
    // character is equally likely.
    constexpr int acceptBelow = 256 - (256 % alphabetSize);
    // Each thread draws random bytes in batches: one RAND_bytes call costs as much as the rest of
    // a signature, and nonces are public, so buffering them is harmless.
    constexpr int batchSize = 4096;
    thread_local QByteArray pool;
    thread_local qsizetype used = 0;

    QByteArray out(length, Qt::Uninitialized);
    qsizetype written = 0;
    while (written < length) {
        if (used >= pool.size()) {
            std::optional<QByteArray> batch = randomBytes(batchSize);
            if (!batch)
                return std::nullopt;
            pool = std::move(*batch);
            used = 0;
        }
        const auto byte = static_cast<unsigned char>(pool.at(used++));
        if (byte < acceptBelow)
            out[written++] = alphabet[byte % alphabetSize];
    }
    return out;
}

void wipe(QByteArray &buffer)
{
    if (buffer.isEmpty())
        return;
    buffer.detach();
    OPENSSL_cleanse(buffer.data(), static_cast<size_t>(buffer.size()));
    buffer.clear();
}

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no OpenSSL error recorded");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof(text));
    return QString::fromLatin1(text);
}

} // namespace tba
