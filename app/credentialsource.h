#pragma once

#include "core/credentials.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tba {

/// The outcome of loading a command's credentials: the account ID as typed and the four values, or
/// an error and the exit code it maps to (1 for bad input, 5 for a secret store failure).
struct CredentialSourceResult
{
    QString accountInput;
    Credentials credentials;
    QStringList warnings;
    QString error;
    int exitCode = 0;

    bool ok() const { return error.isEmpty(); }
};

/// The origin of a command's account and credentials, with one implementation per origin: the
/// environment, or a saved profile and its keychain entries. A source may block on an event loop,
/// but it never prints.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    virtual CredentialSourceResult load() = 0;
};

/// `--account ID` with NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and
/// NETSUITE_TOKEN_SECRET, as `sign`, `save` and `check --account` read them.
class EnvironmentCredentialSource : public CredentialSource
{
public:
    explicit EnvironmentCredentialSource(QString accountInput)
        : m_accountInput(std::move(accountInput))
    {}
    CredentialSourceResult load() override;

private:
    QString m_accountInput;
};

/// `--profile NAME`: the account ID from the saved profile and the four credentials from its
/// keychain entries. A missing profile is exit status 1, a keychain failure 5.
class ProfileCredentialSource : public CredentialSource
{
public:
    explicit ProfileCredentialSource(QString profileName) : m_profileName(std::move(profileName)) {}
    CredentialSourceResult load() override;

private:
    QString m_profileName;
};

/// Loads the credentials from `source` for a command whose output is text, and prints the error,
/// or each warning after "Warning: ", on standard error. The caller goes on only when the result
/// is ok(), and otherwise returns its exitCode.
CredentialSourceResult loadCredentialsAndPrintIssues(CredentialSource &source);

} // namespace tba
