#include "ui/accountlookup.h"

#include "ui/uilogging.h"

namespace tba {

AccountLookup::AccountLookup(std::function<QNetworkAccessManager *()> network, QObject *parent)
    : QObject(parent), m_network(std::move(network))
{}

void AccountLookup::start(const QString &realm, const QUrl &baseUrl, const ProbePolicy &policy)
{
    cancel();
    m_realm = realm;
    m_baseUrl = baseUrl;
    m_policy = policy;
    m_domains = DataCenterDomains();
    m_status = Status::Running;
    m_message = tr("Looking up account %1...").arg(realm);
    send(false);
}

void AccountLookup::cancel()
{
    if (!m_probe)
        return;
    HttpProbe *probe = m_probe;
    m_probe = nullptr;
    probe->disconnect(this);
    probe->abort();
    probe->deleteLater();
    m_status = Status::NotRun;
}

void AccountLookup::send(bool withCompany)
{
    auto *probe = new HttpProbe(m_network ? m_network() : nullptr, m_policy, nullptr, this);
    m_probe = probe;
    connect(probe, &HttpProbe::finished, this,
            [this, probe, withCompany](const HttpOutcome &outcome) {
                if (m_probe != probe)
                    return;
                m_probe = nullptr;
                probe->deleteLater();
                onProbeFinished(outcome, withCompany);
            });
    ProbeRequest request;
    request.url = DataCenterLookup::requestUrl(m_baseUrl, m_realm, withCompany);
    qCInfo(lcWizard) << "Looking up the data center of" << m_realm << "at" << m_baseUrl.host();
    probe->start(request);
}

void AccountLookup::onProbeFinished(const HttpOutcome &outcome, bool withCompany)
{
    if (!outcome.isHttp()) {
        const bool offline = outcome.transport == TransportResult::HostNotFound ||
                             outcome.transport == TransportResult::ConnectionRefused ||
                             outcome.transport == TransportResult::Timeout ||
                             outcome.transport == TransportResult::ProxyFailed ||
                             outcome.transport == TransportResult::NetworkError;
        finish(offline ? Status::Offline : Status::Failed, transportMessage(outcome));
        return;
    }
    const DataCenterAnswer answer = DataCenterLookup::parse(outcome.httpStatus, outcome.body);
    switch (answer.kind) {
    case DataCenterAnswer::Kind::Found:
        m_domains = answer.domains;
        finish(Status::Found, tr("Account %1 found. Its web services domain is %2.")
                                  .arg(m_realm, answer.domains.webservicesDomain.toString()));
        return;
    case DataCenterAnswer::Kind::AccountNotFound:
        finish(Status::NotFound,
               tr("NetSuite has no account %1. Check the Account ID in Setup > Company > Company "
                  "Information; a sandbox ends in _SB1, _SB2 and so on.")
                   .arg(m_realm));
        return;
    case DataCenterAnswer::Kind::Unavailable:
        if (!withCompany) {
            send(true);
            return;
        }
        finish(Status::Failed, tr("NetSuite's data-center lookup is unavailable (HTTP %1). You "
                                  "can go on; the connection test will try again.")
                                   .arg(outcome.httpStatus));
        return;
    case DataCenterAnswer::Kind::Malformed:
        finish(Status::Failed, tr("NetSuite's data-center lookup gave an unexpected answer "
                                  "(HTTP %1: %2). You can go on; the connection test will try "
                                  "again.")
                                   .arg(outcome.httpStatus)
                                   .arg(answer.error));
        return;
    }
}

QString AccountLookup::transportMessage(const HttpOutcome &outcome) const
{
    const QString host = m_baseUrl.host();
    switch (outcome.transport) {
    case TransportResult::HostNotFound:
    case TransportResult::ConnectionRefused:
    case TransportResult::NetworkError:
        return tr("Could not reach %1 to confirm the account (%2). Check that this computer is "
                  "online; you can go on and test the connection later.")
            .arg(host, outcome.transportError);
    case TransportResult::Timeout:
        return tr("%1 did not answer in time. Check that this computer is online; you can go on "
                  "and test the connection later.")
            .arg(host);
    case TransportResult::ProxyFailed:
        return tr("The proxy refused the connection to %1 (%2). Check the system's proxy "
                  "settings.")
            .arg(host, outcome.transportError);
    case TransportResult::TlsFailed:
        return tr("The certificate of %1 was rejected (%2). Behind a TLS-inspecting proxy, add "
                  "its CA file in Advanced settings.")
            .arg(host, outcome.transportError);
    case TransportResult::RedirectElsewhere:
    case TransportResult::TooManyRedirects:
        return tr("%1 redirected the lookup elsewhere, so it was stopped.").arg(host);
    case TransportResult::Completed:
        break;
    }
    return outcome.transportError;
}

const char *AccountLookup::statusName(Status status)
{
    switch (status) {
    case Status::NotRun:
        return "NotRun";
    case Status::Running:
        return "Running";
    case Status::Found:
        return "Found";
    case Status::NotFound:
        return "NotFound";
    case Status::Offline:
        return "Offline";
    case Status::Failed:
        return "Failed";
    }
    return "Unknown";
}

void AccountLookup::finish(Status status, const QString &message)
{
    m_status = status;
    m_message = message;
    qCInfo(lcWizard) << "Data-center lookup of" << m_realm << "ended:" << statusName(status);
    emit finished();
}

} // namespace tba
