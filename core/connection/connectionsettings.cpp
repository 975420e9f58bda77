#include "core/connection/connectionsettings.h"

#include <QFile>
#include <QRegularExpression>

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

std::optional<QUrl> ServiceUrl::parse(const QString &text, Kind kind, const QString &label,
                                      QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString display = withoutUserInfo(text);
    if (display != text || !url.userInfo().isEmpty()) {
        *error = tr("Invalid %1 \"%2\": remove the user name and password from the address. "
                    "NetSuite credentials are never part of it.")
                     .arg(label, display);
        return std::nullopt;
    }
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment()) {
        *error = tr("Invalid %1 \"%2\": give an https address without a query, such as %3.")
                     .arg(label, text, example(kind));
        return std::nullopt;
    }
    const QString path = url.path();
    if (kind == Kind::RestBase && !path.isEmpty() && path != QLatin1String("/")) {
        *error = tr("Invalid %1 \"%2\": give the domain without the path \"%3\", such as %4. "
                    "The test adds /services/rest/ itself.")
                     .arg(label, text, path, example(kind));
        return std::nullopt;
    }
    return url;
}

QString ServiceUrl::withoutUserInfo(const QString &text)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    QString display = text;
    display.replace(userInfo, QStringLiteral("\\1"));
    return display;
}

QString ServiceUrl::example(Kind kind)
{
    return kind == Kind::RestBase ? QStringLiteral("https://1234567.suitetalk.api.netsuite.com")
                                  : ConnectionSettings::defaultLookupBaseUrl().toString();
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
