#include "core/connection/connectionsettings.h"

#include <QFile>

namespace tba {

bool ConnectionSettings::usesDefaultLookup() const
{
    const QUrl defaultUrl = defaultLookupBaseUrl();
    const QString path = lookupBaseUrl.path();
    return lookupBaseUrl.scheme() == defaultUrl.scheme() &&
           lookupBaseUrl.host().compare(defaultUrl.host(), Qt::CaseInsensitive) == 0 &&
           lookupBaseUrl.port(443) == 443 && lookupBaseUrl.userInfo().isEmpty() &&
           (path.isEmpty() || path == QLatin1String("/"));
}

std::optional<QList<QSslCertificate>> CaFileLoader::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file \"%1\": %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    // A CA bundle is small; 4 MiB is far above any real one and bounds what is read.
    const QByteArray pem = file.read(4 * 1024 * 1024);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("The CA file \"%1\" holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                     .arg(path);
        return std::nullopt;
    }
    return certificates;
}

} // namespace tba
