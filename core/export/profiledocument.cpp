#include "core/export/profiledocument.h"

#include "core/export/exportformat.h"
#include "core/profiles/profilevalidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

namespace tba {
namespace {

QString toIsoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject profileToJson(const Profile &profile)
{
    QJsonObject object{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("accountId"), profile.accountId},
        {QStringLiteral("authMethod"), profile.authMethod},
        {QStringLiteral("permissionPreset"), profile.permissionPreset},
        {QStringLiteral("createdAt"), toIsoTime(profile.createdAt)},
    };
    const std::pair<const char *, QJsonValue> optionals[] = {
        {"restDomain", optionalText(profile.restDomain.toString())},
        {"webservicesDomain", optionalText(profile.webservicesDomain.toString())},
        {"systemDomain", optionalText(profile.systemDomain.toString())},
        {"integrationName", optionalText(profile.integrationName)},
        {"roleName", optionalText(profile.roleName)},
    };
    for (const auto &[key, value] : optionals) {
        if (!value.isNull())
            object.insert(QLatin1String(key), value);
    }
    if (profile.lastCheck) {
        object.insert(
            QStringLiteral("lastCheck"),
            QJsonObject{{QStringLiteral("checkedAt"), toIsoTime(profile.lastCheck->checkedAt)},
                        {QStringLiteral("succeeded"), profile.lastCheck->succeeded},
                        {QStringLiteral("summary"), profile.lastCheck->summary}});
    }
    return object;
}

QJsonObject secretsToJson(const EncryptedSecrets &secrets)
{
    const auto base64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toBase64());
    };
    return QJsonObject{
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                                            {QStringLiteral("log2N"), secrets.scryptLog2N},
                                            {QStringLiteral("r"), secrets.scryptR},
                                            {QStringLiteral("p"), secrets.scryptP},
                                            {QStringLiteral("salt"), base64(secrets.salt)}}},
        {QStringLiteral("cipher"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("AES-256-GCM")},
                     {QStringLiteral("nonce"), base64(secrets.nonce)},
                     {QStringLiteral("tag"), base64(secrets.tag)}}},
        {QStringLiteral("ciphertext"), base64(secrets.ciphertext)},
    };
}

/// Reads one JSON object member by member, remembering the first problem with its full path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {}

    bool failed() const { return m_failed; }

    QString fieldPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &key, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error =
            ProfileDocumentFormat::tr("Invalid field \"%1\": %2").arg(fieldPath(key), message);
    }

    /// Rejects members other than `known`, because each new member raises the format version.
    void rejectUnknown(std::initializer_list<const char *> known)
    {
        QSet<QString> allowed;
        for (const char *key : known)
            allowed.insert(QLatin1String(key));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(it.key(), ProfileDocumentFormat::tr("This member is not part of the format."));
                return;
            }
        }
    }

    QString text(const char *key, bool required)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || (!required && value.isNull())) {
            if (required)
                fail(name, ProfileDocumentFormat::tr("It is missing."));
            return QString();
        }
        if (!value.isString()) {
            fail(name, ProfileDocumentFormat::tr("It must be a string."));
            return QString();
        }
        return value.toString();
    }

    QDateTime time(const char *key, bool required)
    {
        const QString value = text(key, required);
        if (value.isEmpty())
            return QDateTime();
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid()) {
            fail(QLatin1String(key), ProfileDocumentFormat::tr("\"%1\" is not an ISO 8601 time "
                                                               "such as 2026-01-31T12:00:00Z.")
                                         .arg(value.left(64)));
        }
        // Times are kept to the second, as they are written; ISO 8601 also allows fractions
        // such as "12:00,5", which would not survive a round trip.
        return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
    }

    QUrl domain(const char *key)
    {
        const QString value = text(key, false);
        // Checked here, because an invalid URL no longer has the text to name in the message.
        if (const std::optional<QString> problem = ProfileValidation::checkDomainText(value))
            fail(QLatin1String(key), *problem);
        return value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
    }

    bool boolean(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isBool())
            fail(QLatin1String(key), ProfileDocumentFormat::tr("It must be true or false."));
        return value.toBool();
    }

    int integer(const char *key, int minimum, int maximum)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(int(number)) || number < minimum ||
            number > maximum) {
            fail(QLatin1String(key), ProfileDocumentFormat::tr("It must be a whole number from %1 "
                                                               "to %2.")
                                         .arg(minimum)
                                         .arg(maximum));
            return 0;
        }
        return int(number);
    }

    QByteArray base64(const char *key, qsizetype minimumSize, qsizetype maximumSize)
    {
        const QString value = text(key, true);
        if (failed())
            return QByteArray();
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() < minimumSize ||
            decoded.decoded.size() > maximumSize) {
            fail(QLatin1String(key),
                 ProfileDocumentFormat::tr("It must be Base64 of %1 to %2 bytes.")
                     .arg(minimumSize)
                     .arg(maximumSize));
            return QByteArray();
        }
        return decoded.decoded;
    }

    std::optional<QJsonObject> object(const char *key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || (!required && value.isNull())) {
            if (required)
                fail(QLatin1String(key), ProfileDocumentFormat::tr("It is missing."));
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(QLatin1String(key), ProfileDocumentFormat::tr("It must be an object."));
            return std::nullopt;
        }
        return value.toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_failed = false;
};

std::optional<CheckRecord> readCheck(const QJsonObject &object, QString *error)
{
    ObjectReader reader(object, QStringLiteral("profile.lastCheck"), error);
    reader.rejectUnknown({"checkedAt", "succeeded", "summary"});
    CheckRecord check;
    check.checkedAt = reader.time("checkedAt", true);
    check.succeeded = reader.boolean("succeeded");
    check.summary = reader.text("summary", true);
    if (reader.failed())
        return std::nullopt;
    return check;
}

std::optional<Profile> readProfile(const QJsonObject &object, QString *error)
{
    ObjectReader reader(object, QStringLiteral("profile"), error);
    reader.rejectUnknown({"name", "accountId", "authMethod", "permissionPreset", "createdAt",
                          "restDomain", "webservicesDomain", "systemDomain", "integrationName",
                          "roleName", "lastCheck"});
    Profile profile;
    profile.name = reader.text("name", true);
    profile.accountId = reader.text("accountId", true);
    profile.authMethod = reader.text("authMethod", true);
    profile.permissionPreset = reader.text("permissionPreset", true);
    profile.createdAt = reader.time("createdAt", true);
    profile.restDomain = reader.domain("restDomain");
    profile.webservicesDomain = reader.domain("webservicesDomain");
    profile.systemDomain = reader.domain("systemDomain");
    profile.integrationName = reader.text("integrationName", false);
    profile.roleName = reader.text("roleName", false);
    const std::optional<QJsonObject> check = reader.object("lastCheck", false);
    if (reader.failed())
        return std::nullopt;
    if (check) {
        profile.lastCheck = readCheck(*check, error);
        if (!profile.lastCheck)
            return std::nullopt;
    }
    if (const std::optional<FieldProblem> problem = ProfileValidation::check(profile)) {
        reader.fail(problem->field, problem->message);
        return std::nullopt;
    }
    return profile;
}

std::optional<EncryptedSecrets> readSecrets(const QJsonObject &object, QString *error)
{
    ObjectReader reader(object, QStringLiteral("secrets"), error);
    reader.rejectUnknown({"kdf", "cipher", "ciphertext"});
    const std::optional<QJsonObject> kdf = reader.object("kdf", true);
    const std::optional<QJsonObject> cipher = reader.object("cipher", true);
    EncryptedSecrets secrets;
    // The four credentials and their JSON keys take far less than 64 KiB.
    secrets.ciphertext = reader.base64("ciphertext", 1, 64 * 1024);
    if (reader.failed())
        return std::nullopt;

    ObjectReader kdfReader(*kdf, QStringLiteral("secrets.kdf"), error);
    kdfReader.rejectUnknown({"name", "log2N", "r", "p", "salt"});
    if (kdfReader.text("name", true) != QLatin1String("scrypt") && !kdfReader.failed())
        kdfReader.fail(QStringLiteral("name"), ProfileDocumentFormat::tr("Only \"scrypt\" is "
                                                                         "supported."));
    // Bounds keep a crafted file from asking for more than 256 MiB of memory (128 * r * N bytes).
    secrets.scryptLog2N = kdfReader.integer("log2N", 14, 18);
    secrets.scryptR = kdfReader.integer("r", 8, 8);
    secrets.scryptP = kdfReader.integer("p", 1, 4);
    secrets.salt = kdfReader.base64("salt", 16, 64);
    if (kdfReader.failed())
        return std::nullopt;

    ObjectReader cipherReader(*cipher, QStringLiteral("secrets.cipher"), error);
    cipherReader.rejectUnknown({"name", "nonce", "tag"});
    if (cipherReader.text("name", true) != QLatin1String("AES-256-GCM") && !cipherReader.failed())
        cipherReader.fail(QStringLiteral("name"), ProfileDocumentFormat::tr("Only \"AES-256-GCM\" "
                                                                            "is supported."));
    secrets.nonce = cipherReader.base64("nonce", 12, 12);
    secrets.tag = cipherReader.base64("tag", 16, 16);
    if (cipherReader.failed())
        return std::nullopt;
    return secrets;
}

} // namespace

QByteArray ProfileDocumentFormat::associatedData(const Profile &profile, int version)
{
    QByteArray data = QByteArray(formatName) + '/' + QByteArray::number(version);
    if (version == 1)
        return data;
    // QJsonObject keeps its members sorted by name and the compact form has no whitespace, so
    // the same profile always gives the same bytes.
    return data + '\n' + QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact);
}

namespace {

/// Returns the error for an Env, Ini or Postman export, or an empty string for any other data.
QString otherExportError(const QByteArray &data)
{
    const std::optional<ExportFormat> format = ProfileExporter::recognizeOtherFormat(data);
    if (!format)
        return QString();
    return ProfileDocumentFormat::tr(
               "The file is an export in the %1 format, which is for other tools. Only exports "
               "in the json format can be imported, not the env, ini or postman formats: export "
               "the profile again in the json format.")
        .arg(ProfileExporter::formatName(*format));
}

} // namespace

QByteArray ProfileDocumentFormat::serialize(const ProfileDocument &document)
{
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(formatName)},
        {QStringLiteral("version"), currentVersion},
        {QStringLiteral("profile"), profileToJson(document.profile)},
    };
    if (document.secrets)
        root.insert(QStringLiteral("secrets"), secretsToJson(*document.secrets));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ProfileDocument> ProfileDocumentFormat::parse(const QByteArray &data, QString *error)
{
    if (data.size() > maxFileSize) {
        *error = tr("The file is %1 bytes long; profile files are at most %2 bytes (1 MiB).")
                     .arg(data.size())
                     .arg(maxFileSize);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (const QString otherFormat = otherExportError(data); !otherFormat.isEmpty()) {
        *error = otherFormat;
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON: %1 at byte %2. It may be truncated or damaged.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!json.isObject()) {
        *error = tr("The file is not a profile: its JSON is not an object.");
        return std::nullopt;
    }
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        *error = tr("The file is not a profile: its \"format\" member is not \"%1\".")
                     .arg(QLatin1String(formatName));
        return std::nullopt;
    }
    ObjectReader reader(root, QString(), error);
    const int version = reader.integer("version", 1, std::numeric_limits<int>::max());
    if (reader.failed())
        return std::nullopt;
    if (version > currentVersion) {
        *error = tr("The file uses profile format version %1, made by a newer version of this "
                    "application; this version reads up to version %2. Update the application "
                    "to import it.")
                     .arg(version)
                     .arg(currentVersion);
        return std::nullopt;
    }
    reader.rejectUnknown({"format", "version", "profile", "secrets"});
    const std::optional<QJsonObject> profileObject = reader.object("profile", true);
    const std::optional<QJsonObject> secretsObject = reader.object("secrets", false);
    if (reader.failed())
        return std::nullopt;

    ProfileDocument document;
    document.version = version;
    std::optional<Profile> profile = readProfile(*profileObject, error);
    if (!profile)
        return std::nullopt;
    document.profile = std::move(*profile);
    if (secretsObject) {
        document.secrets = readSecrets(*secretsObject, error);
        if (!document.secrets)
            return std::nullopt;
    }
    return document;
}

} // namespace tba
