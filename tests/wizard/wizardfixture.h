#pragma once

#include "core/profiles/connectionstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "ui/wizardcontroller.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// The real services a wizard test runs on: a network manager, a profile folder and a settings
/// file in a temporary folder, and the real keychain of the test session (under a service name
/// of its own). The URL opener records URLs instead of starting a browser.
class WizardFixture
{
public:
    WizardFixture();

    /// Writes advanced settings before a controller is built, so that its first lookup already
    /// goes to `lookupUrl`. Every test sets this: without it the lookup would go to NetSuite.
    void setAdvanced(const QUrl &lookupUrl, const QString &caFile = QString());

    /// Returns a URL on 127.0.0.1 where nothing listens, for tests that need no server.
    static QUrl closedLocalUrl();

    tba::WizardServices services();
    /// Builds a controller on the services; it is destroyed with the fixture.
    tba::WizardController *makeController();
    void destroyController();

    QString settingsPath() const;
    QString profilesPath() const;

    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<tba::ProfileStore> profiles;
    tba::KeychainSecretStore secrets;
    std::unique_ptr<tba::ConnectionStore> connections;
    std::unique_ptr<tba::WizardController> controller;
    QList<QUrl> openedUrls;
};

/// Reads the credentials of `profile` from `store`, waiting for the keychain. Returns false when
/// the read failed or timed out.
bool readStoredCredentials(tba::SecretStore &store, const QString &profile,
                           tba::Credentials *credentials);
