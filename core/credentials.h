#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tba {

/// The four values of a Token-Based Authentication connection. Each one is a secret: none of them
/// is ever logged or written outside the keychain.
enum class CredentialField
{
    ConsumerKey,
    ConsumerSecret,
    TokenId,
    TokenSecret
};

/// The four values in the order the wizard and the environment variables list them.
inline constexpr CredentialField allCredentialFields[] = {
    CredentialField::ConsumerKey, CredentialField::ConsumerSecret, CredentialField::TokenId,
    CredentialField::TokenSecret};

/// Consumer Key and Secret of an integration record, Token ID and Secret of an access token.
struct Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString tokenId;
    QString tokenSecret;

    QString value(CredentialField field) const;
    void setValue(CredentialField field, const QString &value);
};

/// A problem with one credential value. An error blocks its use; a warning only informs.
struct CredentialIssue
{
    enum class Severity
    {
        Error,
        Warning
    };

    CredentialField field;
    Severity severity;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

/// Validation of pasted credential values. Messages name the field and position, never the value.
class CredentialValidator
{
    Q_DECLARE_TR_FUNCTIONS(tba::CredentialValidator)

public:
    /// Returns the label NetSuite shows for the field, such as "Consumer Key".
    static QString fieldName(CredentialField field);

    /// Returns the name of the environment variable that carries the field, such as
    /// NETSUITE_CONSUMER_KEY.
    static QByteArray environmentVariable(CredentialField field);

    /// Removes the whitespace, line breaks and invisible marks (zero-width space, byte order mark)
    /// that copying from a browser adds around a value.
    static QString normalize(const QString &pasted);

    /// Checks one normalized value on its own: not empty, no inner whitespace, ASCII only, and a
    /// warning when it is not 64 hexadecimal characters, the shape NetSuite issues.
    static QList<CredentialIssue> checkValue(CredentialField field, const QString &value);

    /// Checks every field with checkValue(), then the mistakes that span two fields: the same value
    /// pasted twice, or the Consumer Key pasted into the Token ID field.
    static QList<CredentialIssue> check(const Credentials &credentials);

    /// Returns true when any issue in the list is an error.
    static bool hasErrors(const QList<CredentialIssue> &issues);
};

} // namespace tba
