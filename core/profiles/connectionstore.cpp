#include "core/profiles/connectionstore.h"

#include "core/profiles/profileslogging.h"

namespace tba {

ConnectionResult ConnectionResult::fromProfile(const ProfileResult &result)
{
    return {result.error, SecretStoreError::None, result.message};
}

ConnectionResult ConnectionResult::fromSecrets(const SecretStoreResult &result)
{
    return {ProfileError::None, result.error, result.message};
}

ConnectionStore::ConnectionStore(ProfileStore &profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets)
{}

void ConnectionStore::finish(const Done &done, const ConnectionResult &result)
{
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

/// Returns the first credential error, checking only the fields that are set unless all four are
/// required.
static ProfileResult checkCredentials(const Credentials &credentials, bool requireAll)
{
    for (const CredentialField field : allCredentialFields) {
        const QString value = credentials.value(field);
        if (value.isEmpty() && !requireAll)
            continue;
        for (const CredentialIssue &issue : CredentialValidator::checkValue(field, value)) {
            if (issue.isError())
                return {ProfileError::InvalidValue, issue.message};
        }
    }
    return {};
}

void ConnectionStore::save(const Profile &profile, const Credentials &credentials, SaveMode mode,
                           Done done)
{
    Profile stored = profile;
    const bool exists = m_profiles.exists(stored.name);
    if (!stored.createdAt.isValid()) {
        const std::optional<Profile> existing =
            exists ? m_profiles.load(stored.name) : std::nullopt;
        stored.createdAt = existing ? existing->createdAt : QDateTime::currentDateTimeUtc();
    }
    ProfileResult check = ProfileStore::validate(stored);
    if (check.ok() && mode == SaveMode::CreateOnly && exists) {
        check = {ProfileError::AlreadyExists,
                 tr("A profile named \"%1\" already exists. Choose another name, or replace it.")
                     .arg(stored.name)};
    }
    if (check.ok() && mode == SaveMode::Update && !exists) {
        check = {ProfileError::NotFound,
                 tr("No profile is named \"%1\", so there is nothing to update.").arg(stored.name)};
    }
    if (check.ok())
        check = checkCredentials(credentials, mode != SaveMode::Update);
    if (!check.ok()) {
        finish(done, ConnectionResult::fromProfile(check));
        return;
    }

    writeCredentials(m_secrets, stored.name, credentials,
                     [this, stored, exists, done](const SecretStoreResult &written) {
                         if (!written.ok()) {
                             done(ConnectionResult::fromSecrets(written));
                             return;
                         }
                         const ProfileResult result =
                             exists ? m_profiles.update(stored) : m_profiles.create(stored);
                         done(ConnectionResult::fromProfile(result));
                     });
}

void ConnectionStore::loadCredentials(const QString &name, CredentialsDone done)
{
    ProfileResult found;
    if (!m_profiles.load(name, &found)) {
        QMetaObject::invokeMethod(
            this, [done, found] { done(ConnectionResult::fromProfile(found), Credentials()); },
            Qt::QueuedConnection);
        return;
    }
    readCredentials(m_secrets, name,
                    [done](const SecretStoreResult &result, const Credentials &credentials) {
                        done(ConnectionResult::fromSecrets(result), credentials);
                    });
}

void ConnectionStore::rename(const QString &from, const QString &to, Done done)
{
    ProfileResult check;
    m_profiles.load(from, &check);
    QString error;
    if (check.ok() && !ProfileName::isValid(to, &error))
        check = {ProfileError::InvalidName, error};
    if (check.ok() && !ProfileName::same(from, to) && m_profiles.exists(to)) {
        check = {ProfileError::AlreadyExists,
                 tr("A profile named \"%1\" already exists. Choose another name.").arg(to)};
    }
    // Keychain entries are keyed by the lowercase name, so a change of case moves nothing.
    if (!check.ok() || ProfileName::same(from, to)) {
        finish(done,
               ConnectionResult::fromProfile(check.ok() ? m_profiles.rename(from, to) : check));
        return;
    }

    readCredentials(m_secrets, from, [=](const SecretStoreResult &read, const Credentials &values) {
        if (read.error == SecretStoreError::NotFound) {
            done(ConnectionResult::fromProfile(m_profiles.rename(from, to)));
            return;
        }
        if (!read.ok()) {
            done(ConnectionResult::fromSecrets(read));
            return;
        }
        writeCredentials(m_secrets, to, values, [=](const SecretStoreResult &written) {
            if (!written.ok()) {
                done(ConnectionResult::fromSecrets(written));
                return;
            }
            const ProfileResult renamed = m_profiles.rename(from, to);
            // Undo the copy when the file cannot be renamed, or else delete the old entries, so
            // only one set of entries is left.
            const QString obsolete = renamed.ok() ? from : to;
            deleteCredentials(m_secrets, obsolete, [=](const SecretStoreResult &deleted) {
                if (!deleted.ok()) {
                    qCWarning(lcProfiles) << "could not delete the keychain entries of" << obsolete
                                          << "after renaming:" << deleted.message;
                }
                done(ConnectionResult::fromProfile(renamed));
            });
        });
    });
}

void ConnectionStore::remove(const QString &name, Done done)
{
    ProfileResult found;
    if (!m_profiles.exists(name)) {
        m_profiles.load(name, &found);
        finish(done, ConnectionResult::fromProfile(found));
        return;
    }
    deleteCredentials(m_secrets, name, [this, name, done](const SecretStoreResult &deleted) {
        if (!deleted.ok()) {
            done(ConnectionResult::fromSecrets(deleted));
            return;
        }
        done(ConnectionResult::fromProfile(m_profiles.remove(name)));
    });
}

} // namespace tba
