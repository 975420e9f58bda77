#include "ui/wizardsession.h"

#include <QGuiApplication>

namespace tba {
namespace {

WizardServices servicesFor(std::function<QNetworkAccessManager *()> network,
                           ConnectionStore *connections, QSettings *settings)
{
    WizardServices services;
    services.network = std::move(network);
    services.connections = connections;
    services.settings = settings;
    services.openUrl = desktopUrlOpener();
    return services;
}

} // namespace

WizardSession::WizardSession()
    : m_profiles(ProfileStore::defaultDirectory()), m_connections(m_profiles, m_secrets),
      m_clipboard(QGuiApplication::clipboard()),
      m_controller(servicesFor([this] { return network(); }, &m_connections, &m_settings)),
      m_wizard(&m_controller, &m_clipboard)
{}

QNetworkAccessManager *WizardSession::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

} // namespace tba
