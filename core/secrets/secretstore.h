#pragma once

#include "core/credentials.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace tba {

/// The reason a secret store operation failed, for callers to branch on. The message for the user,
/// which names the fix where one is known, is in SecretStoreResult::message.
enum class SecretStoreError
{
    None,
    NoService, ///< no keychain reachable: no D-Bus session, or no Secret Service or KWallet on it
    Locked,    ///< the keyring is locked and cannot be unlocked without a prompt
    AccessDenied, ///< the user or the system denied access to the keychain
    NotFound,     ///< no entry for this profile and field
    TimedOut,     ///< the keychain did not answer within the timeout
    Other,        ///< any other failure reported by the keychain
};

/// The outcome of one secret store operation. `message` is for the user and never contains a
/// secret.
struct SecretStoreResult
{
    SecretStoreError error = SecretStoreError::None;
    QString message;

    bool ok() const { return error == SecretStoreError::None; }
};

/// Stores the four credentials of each connection profile in the operating system's keychain.
///
/// Every call is asynchronous: it returns at once and later calls `done` exactly once, from the
/// event loop of the thread that owns the store, never from inside the call. When the store is
/// destroyed before an operation finishes, that operation's callback is dropped. Each entry is
/// keyed by profile name, without regard to case, and field. No implementation falls back to a
/// plaintext file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretStoreResult &result)>;
    /// Receives the value on success; on failure the value is empty.
    using ReadDone = std::function<void(const SecretStoreResult &result, const QString &value)>;

    using QObject::QObject;

    /// Writes or replaces one secret.
    virtual void writeSecret(const QString &profile, CredentialField field, const QString &value,
                             Done done) = 0;

    /// Reads one secret. A missing entry fails with SecretStoreError::NotFound.
    virtual void readSecret(const QString &profile, CredentialField field, ReadDone done) = 0;

    /// Deletes one secret. A missing entry fails with SecretStoreError::NotFound.
    virtual void deleteSecret(const QString &profile, CredentialField field, Done done) = 0;
};

/// Receives the four credentials read for a profile; on failure they are empty.
using CredentialsDone =
    std::function<void(const SecretStoreResult &result, const Credentials &credentials)>;

/// Writes every non-empty field of `credentials` one after another and stops at the first
/// failure. An empty field keeps the value already stored, so an edit need not re-enter it.
/// NOTE: fields written before a failure keep their new values; nothing is rolled back.
void writeCredentials(SecretStore &store, const QString &profile, const Credentials &credentials,
                      SecretStore::Done done);

/// Reads the four fields. Fails with the first field's error, such as NotFound when the profile
/// has no stored secrets.
void readCredentials(SecretStore &store, const QString &profile, CredentialsDone done);

/// Deletes the four fields. A field that is already missing counts as deleted.
void deleteCredentials(SecretStore &store, const QString &profile, SecretStore::Done done);

} // namespace tba
