#pragma once

#include "core/profiles/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tba {

/// The profile format version this build writes and the highest it reads.
inline constexpr int profileFormatVersion = 2;

/// The passphrase-encrypted credentials of an exported profile, as stored in the file. The KDF is
/// scrypt (N = 2^scryptLog2N, r, p) and the cipher AES-256-GCM with a 16-byte tag.
struct EncryptedSecrets
{
    int scryptLog2N = 0;
    int scryptR = 0;
    int scryptP = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

/// A parsed profile file: the profile and, when the export included them, its encrypted secrets.
struct ProfileDocument
{
    Profile profile;
    std::optional<EncryptedSecrets> secrets;
    /// The format version the file was written in; serialize() always writes currentVersion.
    int version = profileFormatVersion;
};

/// Reads and writes the versioned JSON profile format described in docs/profile-format.md.
class ProfileDocumentFormat
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileDocumentFormat)

public:
    /// The value of the "format" member that identifies our files.
    static constexpr const char *formatName = "netsuite-tba-wizard-profile";
    static constexpr int currentVersion = profileFormatVersion;
    /// Files larger than this are rejected before parsing.
    static constexpr qsizetype maxFileSize = 1024 * 1024;

    /// Returns the additional authenticated data that binds encrypted secrets to the rest of the
    /// file. From version 2 it is "netsuite-tba-wizard-profile/2", a line feed, and the profile
    /// as compact JSON with its members sorted by name, so that changing any profile field makes
    /// decryption fail. Version 1 bound only the format name and version.
    static QByteArray associatedData(const Profile &profile, int version);

    /// Returns the document as indented UTF-8 JSON.
    static QByteArray serialize(const ProfileDocument &document);

    /// Parses and validates a whole file. On failure returns nothing and sets `error` to a message
    /// that names the first invalid field, such as "profile.accountId".
    static std::optional<ProfileDocument> parse(const QByteArray &data, QString *error);
};

} // namespace tba
