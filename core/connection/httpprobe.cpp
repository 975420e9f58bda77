#include "core/connection/httpprobe.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimeZone>

namespace tba {
namespace {

constexpr int maxRedirects = 5;
constexpr qint64 readBufferBytes = 64 * 1024;

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // RFC 9110's IMF-fixdate, such as "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return date;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(443) == b.port(443);
}

const QList<QSslCertificate> &systemCaCertificates()
{
    // Read once: setting CA certificates on a configuration turns off Qt's on-demand loading of
    // the system's roots, so the system's list is added explicitly.
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

QString cancelledText()
{
    return QCoreApplication::translate("tba::HttpProbe", "The request was cancelled.");
}

QString timeoutText(int timeoutMs)
{
    if (timeoutMs % 1000 == 0) {
        // The count is a variable because lupdate 6.4 skips a translate() call whose count is an
        // expression such as timeoutMs / 1000, and the string would lose its English plural forms.
        const int seconds = timeoutMs / 1000;
        return QCoreApplication::translate("tba::HttpProbe", "No answer within %n second(s).",
                                           nullptr, seconds);
    }
    return QCoreApplication::translate("tba::HttpProbe", "No answer within %n millisecond(s).",
                                       nullptr, timeoutMs);
}

} // namespace

std::optional<qint64> HttpOutcome::clockSkewSeconds() const
{
    if (!serverDate)
        return std::nullopt;
    return serverDate->toSecsSinceEpoch() - localTimeAtResponse;
}

TransportResult classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportResult::Completed;
    case QNetworkReply::HostNotFoundError:
        return TransportResult::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return TransportResult::ConnectionRefused;
    case QNetworkReply::TimeoutError:
        return TransportResult::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportResult::TlsFailed;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return TransportResult::ProxyFailed;
    default:
        break;
    }
    return TransportResult::NetworkError;
}

TlsProblem classifyTlsErrors(const QList<QSslError> &errors)
{
    const auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        for (const QSslError &error : errors) {
            for (const QSslError::SslError kind : kinds) {
                if (error.error() == kind)
                    return true;
            }
        }
        return false;
    };
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return TlsProblem::Expired;
    if (has({QSslError::HostNameMismatch}))
        return TlsProblem::HostMismatch;
    if (has({QSslError::SelfSignedCertificate}))
        return TlsProblem::SelfSigned;
    if (has({QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
             QSslError::UnableToGetIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
             QSslError::CertificateUntrusted}))
        return TlsProblem::UnknownIssuer;
    return errors.isEmpty() ? TlsProblem::None : TlsProblem::Other;
}

void parseNetSuiteError(const QByteArray &body, QString *errorCode, QString *detail)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonObject first =
        object.value(QLatin1String("o:errorDetails")).toArray().first().toObject();
    *errorCode = first.value(QLatin1String("o:errorCode")).toString();
    *detail = first.value(QLatin1String("detail")).toString();
    if (detail->isEmpty())
        *detail = object.value(QLatin1String("title")).toString();
}

HttpProbe::HttpProbe(QNetworkAccessManager *manager, ProbePolicy policy,
                     std::shared_ptr<const RequestSigner> signer, QObject *parent)
    : QObject(parent), m_manager(manager), m_policy(std::move(policy)), m_signer(std::move(signer))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpProbe::onTimeout);
}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpProbe::start(const ProbeRequest &request)
{
    m_request = request;
    m_elapsed.start();
    m_timer.start(m_policy.timeoutMs);
    send(request.url);
}

void HttpProbe::abort()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        finish();
}

void HttpProbe::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No cookie jar: NetSuite rejects a request carrying both session cookies and an
    // Authorization header ("Ambiguous authentication").
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(QCoreApplication::applicationName() + QLatin1Char('/') +
                              QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    // Qt adds the system locale's Accept-Language when the header is missing, and NetSuite
    // answers 400 INVALID_HEADER to a language other than the company's default; "*" leaves
    // the choice to NetSuite.
    request.setRawHeader("Accept-Language", "*");
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_policy.extraCaCertificates.isEmpty())
        ssl.setCaCertificates(systemCaCertificates() + m_policy.extraCaCertificates);
    request.setSslConfiguration(ssl);

    if (m_signer) {
        const SignedRequest signedRequest = m_signer->sign(m_request.method, url);
        if (!signedRequest.ok()) {
            m_outcome.transport = TransportResult::NetworkError;
            m_outcome.transportError = signedRequest.error;
            finish();
            return;
        }
        request.setRawHeader("Authorization", signedRequest.authorization);
    }

    QByteArray body;
    if (!m_request.jsonBody.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        body = m_request.jsonBody;
    }
    m_viaProxy = usesProxy(url);
    qCDebug(lcConnection).noquote() << "request" << m_request.method << url.host() << url.path()
                                    << (m_viaProxy ? "via proxy" : "");
    m_outcome = HttpOutcome();
    m_sslErrors.clear();
    m_reply = m_manager->sendCustomRequest(request, m_request.method, body);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpProbe::onSslErrors);
}

void HttpProbe::onReadyRead()
{
    if (!m_reply)
        return;
    readBody(m_reply);
    if (m_outcome.bodyTruncated) {
        // The rest is not read: abort the transfer so nothing more is buffered.
        m_reply->abort();
    }
}

void HttpProbe::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and finished() reports SslHandshakeFailedError.
    m_sslErrors += errors;
}

void HttpProbe::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);
    if (!m_outcome.bodyTruncated && !m_timedOut && !m_cancelled)
        readBody(reply);

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QUrl url = reply->url();
    if (m_timedOut) {
        m_outcome.transport = TransportResult::Timeout;
        m_outcome.transportError = timeoutText(m_policy.timeoutMs);
        finish();
        return;
    }
    if (m_cancelled) {
        m_outcome.transport = TransportResult::NetworkError;
        m_outcome.transportError = cancelledText();
        finish();
        return;
    }
    if (!status.isValid()) {
        m_outcome.transport = classifyNetworkError(reply->error());
        m_outcome.transportError = reply->errorString();
        // Qt 6.4 reports a refused HTTPS proxy (CONNECT) as UnknownNetworkError, so a connection
        // failure while a proxy is in use is put on the proxy.
        if (m_viaProxy && (m_outcome.transport == TransportResult::NetworkError ||
                           m_outcome.transport == TransportResult::ConnectionRefused ||
                           m_outcome.transport == TransportResult::HostNotFound))
            m_outcome.transport = TransportResult::ProxyFailed;
        if (m_outcome.transport == TransportResult::TlsFailed || !m_sslErrors.isEmpty()) {
            m_outcome.transport = TransportResult::TlsFailed;
            m_outcome.tlsProblem = classifyTlsErrors(m_sslErrors);
            if (!m_sslErrors.isEmpty())
                m_outcome.transportError = m_sslErrors.constFirst().errorString();
        }
        qCInfo(lcConnection).noquote()
            << "failed" << url.host() << int(m_outcome.transport) << reply->error();
        finish();
        return;
    }

    m_outcome.transport = TransportResult::Completed;
    m_outcome.httpStatus = status.toInt();
    m_outcome.localTimeAtResponse = m_policy.clock();
    m_outcome.serverDate = parseHttpDate(reply->rawHeader("Date"));
    parseNetSuiteError(m_outcome.body, &m_outcome.errorCode, &m_outcome.errorDetail);
    qCInfo(lcConnection).noquote()
        << "response" << url.host() << m_outcome.httpStatus << m_outcome.errorCode;

    const bool redirect = m_outcome.httpStatus == 301 || m_outcome.httpStatus == 302 ||
                          m_outcome.httpStatus == 303 || m_outcome.httpStatus == 307 ||
                          m_outcome.httpStatus == 308;
    const QByteArray location = reply->rawHeader("Location");
    if (!redirect || location.isEmpty()) {
        finish();
        return;
    }
    const QUrl target = url.resolved(QUrl::fromEncoded(location));
    // Signed requests stay on their own origin; unsigned ones may move, but never off https.
    const bool allowed = target.isValid() && target.scheme() == QLatin1String("https") &&
                         (!m_signer || sameOrigin(url, target));
    if (!allowed) {
        qCInfo(lcConnection).noquote() << "redirect not followed to" << target.host();
        m_outcome.transport = TransportResult::RedirectElsewhere;
        m_outcome.redirectTarget = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        m_outcome.transportError =
            tr("Redirect to %1 not followed: credentials are only sent to the host asked.")
                .arg(target.host());
        finish();
        return;
    }
    if (++m_redirects > maxRedirects) {
        m_outcome.transport = TransportResult::TooManyRedirects;
        m_outcome.transportError = tr("More than %1 redirects.").arg(maxRedirects);
        finish();
        return;
    }
    if (m_outcome.httpStatus == 303) {
        m_request.method = QByteArrayLiteral("GET");
        m_request.jsonBody.clear();
    }
    send(target);
}

bool HttpProbe::usesProxy(const QUrl &url) const
{
    QList<QNetworkProxy> proxies;
    if (QNetworkProxyFactory *factory = m_manager->proxyFactory())
        proxies = factory->queryProxy(QNetworkProxyQuery(url));
    else if (m_manager->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies << m_manager->proxy();
    else
        proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return !proxies.isEmpty() && proxies.constFirst().type() != QNetworkProxy::NoProxy &&
           proxies.constFirst().type() != QNetworkProxy::DefaultProxy;
}

void HttpProbe::readBody(QNetworkReply *reply)
{
    const qint64 room = m_policy.maxBodyBytes - m_outcome.body.size();
    if (room > 0)
        m_outcome.body += reply->read(room);
    if (reply->bytesAvailable() > 0)
        m_outcome.bodyTruncated = true;
}

void HttpProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_outcome.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    emit finished(m_outcome);
}

} // namespace tba
