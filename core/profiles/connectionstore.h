#pragma once

#include "core/credentials.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretstore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tba {

/// The outcome of an operation that touches both the profile file and the keychain. At most one
/// of the two errors is set; `message` is for the user.
struct ConnectionResult
{
    ProfileError profileError = ProfileError::None;
    SecretStoreError secretError = SecretStoreError::None;
    QString message;

    bool ok() const
    {
        return profileError == ProfileError::None && secretError == SecretStoreError::None;
    }
    static ConnectionResult fromProfile(const ProfileResult &result);
    static ConnectionResult fromSecrets(const SecretStoreResult &result);
};

/// Saves, edits, renames and deletes connection profiles together with their secrets: the
/// non-secret part through a ProfileStore, the four credentials through a SecretStore.
///
/// Both stores are passed in and must outlive this object. Every operation is asynchronous in the
/// same way as SecretStore: `done` is called exactly once, later, from the event loop. The
/// keychain is written before the profile file and emptied before the file is removed, so a
/// keychain failure leaves the saved profile as it was.
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ConnectionResult &result)>;
    using CredentialsDone =
        std::function<void(const ConnectionResult &result, const Credentials &credentials)>;

    /// The treatment of an existing profile of the same name by save().
    enum class SaveMode
    {
        CreateOnly, ///< fail with AlreadyExists
        Replace,    ///< overwrite the profile and all four secrets
        Update,     ///< edit an existing profile; empty credential fields keep their stored value
    };

    ConnectionStore(ProfileStore &profiles, SecretStore &secrets, QObject *parent = nullptr);

    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return m_secrets; }

    /// Validates `profile`, writes the secrets, then the profile file. With CreateOnly and
    /// Replace all four credentials are required.
    void save(const Profile &profile, const Credentials &credentials, SaveMode mode, Done done);

    /// Reads the four credentials of an existing profile.
    void loadCredentials(const QString &name, CredentialsDone done);

    /// Renames a profile and moves its secrets to the new name. A profile without stored secrets
    /// (one imported without them) is renamed all the same.
    void rename(const QString &from, const QString &to, Done done);

    /// Deletes a profile's secrets, then its file.
    void remove(const QString &name, Done done);

private:
    void finish(const Done &done, const ConnectionResult &result);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
};

} // namespace tba
