#include "core/export/secretsencryption.h"

#include "core/export/exportlogging.h"
#include "core/securerandom.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace tba {
namespace {

constexpr int keySize = 32;
constexpr int saltSize = 16;
constexpr int nonceSize = 12;
constexpr int tagSize = 16;

using KdfPointer = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfContextPointer = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;
using CipherContextPointer = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

/// Derives the AES key with scrypt. Returns an empty array on failure, with the OpenSSL error
/// logged.
QByteArray deriveKey(const QString &passphrase, const EncryptedSecrets &parameters)
{
    QByteArray password = passphrase.toUtf8();
    QByteArray salt = parameters.salt;
    const KdfPointer kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr), EVP_KDF_free);
    const KdfContextPointer context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr, EVP_KDF_CTX_free);
    uint64_t n = uint64_t(1) << parameters.scryptLog2N;
    uint32_t r = uint32_t(parameters.scryptR);
    uint32_t p = uint32_t(parameters.scryptP);
    // 128 * r * N bytes for the scrypt array, plus room for the rest of its state.
    uint64_t maxMemory = 128 * uint64_t(r) * n * uint64_t(p) + 16 * 1024 * 1024;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.data(),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(keySize, Qt::Uninitialized);
    const bool ok =
        context && EVP_KDF_derive(context.get(), bytes(key), size_t(key.size()), params) == 1;
    wipe(password);
    if (!ok) {
        qCWarning(lcExport) << "scrypt key derivation failed:" << lastOpenSslError();
        wipe(key);
        return QByteArray();
    }
    return key;
}

QByteArray credentialsToJson(const Credentials &credentials)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("consumerKey"), credentials.consumerKey},
                                     {QStringLiteral("consumerSecret"), credentials.consumerSecret},
                                     {QStringLiteral("tokenId"), credentials.tokenId},
                                     {QStringLiteral("tokenSecret"), credentials.tokenSecret}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Credentials> credentialsFromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.size() != 4)
        return std::nullopt;
    Credentials credentials;
    const std::pair<const char *, QString *> fields[] = {
        {"consumerKey", &credentials.consumerKey},
        {"consumerSecret", &credentials.consumerSecret},
        {"tokenId", &credentials.tokenId},
        {"tokenSecret", &credentials.tokenSecret}};
    for (const auto &[key, value] : fields) {
        const QJsonValue member = object.value(QLatin1String(key));
        if (!member.isString())
            return std::nullopt;
        *value = member.toString();
    }
    return credentials;
}

bool gcmEncrypt(const QByteArray &key, EncryptedSecrets &secrets, const QByteArray &plaintext,
                const QByteArray &aad)
{
    const CipherContextPointer context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    secrets.ciphertext = QByteArray(plaintext.size(), Qt::Uninitialized);
    secrets.tag = QByteArray(tagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    return context &&
           EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
           EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
           EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(secrets.nonce)) ==
               1 &&
           EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1 &&
           EVP_EncryptUpdate(context.get(), bytes(secrets.ciphertext), &length, bytes(plaintext),
                             int(plaintext.size())) == 1 &&
           EVP_EncryptFinal_ex(context.get(), bytes(secrets.ciphertext) + length, &finalLength) ==
               1 &&
           EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, secrets.tag.data()) ==
               1;
}

/// Returns the plaintext, or nothing when the tag does not verify or OpenSSL fails.
std::optional<QByteArray> gcmDecrypt(const QByteArray &key, const EncryptedSecrets &secrets,
                                     const QByteArray &aad)
{
    const CipherContextPointer context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray tag = secrets.tag;
    QByteArray plaintext(secrets.ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(secrets.nonce.size()),
                            nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(secrets.nonce)) ==
            1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(secrets.ciphertext),
                          int(secrets.ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(tag.size()), tag.data()) ==
            1 &&
        EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + length, &finalLength) == 1;
    if (!ok) {
        lastOpenSslError(); // clears the queue; a failed tag check is the expected case here
        wipe(plaintext);
        return std::nullopt;
    }
    plaintext.truncate(length + finalLength);
    return plaintext;
}

} // namespace

std::optional<EncryptedSecrets> SecretsEncryption::encrypt(const Credentials &credentials,
                                                           const QString &passphrase,
                                                           const QByteArray &associatedData,
                                                           QString *error)
{
    if (passphrase.size() < minPassphraseLength) {
        *error =
            tr("The passphrase is too short: use at least %1 characters.").arg(minPassphraseLength);
        return std::nullopt;
    }
    EncryptedSecrets secrets;
    secrets.scryptLog2N = defaultLog2N;
    secrets.scryptR = defaultR;
    secrets.scryptP = defaultP;
    const std::optional<QByteArray> salt = randomBytes(saltSize);
    const std::optional<QByteArray> nonce = randomBytes(nonceSize);
    if (!salt || !nonce) {
        *error = tr("Could not draw random numbers to encrypt the secrets.");
        return std::nullopt;
    }
    secrets.salt = *salt;
    secrets.nonce = *nonce;

    QByteArray key = deriveKey(passphrase, secrets);
    QByteArray plaintext = credentialsToJson(credentials);
    const bool ok = !key.isEmpty() && gcmEncrypt(key, secrets, plaintext, associatedData);
    if (!key.isEmpty() && !ok)
        qCWarning(lcExport) << "AES-256-GCM encryption failed:" << lastOpenSslError();
    wipe(key);
    wipe(plaintext);
    if (!ok) {
        *error = tr("Encrypting the secrets failed in OpenSSL.");
        return std::nullopt;
    }
    return secrets;
}

std::optional<Credentials> SecretsEncryption::decrypt(const EncryptedSecrets &secrets,
                                                      const QString &passphrase,
                                                      const QByteArray &associatedData,
                                                      QString *error)
{
    QByteArray key = deriveKey(passphrase, secrets);
    if (key.isEmpty()) {
        *error = tr("Deriving the key from the passphrase failed in OpenSSL.");
        return std::nullopt;
    }
    std::optional<QByteArray> plaintext = gcmDecrypt(key, secrets, associatedData);
    wipe(key);
    std::optional<Credentials> credentials;
    if (plaintext) {
        credentials = credentialsFromJson(*plaintext);
        wipe(*plaintext);
    }
    if (!credentials) {
        *error = tr("Wrong passphrase or damaged file: the secrets could not be decrypted. Check "
                    "the passphrase, or export the profile again.");
        return std::nullopt;
    }
    return credentials;
}

} // namespace tba
