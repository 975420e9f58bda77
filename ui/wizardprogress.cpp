#include "ui/wizardprogress.h"

#include "core/connection/connectionsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>

namespace tba {
namespace {

const QString progressGroup = QStringLiteral("progress");
const QString advancedGroup = QStringLiteral("advanced");

/// Returns an error naming `label` when `url` is set but breaks the rules of ServiceUrl::parse(),
/// which the command line applies to --base-url and --lookup-url.
QString checkServiceUrl(const QUrl &url, ServiceUrl::Kind kind, const QString &label)
{
    if (url.isEmpty())
        return QString();
    QString error;
    if (!ServiceUrl::parse(url.toString(), kind, label, &error))
        return error + QLatin1Char(' ') + AdvancedSettings::tr("Or leave the field empty.");
    return QString();
}

/// Returns an error when `path` cannot be read or contains no PEM certificate.
QString checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return QString();
    if (!QFileInfo(path).isReadable()) {
        return AdvancedSettings::tr(
                   "The CA file \"%1\" cannot be read. Choose a readable PEM file, or leave the "
                   "field empty.")
            .arg(path);
    }
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
        return AdvancedSettings::tr(
                   "The CA file \"%1\" contains no PEM certificate. Choose the proxy's CA "
                   "certificate in PEM form (\"-----BEGIN CERTIFICATE-----\"), or leave the "
                   "field empty.")
            .arg(path);
    }
    return QString();
}

} // namespace

QString AdvancedSettings::validate() const
{
    if (const QString error = checkCaFile(caFile); !error.isEmpty())
        return error;
    if (const QString error = checkServiceUrl(restBaseUrl, ServiceUrl::Kind::RestBase,
                                              AdvancedSettings::tr("REST base URL"));
        !error.isEmpty()) {
        return error;
    }
    if (const QString error = checkServiceUrl(lookupBaseUrl, ServiceUrl::Kind::Lookup,
                                              AdvancedSettings::tr("data-center lookup URL"));
        !error.isEmpty()) {
        return error;
    }
    if (timeoutSeconds < minTimeoutSeconds || timeoutSeconds > maxTimeoutSeconds) {
        return AdvancedSettings::tr("The request timeout must be between %1 and %2 seconds.")
            .arg(minTimeoutSeconds)
            .arg(maxTimeoutSeconds);
    }
    return QString();
}

bool AdvancedSettings::operator==(const AdvancedSettings &other) const
{
    return caFile == other.caFile && restBaseUrl == other.restBaseUrl &&
           lookupBaseUrl == other.lookupBaseUrl && timeoutSeconds == other.timeoutSeconds;
}

WizardProgress WizardProgress::load(QSettings &settings)
{
    WizardProgress progress;
    settings.beginGroup(progressGroup);
    progress.accountInput = settings.value(QStringLiteral("accountInput")).toString();
    progress.presetId = settings.value(QStringLiteral("presetId")).toString();
    progress.profileName = settings.value(QStringLiteral("profileName")).toString();
    progress.integrationName = settings.value(QStringLiteral("integrationName")).toString();
    progress.reuseExistingIntegration =
        settings.value(QStringLiteral("reuseExistingIntegration"), false).toBool();
    progress.roleName = settings.value(QStringLiteral("roleName")).toString();
    const QStringList checked = settings.value(QStringLiteral("checkedItems")).toStringList();
    progress.checkedItems = QSet<QString>(checked.cbegin(), checked.cend());
    progress.currentPage = settings.value(QStringLiteral("currentPage"), 0).toInt();
    progress.editedProfile = settings.value(QStringLiteral("editedProfile")).toString();
    settings.endGroup();

    settings.beginGroup(advancedGroup);
    progress.advanced.caFile = settings.value(QStringLiteral("caFile")).toString();
    progress.advanced.restBaseUrl = settings.value(QStringLiteral("restBaseUrl")).toUrl();
    progress.advanced.lookupBaseUrl = settings.value(QStringLiteral("lookupBaseUrl")).toUrl();
    progress.advanced.timeoutSeconds =
        settings.value(QStringLiteral("timeoutSeconds"), AdvancedSettings::defaultTimeoutSeconds)
            .toInt();
    settings.endGroup();
    return progress;
}

void WizardProgress::save(QSettings &settings) const
{
    settings.beginGroup(progressGroup);
    settings.setValue(QStringLiteral("accountInput"), accountInput);
    settings.setValue(QStringLiteral("presetId"), presetId);
    settings.setValue(QStringLiteral("profileName"), profileName);
    settings.setValue(QStringLiteral("integrationName"), integrationName);
    settings.setValue(QStringLiteral("reuseExistingIntegration"), reuseExistingIntegration);
    settings.setValue(QStringLiteral("roleName"), roleName);
    QStringList checked(checkedItems.cbegin(), checkedItems.cend());
    checked.sort();
    settings.setValue(QStringLiteral("checkedItems"), checked);
    settings.setValue(QStringLiteral("currentPage"), currentPage);
    settings.setValue(QStringLiteral("editedProfile"), editedProfile);
    settings.endGroup();

    settings.beginGroup(advancedGroup);
    settings.setValue(QStringLiteral("caFile"), advanced.caFile);
    settings.setValue(QStringLiteral("restBaseUrl"), advanced.restBaseUrl);
    settings.setValue(QStringLiteral("lookupBaseUrl"), advanced.lookupBaseUrl);
    settings.setValue(QStringLiteral("timeoutSeconds"), advanced.timeoutSeconds);
    settings.endGroup();
}

void WizardProgress::clear(QSettings &settings)
{
    settings.remove(progressGroup);
}

} // namespace tba
