#include "core/export/exportformat.h"

#include "core/export/exportlogging.h"
#include "core/export/profiledocument.h"
#include "core/export/secretsencryption.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace tba {
namespace {

struct Variable
{
    QString name;
    QString value;
    bool secret;
};

/// The variables of the .env and Postman exports, non-secret ones first; secrets only when the
/// request carries credentials.
QList<Variable> variables(const ExportRequest &request, const char *prefix)
{
    const Profile &profile = request.profile;
    const QString p = QLatin1String(prefix);
    QList<Variable> list{{p + QStringLiteral("ACCOUNT_ID"), profile.accountId, false}};
    const std::pair<const char *, QUrl> domains[] = {
        {"REST_DOMAIN", profile.restDomain},
        {"WEBSERVICES_DOMAIN", profile.webservicesDomain},
        {"SYSTEM_DOMAIN", profile.systemDomain}};
    for (const auto &[name, url] : domains) {
        if (!url.isEmpty())
            list.append({p + QLatin1String(name), url.toString(), false});
    }
    if (request.credentials) {
        for (const CredentialField field : allCredentialFields) {
            // "NETSUITE_CONSUMER_KEY" without its "NETSUITE_" gives "CONSUMER_KEY".
            const QString name =
                QString::fromLatin1(CredentialValidator::environmentVariable(field)).mid(9);
            list.append({p + name, request.credentials->value(field), true});
        }
    }
    return list;
}

/// Quotes a .env value when it contains anything beyond letters, digits and URL punctuation. Double
/// quotes with backslash escapes are read the same way by python-dotenv, Docker Compose and
/// shells that source the file.
QString envValue(const QString &value)
{
    bool plain = true;
    for (const QChar c : value) {
        if (!c.isLetterOrNumber() && !QStringLiteral("_-.:/").contains(c))
            plain = false;
    }
    if (plain)
        return value;
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') ||
            c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray renderEnv(const ExportRequest &request)
{
    QString text = QStringLiteral("# NetSuite connection profile \"%1\", exported by "
                                  "netsuite-tba-wizard.\n")
                       .arg(request.profile.name);
    if (!request.credentials)
        text += QStringLiteral("# The four secrets were not included.\n");
    for (const Variable &variable : variables(request, "NETSUITE_"))
        text += variable.name + QLatin1Char('=') + envValue(variable.value) + QLatin1Char('\n');
    return text.toUtf8();
}

/// Writes the configuration file of the Python "netsuite" package: its [netsuite] section with
/// auth_type, account and the four token fields, read with configparser, whose interpolation
/// needs "%" doubled.
QByteArray renderIni(const ExportRequest &request)
{
    const auto iniValue = [](QString value) {
        return value.replace(QLatin1Char('%'), QLatin1String("%%"));
    };
    QString text = QStringLiteral("; NetSuite connection profile \"%1\", exported by "
                                  "netsuite-tba-wizard.\n")
                       .arg(request.profile.name);
    if (!request.credentials)
        text += QStringLiteral("; The four secrets were not included.\n");
    text += QStringLiteral("[netsuite]\nauth_type = token\naccount = %1\n")
                .arg(iniValue(request.profile.accountId));
    if (request.credentials) {
        const std::pair<const char *, CredentialField> keys[] = {
            {"consumer_key", CredentialField::ConsumerKey},
            {"consumer_secret", CredentialField::ConsumerSecret},
            {"token_id", CredentialField::TokenId},
            {"token_secret", CredentialField::TokenSecret}};
        for (const auto &[key, field] : keys) {
            text += QLatin1String(key) + QStringLiteral(" = ") +
                    iniValue(request.credentials->value(field)) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

QByteArray renderPostman(const ExportRequest &request)
{
    QJsonArray values;
    for (const Variable &variable : variables(request, "")) {
        values.append(
            QJsonObject{{QStringLiteral("key"), variable.name},
                        {QStringLiteral("value"), variable.value},
                        {QStringLiteral("type"),
                         variable.secret ? QStringLiteral("secret") : QStringLiteral("default")},
                        {QStringLiteral("enabled"), true}});
    }
    const QJsonObject environment{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), QStringLiteral("NetSuite %1").arg(request.profile.name)},
        {QStringLiteral("values"), values},
        {QStringLiteral("_postman_variable_scope"), QStringLiteral("environment")},
        {QStringLiteral("_postman_exported_using"), QStringLiteral("netsuite-tba-wizard")},
    };
    return QJsonDocument(environment).toJson(QJsonDocument::Indented);
}

} // namespace

std::optional<ExportFormat> ProfileExporter::parseFormat(const QString &name)
{
    for (const ExportFormat format :
         {ExportFormat::Json, ExportFormat::Env, ExportFormat::Ini, ExportFormat::Postman}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> ProfileExporter::recognizeOtherFormat(const QByteArray &data)
{
    const QJsonDocument json = QJsonDocument::fromJson(data);
    if (json.isObject()) {
        if (json.object().contains(QStringLiteral("_postman_variable_scope")))
            return ExportFormat::Postman;
        return std::nullopt;
    }
    static const QRegularExpression envLine(
        QStringLiteral("^(export\\s+)?[A-Za-z_][A-Za-z0-9_]*=\\S*"));
    static const QRegularExpression iniSection(QStringLiteral("^\\[[A-Za-z][^\\]]*\\]$"));
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (iniSection.match(trimmed).hasMatch())
            return ExportFormat::Ini;
        if (envLine.match(trimmed).hasMatch())
            return ExportFormat::Env;
    }
    return std::nullopt;
}

QString ProfileExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Env:
        return QStringLiteral("env");
    case ExportFormat::Ini:
        return QStringLiteral("ini");
    case ExportFormat::Postman:
        return QStringLiteral("postman");
    }
    return QString();
}

std::optional<QByteArray> ProfileExporter::render(const ExportRequest &request, QString *error)
{
    switch (request.format) {
    case ExportFormat::Json: {
        ProfileDocument document{request.profile, std::nullopt};
        if (request.credentials) {
            document.secrets = SecretsEncryption::encrypt(
                *request.credentials, request.passphrase,
                ProfileDocumentFormat::associatedData(document.profile, document.version), error);
            if (!document.secrets)
                return std::nullopt;
        }
        return ProfileDocumentFormat::serialize(document);
    }
    case ExportFormat::Env:
        return renderEnv(request);
    case ExportFormat::Ini:
        return renderIni(request);
    case ExportFormat::Postman:
        return renderPostman(request);
    }
    return std::nullopt;
}

bool ProfileExporter::writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    // QSaveFile writes through a symbolic link to its target, which could be any file of the
    // user's, and would give that file mode 0600.
    // NOTE: a link created between this check and QSaveFile::open() is still followed.
    if (QFileInfo(path).isSymLink()) {
        *error = tr("Could not write \"%1\": it is a symbolic link, which is never replaced. Give "
                    "the path of a regular file.")
                     .arg(QDir::toNativeSeparators(path));
        qCWarning(lcExport) << "refused to write through the symbolic link" << path;
        return false;
    }
    QSaveFile file(path);
    // Permissions are set on the temporary file before any byte is written, so the data is never
    // readable by others, not even for a moment.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(data) == data.size() && file.commit();
    if (!ok) {
        *error = tr("Could not write \"%1\": %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        qCWarning(lcExport) << "writing" << path << "failed:" << file.errorString();
        return false;
    }
    qCDebug(lcExport) << "wrote" << path;
    return true;
}

} // namespace tba
