#pragma once

#include "core/credentials.h"
#include "core/export/profiledocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tba {

/// Encrypts the four credentials with a passphrase for an export file, using OpenSSL 3:
/// scrypt derives a 256-bit key from the passphrase and a random 16-byte salt, and AES-256-GCM
/// encrypts the credentials with a random 12-byte nonce. The caller's additional authenticated
/// data, ProfileDocumentFormat::associatedData(), binds the rest of the file to the ciphertext.
class SecretsEncryption
{
    Q_DECLARE_TR_FUNCTIONS(tba::SecretsEncryption)

public:
    /// scrypt cost written in new files: N = 2^17, r = 8, p = 1 (128 MiB of memory).
    static constexpr int defaultLog2N = 17;
    static constexpr int defaultR = 8;
    static constexpr int defaultP = 1;
    /// Passphrases shorter than this are rejected on export.
    static constexpr int minPassphraseLength = 8;

    /// Encrypts `credentials`. Fails only when OpenSSL fails or the passphrase is too short.
    static std::optional<EncryptedSecrets> encrypt(const Credentials &credentials,
                                                   const QString &passphrase,
                                                   const QByteArray &associatedData,
                                                   QString *error);

    /// Decrypts secrets read from a file. A wrong passphrase and any changed byte give the same
    /// "wrong passphrase or damaged file" error, because GCM cannot tell them apart. So does
    /// `associatedData` that differs from the one the secrets were encrypted with.
    static std::optional<Credentials> decrypt(const EncryptedSecrets &secrets,
                                              const QString &passphrase,
                                              const QByteArray &associatedData, QString *error);
};

} // namespace tba
