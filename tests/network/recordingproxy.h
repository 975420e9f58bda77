#pragma once

#include <QNetworkProxyFactory>
#include <QStringList>

#include <memory>

/// A proxy factory that records the host of every request a manager is about to send, so that a
/// test can prove no request was meant for NetSuite's real hosts. Requests to a host under
/// netsuite.com go to a closed local port as their proxy, so even a wrong one sends nothing,
/// not even a DNS query, off the machine; all others go direct.
class RecordingProxyFactory : public QNetworkProxyFactory
{
public:
    explicit RecordingProxyFactory(std::shared_ptr<QStringList> hosts);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /// Returns the hosts in `hosts` that are NetSuite's, such as 1234567.suitetalk.api.netsuite.com.
    static QStringList netSuiteHosts(const QStringList &hosts);

private:
    std::shared_ptr<QStringList> m_hosts;
};
