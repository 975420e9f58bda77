#pragma once

#include <QByteArray>
#include <QString>

namespace tba {

enum class HmacDigest { Sha256, Sha1 };

/// Outcome of an HMAC computation: the raw digest, or the OpenSSL error that stopped it.
struct HmacResult
{
    QByteArray digest;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Computes HMAC over `data` with OpenSSL 3's EVP_MAC API, checking every return code.
/// The key is not copied; intermediate buffers are wiped.
HmacResult computeHmac(HmacDigest digest, const QByteArray &key, const QByteArray &data);

} // namespace tba
