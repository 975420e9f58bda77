#include "core/hmac.h"

#include "core/securerandom.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace tba {
namespace {

struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};
struct MacContextDeleter
{
    void operator()(EVP_MAC_CTX *context) const { EVP_MAC_CTX_free(context); }
};
using MacContextPointer = std::unique_ptr<EVP_MAC_CTX, MacContextDeleter>;

QString failure(const char *step)
{
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(step), lastOpenSslError());
}

} // namespace

struct HmacKey::Context
{
    MacContextPointer keyed;
};

HmacKey::HmacKey(HmacDigest digest, const QByteArray &key) : m_context(std::make_unique<Context>())
{
    std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    if (!mac) {
        m_error = failure("EVP_MAC_fetch(HMAC)");
        return;
    }
    MacContextPointer context(EVP_MAC_CTX_new(mac.get()));
    if (!context) {
        m_error = failure("EVP_MAC_CTX_new");
        return;
    }
    char digestName[8] = {};
    qstrncpy(digestName, digest == HmacDigest::Sha256 ? "SHA256" : "SHA1", sizeof(digestName));
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end(),
    };
    // An empty key is legal in HMAC, but OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey[1] = {0};
    const auto *keyBytes =
        key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char *>(key.constData());
    if (EVP_MAC_init(context.get(), keyBytes, static_cast<size_t>(key.size()), parameters) != 1) {
        m_error = failure("EVP_MAC_init");
        return;
    }
    m_context->keyed = std::move(context);
}

HmacKey::~HmacKey() = default;

HmacResult HmacKey::compute(const QByteArray &data) const
{
    if (!m_error.isEmpty())
        return {QByteArray(), m_error};
    MacContextPointer context(EVP_MAC_CTX_dup(m_context->keyed.get()));
    if (!context)
        return {QByteArray(), failure("EVP_MAC_CTX_dup")};
    if (EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size())) != 1)
        return {QByteArray(), failure("EVP_MAC_update")};

    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    if (EVP_MAC_final(context.get(), out, &outLength, sizeof(out)) != 1)
        return {QByteArray(), failure("EVP_MAC_final")};
    HmacResult result{
        QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLength)),
        QString()};
    OPENSSL_cleanse(out, sizeof(out));
    return result;
}

HmacResult computeHmac(HmacDigest digest, const QByteArray &key, const QByteArray &data)
{
    return HmacKey(digest, key).compute(data);
}

} // namespace tba
