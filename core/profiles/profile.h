#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace tba {

/// The result of the last connection check run with a profile.
struct CheckRecord
{
    QDateTime checkedAt; ///< UTC
    bool succeeded = false;
    /// One line for the user, such as "Connected; 2 permissions missing". Never contains a secret.
    QString summary;

    bool operator==(const CheckRecord &other) const;
};

/// The non-secret part of a saved connection. The four credentials live in the SecretStore
/// under the same name.
struct Profile
{
    static constexpr const char *tokenBasedAuthentication = "tba";
    static constexpr const char *afterShipPreset = "aftership";

    QString name;
    /// The realm, such as "1234567_SB1", as AccountId::realm() returns it.
    QString accountId;
    /// The domains from NetSuite's data-center lookup; empty when the lookup has not run.
    QUrl restDomain;
    QUrl webservicesDomain;
    QUrl systemDomain;
    QString integrationName;
    QString roleName;
    /// The id of the permission preset the role was checked against, such as "aftership".
    QString permissionPreset = QString::fromLatin1(afterShipPreset);
    /// "tba" for Token-Based Authentication, the only method so far.
    QString authMethod = QString::fromLatin1(tokenBasedAuthentication);
    QDateTime createdAt; ///< UTC
    std::optional<CheckRecord> lastCheck;

    bool operator==(const Profile &other) const;
};

/// Rules for profile names, which also name the profile's file and keychain entries.
class ProfileName
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileName)

public:
    static constexpr int maxLength = 64;

    /// Returns true when `name` is 1 to 64 ASCII letters, digits, ".", "_" or "-", starting with
    /// a letter or digit. Windows device names (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9)
    /// are invalid in any case, with or without an extension. On failure sets `error`, when
    /// given, to a message naming the value.
    static bool isValid(const QString &name, QString *error = nullptr);
    /// Like isValid(name, error), but the message calls the name `term`, such as "connection
    /// name" where the user interface labels it so.
    static bool isValid(const QString &name, const QString &term, QString *error);

    /// Returns true when two names denote the same profile. Names are compared without regard to
    /// case, because macOS and Windows file systems and Windows' Credential Manager ignore it.
    static bool same(const QString &first, const QString &second);
};

} // namespace tba
