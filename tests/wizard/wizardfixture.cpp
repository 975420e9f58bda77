#include "wizardfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

WizardFixture::WizardFixture()
{
    settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    profiles = std::make_unique<tba::ProfileStore>(profilesPath());
    secrets.setServiceName(QStringLiteral("netsuite-tba-wizard-test-") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces));
    connections = std::make_unique<tba::ConnectionStore>(*profiles, secrets);
}

void WizardFixture::setAdvanced(const QUrl &lookupUrl, const QString &caFile)
{
    tba::WizardProgress progress = tba::WizardProgress::load(*settings);
    progress.advanced.lookupBaseUrl = lookupUrl;
    progress.advanced.caFile = caFile;
    progress.save(*settings);
    settings->sync();
}

QUrl WizardFixture::closedLocalUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QUrl();
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

tba::WizardServices WizardFixture::services()
{
    tba::WizardServices services;
    services.network = [this] { return &network; };
    services.connections = connections.get();
    services.settings = settings.get();
    services.openUrl = [this](const QUrl &url) {
        openedUrls.append(url);
        return true;
    };
    return services;
}

tba::WizardController *WizardFixture::makeController()
{
    controller = std::make_unique<tba::WizardController>(services());
    return controller.get();
}

void WizardFixture::destroyController()
{
    controller.reset();
    settings->sync();
}

QString WizardFixture::settingsPath() const
{
    return dir.filePath(QStringLiteral("settings.ini"));
}

QString WizardFixture::profilesPath() const
{
    return dir.filePath(QStringLiteral("profiles"));
}

bool readStoredCredentials(tba::SecretStore &store, const QString &profile,
                           tba::Credentials *credentials)
{
    bool done = false;
    bool ok = false;
    tba::readCredentials(store, profile,
                         [&](const tba::SecretStoreResult &result, const tba::Credentials &read) {
                             done = true;
                             ok = result.ok();
                             *credentials = read;
                         });
    return QTest::qWaitFor([&] { return done; }, 20000) && ok;
}
