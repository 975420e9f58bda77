#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace tba {

/// The kind of NetSuite account an account ID names.
enum class AccountKind
{
    Production,
    Sandbox,
    ReleasePreview,
    TestDrive
};

/// A validated NetSuite account ID, parsed from whatever form an administrator pastes.
///
/// Accepted forms: "1234567", "1234567_SB1", "1234567-sb1", "1234567_RP", "TSTDRV1234567" in any
/// case, with surrounding whitespace, or a NetSuite address such as
/// "https://1234567-sb1.app.netsuite.com/app/center/card.nl", whose first host label is used.
class AccountId
{
    Q_DECLARE_TR_FUNCTIONS(tba::AccountId)

public:
    /// Parses `input`. On failure returns nothing and, when `error` is given, sets it to a message
    /// that names the value and shows a valid example.
    static std::optional<AccountId> parse(const QString &input, QString *error = nullptr);

    /// Returns the realm: uppercase with underscores, such as "1234567_SB1". This is the form
    /// NetSuite shows as the Account ID and expects in the OAuth realm.
    QString realm() const { return m_realm; }

    /// Returns the host label: lowercase with hyphens, such as "1234567-sb1".
    QString hostLabel() const;

    AccountKind kind() const { return m_kind; }

    /// Returns a one-word description of kind(), such as "sandbox".
    QString kindName() const;

    /// Returns "https://<label>.suitetalk.api.netsuite.com", the REST and SOAP domain built by
    /// hand. NetSuite recommends its data-center lookup instead; use this only as a fallback.
    QUrl restBaseUrl() const;

    /// Returns "https://<label>.restlets.api.netsuite.com".
    QUrl restletBaseUrl() const;

    /// Returns "https://<label>.app.netsuite.com", the user interface's domain.
    QUrl uiBaseUrl() const;

    bool operator==(const AccountId &other) const { return m_realm == other.m_realm; }

private:
    AccountId(QString realm, AccountKind kind) : m_realm(std::move(realm)), m_kind(kind) {}

    static std::optional<AccountId> parseBareId(const QString &id, const QString &input,
                                                QString *error);
    static std::optional<AccountId> parseAddress(const QString &address, QString *error);

    QUrl domainUrl(const char *suffix) const;

    QString m_realm;
    AccountKind m_kind;
};

} // namespace tba
