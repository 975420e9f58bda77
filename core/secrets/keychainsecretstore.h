#pragma once

#include "core/secrets/secretstore.h"

#include <chrono>

namespace tba {

/// A SecretStore on qtkeychain: Secret Service or KWallet on Linux, Keychain on macOS, Credential
/// Manager on Windows. qtkeychain's insecure plaintext fallback stays off.
///
/// Every entry lives under one service name, with a key that contains the service name, the profile
/// name in lowercase and the field, because Windows' Credential Manager keys entries by that
/// target name alone and ignores case.
/// Each job is bounded by timeout(): a job that has not finished by then is reported as
/// SecretStoreError::TimedOut, and its late result is ignored.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    explicit KeychainSecretStore(QObject *parent = nullptr);

    /// Sets the service name that groups the entries; the default is the application's name.
    void setServiceName(const QString &serviceName);
    QString serviceName() const { return m_serviceName; }

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Returns the key of one entry, such as "netsuite-tba-wizard/prod/consumer-key" for "Prod".
    QString entryKey(const QString &profile, CredentialField field) const;

    void writeSecret(const QString &profile, CredentialField field, const QString &value,
                     Done done) override;
    void readSecret(const QString &profile, CredentialField field, ReadDone done) override;
    void deleteSecret(const QString &profile, CredentialField field, Done done) override;

private:
    QString m_serviceName;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace tba
