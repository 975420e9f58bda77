#pragma once

#include "core/credentials.h"
#include "core/hmac.h"
#include "core/oauthbasestring.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace tba {

/// OAuth 1.0a signature methods. NetSuite accepts only HMAC-SHA256 since release 2023.1;
/// HMAC-SHA1 exists only so that the examples of RFC 5849 can be checked.
enum class SignatureMethod
{
    HmacSha256,
    HmacSha1
};

/// The result of signing one request. On failure `error` contains the reason and the rest is empty.
struct SignedRequest
{
    /// The value of the Authorization header, starting with "OAuth ".
    QByteArray authorization;
    /// The signature base string, for diagnosis. It contains the consumer key and token ID (as the
    /// header does) but no secret.
    QByteArray baseString;
    /// The Base64 signature, also present in the header.
    QByteArray signature;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Signs HTTP requests for NetSuite Token-Based Authentication (OAuth 1.0a, RFC 5849).
///
/// Only the URL's query and the oauth_* parameters are signed: the realm never is, and neither is
/// a JSON body, for which no oauth_body_hash is sent. The clock and the nonce source are injected
/// so that tests can reproduce a signature to the byte. A signer is immutable once built and may
/// be used from several threads.
class RequestSigner
{
    Q_DECLARE_TR_FUNCTIONS(tba::RequestSigner)

public:
    /// Returns the current time in seconds since the Unix epoch.
    using Clock = std::function<qint64()>;
    /// Returns a fresh nonce for each call, or nothing when no random data can be had.
    using NonceSource = std::function<std::optional<QByteArray>()>;

    static qint64 systemClock();
    /// Returns 24 characters from [A-Za-z0-9] drawn from OpenSSL's CSPRNG.
    static std::optional<QByteArray> randomNonce();

    /// Prepares the HMAC key from the two secrets; the signer keeps no copy of either secret.
    RequestSigner(const Credentials &credentials, QString realm, Clock clock = systemClock,
                  NonceSource nonceSource = randomNonce,
                  SignatureMethod method = SignatureMethod::HmacSha256);

    /// Signs a request for `httpMethod` (any case) and `url`, which must be the URL exactly as it
    /// is sent. The query parameters stay in the URL and are not repeated in the header.
    SignedRequest sign(const QByteArray &httpMethod, const QUrl &url) const;

    /// Computes the Base64 signature of `baseString` with the key built from the two secrets.
    /// The key buffer is wiped before returning.
    static SignedRequest signBaseString(SignatureMethod method, const QString &consumerSecret,
                                        const QString &tokenSecret, const QByteArray &baseString);

private:
    static std::shared_ptr<const HmacKey>
    makeKey(SignatureMethod method, const QString &consumerSecret, const QString &tokenSecret);
    static SignedRequest signWithKey(const HmacKey &key, const QByteArray &baseString);

    QByteArray m_consumerKey;
    QByteArray m_tokenId;
    std::shared_ptr<const HmacKey> m_key;
    QString m_realm;
    Clock m_clock;
    NonceSource m_nonceSource;
    SignatureMethod m_method;
};

/// Returns the OAuth name of `method`, such as "HMAC-SHA256".
QByteArray signatureMethodName(SignatureMethod method);

} // namespace tba
