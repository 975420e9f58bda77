#pragma once

#include "core/connection/datacenterlookup.h"
#include "core/connection/httpprobe.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tba {

/// Confirms that an account exists with NetSuite's data-center lookup, which needs no
/// credentials, and returns the account's domains.
///
/// When the lookup returns "Service Unavailable", it is retried once with the c parameter, as
/// NetSuite advises. The manager is not owned and must outlive the lookup.
class AccountLookup : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        NotRun,
        Running,
        Found,    ///< the account exists; domains() holds its domains
        NotFound, ///< NetSuite says there is no such account
        Offline,  ///< NetSuite could not be reached: DNS, refused connection, proxy, timeout
        Failed,   ///< any other failure, such as a TLS error or an unexpected answer
    };

    /// `network` returns the manager each request is sent with; it is called once per request.
    explicit AccountLookup(std::function<QNetworkAccessManager *()> network,
                           QObject *parent = nullptr);

    /// Returns the name of `status` for log lines, such as "Found".
    static const char *statusName(Status status);

    /// Starts a lookup of `realm` at `baseUrl`, cancelling one in progress.
    void start(const QString &realm, const QUrl &baseUrl, const ProbePolicy &policy);
    void cancel();

    Status status() const { return m_status; }
    QString realm() const { return m_realm; }
    /// One sentence for the administrator about the last result.
    QString message() const { return m_message; }
    const DataCenterDomains &domains() const { return m_domains; }

signals:
    /// The lookup ended; status() is Found, NotFound, Offline or Failed.
    void finished();

private:
    void send(bool withCompany);
    void onProbeFinished(const HttpOutcome &outcome, bool withCompany);
    void finish(Status status, const QString &message);
    QString transportMessage(const HttpOutcome &outcome) const;

    std::function<QNetworkAccessManager *()> m_network;
    QPointer<HttpProbe> m_probe;
    ProbePolicy m_policy;
    QString m_realm;
    QUrl m_baseUrl;
    Status m_status = Status::NotRun;
    QString m_message;
    DataCenterDomains m_domains;
};

} // namespace tba
