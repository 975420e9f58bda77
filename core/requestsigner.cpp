#include "core/requestsigner.h"

#include "core/logging.h"
#include "core/percentencoding.h"
#include "core/securerandom.h"

#include <QDateTime>

namespace tba {

QByteArray signatureMethodName(SignatureMethod method)
{
    return method == SignatureMethod::HmacSha256 ? "HMAC-SHA256" : "HMAC-SHA1";
}

qint64 RequestSigner::systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::optional<QByteArray> RequestSigner::randomNonce()
{
    return randomAlphanumeric(24);
}

RequestSigner::RequestSigner(const Credentials &credentials, QString realm, Clock clock,
                             NonceSource nonceSource, SignatureMethod method)
    : m_consumerKey(credentials.consumerKey.toUtf8()), m_tokenId(credentials.tokenId.toUtf8()),
      m_key(makeKey(method, credentials.consumerSecret, credentials.tokenSecret)),
      m_realm(std::move(realm)), m_clock(std::move(clock)), m_nonceSource(std::move(nonceSource)),
      m_method(method)
{}

std::shared_ptr<const HmacKey> RequestSigner::makeKey(SignatureMethod method,
                                                      const QString &consumerSecret,
                                                      const QString &tokenSecret)
{
    QByteArray consumer = consumerSecret.toUtf8();
    QByteArray token = tokenSecret.toUtf8();
    QByteArray key = percentEncode(consumer) + '&' + percentEncode(token);
    const HmacDigest digest =
        method == SignatureMethod::HmacSha256 ? HmacDigest::Sha256 : HmacDigest::Sha1;
    auto prepared = std::make_shared<const HmacKey>(digest, key);
    wipe(key);
    wipe(consumer);
    wipe(token);
    return prepared;
}

SignedRequest RequestSigner::signWithKey(const HmacKey &key, const QByteArray &baseString)
{
    HmacResult mac = key.compute(baseString);
    SignedRequest result;
    result.baseString = baseString;
    if (!mac.ok()) {
        qCWarning(lcSigning) << "HMAC computation failed:" << mac.error;
        result.error = tr("The request could not be signed: %1").arg(mac.error);
        return result;
    }
    result.signature = mac.digest.toBase64();
    wipe(mac.digest);
    return result;
}

SignedRequest RequestSigner::signBaseString(SignatureMethod method, const QString &consumerSecret,
                                            const QString &tokenSecret,
                                            const QByteArray &baseString)
{
    return signWithKey(*makeKey(method, consumerSecret, tokenSecret), baseString);
}

SignedRequest RequestSigner::sign(const QByteArray &httpMethod, const QUrl &url) const
{
    SignedRequest result;
    if (!url.isValid() || url.host().isEmpty()) {
        result.error =
            tr("The address \"%1\" is not a valid absolute URL.").arg(url.toDisplayString());
        return result;
    }
    const std::optional<QByteArray> nonce = m_nonceSource();
    if (!nonce || nonce->isEmpty()) {
        result.error = tr("The request could not be signed: no random nonce could be generated.");
        return result;
    }
    const QByteArray timestamp = QByteArray::number(m_clock());

    const ParameterList oauthParameters = {
        {"oauth_consumer_key", m_consumerKey},
        {"oauth_token", m_tokenId},
        {"oauth_signature_method", signatureMethodName(m_method)},
        {"oauth_timestamp", timestamp},
        {"oauth_nonce", *nonce},
        {"oauth_version", "1.0"},
    };
    const QByteArray baseString =
        signatureBaseString(httpMethod, url, queryParameters(url) + oauthParameters);
    result = signWithKey(*m_key, baseString);
    if (!result.ok())
        return result;

    QByteArray header = "OAuth realm=\"" + percentEncode(m_realm.toUtf8()) + '"';
    for (const Parameter &parameter : oauthParameters)
        header += ", " + parameter.first + "=\"" + percentEncode(parameter.second) + '"';
    header += ", oauth_signature=\"" + percentEncode(result.signature) + '"';
    result.authorization = header;
    return result;
}

} // namespace tba
