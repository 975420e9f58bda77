#pragma once

#include "core/profiles/connectionstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "ui/secretclipboard.h"
#include "ui/setupwizard.h"
#include "ui/wizardcontroller.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

namespace tba {

/// The wizard with the real services the application uses: the network, the profile folder, the
/// system keychain, the user's settings, the clipboard and the desktop's browser. Needs a
/// QApplication.
///
/// The network access manager is created when the first request is sent, such as the account
/// lookup, so that the first page shows without running Qt Network's code.
class WizardSession
{
public:
    WizardSession();

    SetupWizard &wizard() { return m_wizard; }
    WizardController &controller() { return m_controller; }

private:
    QNetworkAccessManager *network();

    /// Declared first, so that it is destroyed after everything that sends requests with it.
    std::unique_ptr<QNetworkAccessManager> m_network;
    ProfileStore m_profiles;
    KeychainSecretStore m_secrets;
    ConnectionStore m_connections;
    QSettings m_settings;
    SecretClipboard m_clipboard;
    WizardController m_controller;
    SetupWizard m_wizard;
};

} // namespace tba
