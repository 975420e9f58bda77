#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tba {

/// The domains NetSuite's data-center lookup returns for an account.
struct DataCenterDomains
{
    QUrl restDomain;        ///< RESTlets, such as https://1234567.restlets.api.netsuite.com
    QUrl webservicesDomain; ///< REST and SOAP web services, such as https://1234567.suitetalk...
    QUrl systemDomain;      ///< the user interface, such as https://1234567.app.netsuite.com

    bool isValid() const { return webservicesDomain.isValid() && !webservicesDomain.isEmpty(); }
};

/// The meaning of a lookup's response. Pure parsing: no network.
struct DataCenterAnswer
{
    enum class Kind
    {
        Found,           ///< the domains are in `domains`
        AccountNotFound, ///< NetSuite says there is no such account
        Unavailable,     ///< "Service Unavailable": retry with the c parameter, then fall back
        Malformed,       ///< not the expected JSON; `error` says what was wrong
    };

    Kind kind = Kind::Malformed;
    DataCenterDomains domains;
    QString error;
};

/// The data-center lookup of chapter_157011836591: the request's URL and the parsing of its
/// response.
class DataCenterLookup
{
    Q_DECLARE_TR_FUNCTIONS(tba::DataCenterLookup)

public:
    /// Returns "<base>/rest/datacenterurls?account=<realm>", plus "&c=<realm>" when `withCompany`
    /// (NetSuite's advice when the plain form returns "Service Unavailable").
    static QUrl requestUrl(const QUrl &base, const QString &realm, bool withCompany = false);

    /// Interprets an answer from its HTTP status and (bounded) body. Only https domains are
    /// accepted, so a tampered answer cannot downgrade the connection.
    static DataCenterAnswer parse(int httpStatus, const QByteArray &body);
};

} // namespace tba
