#include "recordingproxy.h"

#include "emulatorprocess.h"

RecordingProxyFactory::RecordingProxyFactory(std::shared_ptr<QStringList> hosts)
    : m_hosts(std::move(hosts))
{}

QList<QNetworkProxy> RecordingProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    m_hosts->append(host);
    if (!netSuiteHosts({host}).isEmpty())
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                              closedLocalPort())};
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
}

QStringList RecordingProxyFactory::netSuiteHosts(const QStringList &hosts)
{
    QStringList matching;
    for (const QString &host : hosts) {
        if (host.compare(QLatin1String("netsuite.com"), Qt::CaseInsensitive) == 0 ||
            host.endsWith(QLatin1String(".netsuite.com"), Qt::CaseInsensitive))
            matching << host;
    }
    return matching;
}
