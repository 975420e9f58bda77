#include "core/profiles/profilestore.h"

#include "core/export/exportformat.h"
#include "core/export/profiledocument.h"
#include "core/profiles/profileslogging.h"
#include "core/profiles/profilevalidation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace tba {
namespace {

/// The file of a profile is named by its lowercase name, so that names differing only in case
/// map to the same file on every file system.
QString fileName(const QString &name)
{
    return name.toLower() + QStringLiteral(".json");
}

} // namespace

ProfileStore::ProfileStore(QString directory) : m_directory(std::move(directory)) {}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profiles");
}

QList<Profile> ProfileStore::list(QStringList *errors) const
{
    QList<Profile> profiles;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        ProfileResult result;
        const std::optional<Profile> profile = load(file.chopped(5), &result);
        if (profile)
            profiles.append(*profile);
        else if (errors)
            errors->append(result.message);
    }
    std::sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<Profile> ProfileStore::load(const QString &name, ProfileResult *result) const
{
    ProfileResult ignored;
    ProfileResult &out = result ? *result : ignored;
    QString error;
    if (!ProfileName::isValid(name, &error)) {
        out = {ProfileError::InvalidName, error};
        return std::nullopt;
    }
    const QString path = QDir(m_directory).filePath(fileName(name));
    QFile file(path);
    if (!file.exists()) {
        out = {ProfileError::NotFound,
               tr("No profile is named \"%1\". Run the list command to see the saved profiles.")
                   .arg(name)};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out = {ProfileError::ReadFailed,
               tr("Could not read \"%1\": %2.")
                   .arg(QDir::toNativeSeparators(path), file.errorString())};
        return std::nullopt;
    }
    const QByteArray data = file.read(ProfileDocumentFormat::maxFileSize + 1);
    std::optional<ProfileDocument> document = ProfileDocumentFormat::parse(data, &error);
    if (document && document->secrets) {
        error = tr("It holds secrets, which belong in the keychain.");
        document.reset();
    }
    if (document && !ProfileName::same(document->profile.name, name)) {
        error = tr("It holds the profile \"%1\".").arg(document->profile.name);
        document.reset();
    }
    if (!document) {
        out = {ProfileError::ReadFailed, tr("The profile file \"%1\" is invalid. %2")
                                             .arg(QDir::toNativeSeparators(path), error)};
        return std::nullopt;
    }
    out = {};
    return document->profile;
}

bool ProfileStore::exists(const QString &name) const
{
    return ProfileName::isValid(name) && QFile::exists(QDir(m_directory).filePath(fileName(name)));
}

ProfileResult ProfileStore::validate(const Profile &profile)
{
    const std::optional<FieldProblem> problem = ProfileValidation::check(profile);
    if (!problem)
        return {};
    if (problem->field == QLatin1String("name"))
        return {ProfileError::InvalidName, problem->message};
    return {ProfileError::InvalidValue, tr("Invalid %1: %2").arg(problem->field, problem->message)};
}

ProfileResult ProfileStore::create(const Profile &profile)
{
    Profile stored = profile;
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    if (ProfileResult result = validate(stored); !result.ok())
        return result;
    if (exists(stored.name)) {
        const std::optional<Profile> taken = load(stored.name);
        return {ProfileError::AlreadyExists,
                tr("A profile named \"%1\" already exists. Choose another name, or delete or "
                   "rename the existing one.")
                    .arg(taken ? taken->name : stored.name)};
    }
    return write(stored);
}

ProfileResult ProfileStore::update(const Profile &profile)
{
    ProfileResult result;
    const std::optional<Profile> existing = load(profile.name, &result);
    if (!existing)
        return result;
    Profile stored = profile;
    if (!stored.createdAt.isValid())
        stored.createdAt = existing->createdAt;
    if (ProfileResult invalid = validate(stored); !invalid.ok())
        return invalid;
    return write(stored);
}

ProfileResult ProfileStore::rename(const QString &from, const QString &to)
{
    ProfileResult result;
    std::optional<Profile> profile = load(from, &result);
    if (!profile)
        return result;
    QString error;
    if (!ProfileName::isValid(to, &error))
        return {ProfileError::InvalidName, error};
    const bool caseOnly = ProfileName::same(from, to);
    if (!caseOnly && exists(to)) {
        const std::optional<Profile> taken = load(to);
        return {ProfileError::AlreadyExists,
                tr("A profile named \"%1\" already exists. Choose another name.")
                    .arg(taken ? taken->name : to)};
    }
    profile->name = to;
    result = write(*profile);
    if (!result.ok() || caseOnly)
        return result;
    if (!QFile::remove(QDir(m_directory).filePath(fileName(from)))) {
        qCWarning(lcProfiles) << "renamed profile" << from << "to" << to
                              << "but could not remove the old file";
    }
    qCInfo(lcProfiles) << "renamed profile" << from << "to" << to;
    return {};
}

ProfileResult ProfileStore::remove(const QString &name)
{
    QString error;
    if (!ProfileName::isValid(name, &error))
        return {ProfileError::InvalidName, error};
    QFile file(QDir(m_directory).filePath(fileName(name)));
    if (!file.exists()) {
        return {ProfileError::NotFound,
                tr("No profile is named \"%1\". Run the list command to see the saved profiles.")
                    .arg(name)};
    }
    if (!file.remove()) {
        return {ProfileError::WriteFailed,
                tr("Could not remove \"%1\": %2.")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    }
    qCInfo(lcProfiles) << "removed profile" << name;
    return {};
}

ProfileResult ProfileStore::recordCheck(const QString &name, const CheckRecord &check)
{
    ProfileResult result;
    std::optional<Profile> profile = load(name, &result);
    if (!profile)
        return result;
    CheckRecord record = check;
    record.checkedAt = check.checkedAt.toUTC();
    profile->lastCheck = record;
    if (ProfileResult invalid = validate(*profile); !invalid.ok())
        return invalid;
    return write(*profile);
}

ProfileResult ProfileStore::write(const Profile &profile)
{
    if (!QDir().mkpath(m_directory) ||
        !QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner)) {
        return {ProfileError::WriteFailed, tr("Could not create the profile folder \"%1\".")
                                               .arg(QDir::toNativeSeparators(m_directory))};
    }
    const QString path = QDir(m_directory).filePath(fileName(profile.name));
    QString error;
    if (!ProfileExporter::writePrivateFile(
            path, ProfileDocumentFormat::serialize({profile, std::nullopt}), &error))
        return {ProfileError::WriteFailed, error};
    qCInfo(lcProfiles) << "saved profile" << profile.name;
    return {};
}

} // namespace tba
