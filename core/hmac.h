#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace tba {

enum class HmacDigest
{
    Sha256,
    Sha1
};

/// Outcome of an HMAC computation: the raw digest, or the OpenSSL error that stopped it.
struct HmacResult
{
    QByteArray digest;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// An HMAC key prepared once with OpenSSL 3's EVP_MAC API and used for many messages. Each
/// compute() copies the keyed context, so the key's pads are hashed only once. Every OpenSSL
/// return code is checked. Safe to call compute() from several threads at once.
class HmacKey
{
public:
    /// Prepares `key` for `digest`. The caller may wipe `key` afterwards: OpenSSL keeps only the
    /// derived state, which it clears when this object is destroyed.
    HmacKey(HmacDigest digest, const QByteArray &key);
    ~HmacKey();
    HmacKey(const HmacKey &) = delete;
    HmacKey &operator=(const HmacKey &) = delete;

    /// Returns the error that stopped the key's preparation, or an empty string.
    QString error() const { return m_error; }

    HmacResult compute(const QByteArray &data) const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    QString m_error;
};

/// Computes one HMAC over `data`; a shortcut for HmacKey(digest, key).compute(data).
HmacResult computeHmac(HmacDigest digest, const QByteArray &key, const QByteArray &data);

} // namespace tba
