#include "core/connection/datacenterlookup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tba {
namespace {

QUrl httpsDomain(const QJsonObject &object, const char *key)
{
    const QUrl url(object.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return {};
    return url;
}

} // namespace

QUrl DataCenterLookup::requestUrl(const QUrl &base, const QString &realm, bool withCompany)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/rest/datacenterurls"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("account"), realm);
    if (withCompany)
        query.addQueryItem(QStringLiteral("c"), realm);
    url.setQuery(query);
    return url;
}

DataCenterAnswer DataCenterLookup::parse(int httpStatus, const QByteArray &body)
{
    DataCenterAnswer answer;
    if (httpStatus == 503) {
        answer.kind = DataCenterAnswer::Kind::Unavailable;
        answer.error = tr("The lookup service answered \"Service Unavailable\".");
        return answer;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();

    if (httpStatus >= 200 && httpStatus < 300) {
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            answer.error = tr("The lookup answered with something that is not JSON.");
            return answer;
        }
        answer.domains.restDomain = httpsDomain(object, "restDomain");
        answer.domains.webservicesDomain = httpsDomain(object, "webservicesDomain");
        answer.domains.systemDomain = httpsDomain(object, "systemDomain");
        if (!answer.domains.isValid()) {
            answer.error = tr("The lookup's answer has no https webservicesDomain.");
            return answer;
        }
        answer.kind = DataCenterAnswer::Kind::Found;
        return answer;
    }

    // NetSuite answers an unknown account with a 4xx and an error object, in either of its error
    // shapes ({"error": {"code": ...}} or o:errorDetails). Any 4xx but 429 means "no such account".
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 429) {
        answer.kind = DataCenterAnswer::Kind::AccountNotFound;
        const QJsonObject error = object.value(QLatin1String("error")).toObject();
        answer.error = error.value(QLatin1String("message")).toString();
        return answer;
    }
    answer.kind =
        httpStatus >= 500 ? DataCenterAnswer::Kind::Unavailable : DataCenterAnswer::Kind::Malformed;
    answer.error = tr("The lookup answered with HTTP status %1.").arg(httpStatus);
    return answer;
}

} // namespace tba
