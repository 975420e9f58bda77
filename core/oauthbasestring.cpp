#include "core/oauthbasestring.h"

#include "core/percentencoding.h"

#include <algorithm>

namespace tba {

ParameterList queryParameters(const QUrl &url)
{
    ParameterList parameters;
    if (!url.hasQuery())
        return parameters;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            parameters.append({formDecode(pair), QByteArray()});
        else
            parameters.append({formDecode(pair.left(equals)), formDecode(pair.mid(equals + 1))});
    }
    return parameters;
}

QByteArray baseStringUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray uri = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = url.port();
    const bool defaultPort = port == -1 || (scheme == QLatin1String("http") && port == 80) ||
                             (scheme == QLatin1String("https") && port == 443);
    if (!defaultPort)
        uri += ':' + QByteArray::number(port);
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    uri += path.isEmpty() ? QByteArray("/") : path;
    return uri;
}

QByteArray normalizeParameters(const ParameterList &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    qsizetype length = 0;
    for (const Parameter &parameter : parameters) {
        encoded.append({percentEncode(parameter.first), percentEncode(parameter.second)});
        length += encoded.last().first.size() + encoded.last().second.size() + 2;
    }
    // QByteArray compares bytes as unsigned values, which is the order RFC 5849 requires.
    std::sort(encoded.begin(), encoded.end());

    QByteArray out;
    out.reserve(length);
    for (const auto &pair : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += pair.first;
        out += '=';
        out += pair.second;
    }
    return out;
}

QByteArray signatureBaseString(const QByteArray &method, const QUrl &url,
                               const ParameterList &parameters)
{
    return percentEncode(method.toUpper()) + '&' + percentEncode(baseStringUri(url)) + '&' +
           percentEncode(normalizeParameters(parameters));
}

} // namespace tba
