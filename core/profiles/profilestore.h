#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tba {

/// The reason a profile store operation failed.
enum class ProfileError
{
    None,
    InvalidName,   ///< the name breaks ProfileName's rules
    InvalidValue,  ///< a field of the profile is invalid; the message names it
    AlreadyExists, ///< another profile has this name (compared without regard to case)
    NotFound,      ///< no profile has this name
    ReadFailed,    ///< the profile's file cannot be read or is not a valid profile
    WriteFailed,   ///< the profile's file cannot be written or removed
};

/// The outcome of one profile store operation; `message` is for the user.
struct ProfileResult
{
    ProfileError error = ProfileError::None;
    QString message;

    bool ok() const { return error == ProfileError::None; }
};

/// Stores the non-secret part of connection profiles, one JSON file per profile in a folder.
///
/// Files use the format of docs/profile-format.md without secrets, are written atomically with
/// QSaveFile and have mode 0600; the folder is created with mode 0700. Operations are synchronous
/// and touch only small local files. Not thread-safe: use one store per thread.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileStore)

public:
    /// Uses `directory`, creating it when needed on the first write.
    explicit ProfileStore(QString directory);

    /// Returns the "profiles" folder under QStandardPaths::AppConfigLocation.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    /// Returns every readable profile, sorted by name. Files that cannot be read are skipped and,
    /// when `errors` is given, described there.
    QList<Profile> list(QStringList *errors = nullptr) const;

    /// Loads one profile by name (compared without regard to case).
    std::optional<Profile> load(const QString &name, ProfileResult *result = nullptr) const;

    bool exists(const QString &name) const;

    /// Creates a new profile. Fails with AlreadyExists when the name is taken. An empty createdAt
    /// is set to the current time.
    ProfileResult create(const Profile &profile);

    /// Replaces an existing profile of the same name, keeping its createdAt when the new one has
    /// none. Fails with NotFound when there is none.
    ProfileResult update(const Profile &profile);

    /// Renames a profile. Fails when `from` does not exist or `to` is invalid or taken; changing
    /// only the case of a name is allowed.
    ProfileResult rename(const QString &from, const QString &to);

    /// Removes a profile's file. Its keychain entries are the caller's to delete.
    ProfileResult remove(const QString &name);

    /// Records the time and summary of a connection check in the profile.
    ProfileResult recordCheck(const QString &name, const CheckRecord &check);

    /// Checks every field of `profile` as import and create do; returns the first problem.
    static ProfileResult validate(const Profile &profile);

private:
    ProfileResult write(const Profile &profile);

    QString m_directory;
};

} // namespace tba
