#pragma once

#include "core/requestsigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tba {

/// The outcome of a request below HTTP. Anything but Completed means there is no HTTP status.
enum class TransportResult
{
    Completed,         ///< an HTTP response arrived (any status)
    HostNotFound,      ///< DNS failure
    ConnectionRefused, ///< nothing listens on the port
    Timeout,           ///< the request's time ran out
    TlsFailed,         ///< the certificate was rejected; see TlsProblem
    ProxyFailed,       ///< the proxy refused, failed or needs authentication
    RedirectElsewhere, ///< a redirect to another host (or to http) was not followed
    TooManyRedirects,  ///< more than 5 redirects on the same host
    NetworkError,      ///< any other network failure
};

/// The reason a certificate was rejected, most specific first.
enum class TlsProblem
{
    None,
    SelfSigned,
    UnknownIssuer,
    Expired,
    HostMismatch,
    Other
};

/// The observations of one request. Contains no secret, signature, Authorization header or
/// unbounded body.
struct HttpOutcome
{
    TransportResult transport = TransportResult::NetworkError;
    TlsProblem tlsProblem = TlsProblem::None;
    int httpStatus = 0;
    /// NetSuite's o:errorCode and detail from the first entry of o:errorDetails, when present.
    QString errorCode;
    QString errorDetail;
    /// Qt's description of a transport failure, for the detail line of a report.
    QString transportError;
    /// The host a redirect pointed to, when transport is RedirectElsewhere.
    QUrl redirectTarget;
    /// The server's clock from the Date header, when there was one.
    std::optional<QDateTime> serverDate;
    /// Local clock (from the injected clock) when the response headers arrived, in seconds.
    qint64 localTimeAtResponse = 0;
    /// The body, at most ConnectionSettings::maxBodyBytes; `bodyTruncated` is true when more was
    /// sent.
    QByteArray body;
    bool bodyTruncated = false;
    qint64 elapsedMs = 0;

    bool isHttp() const { return transport == TransportResult::Completed; }
    bool isSuccess() const { return isHttp() && httpStatus >= 200 && httpStatus < 300; }
    /// Server clock minus local clock in seconds, when the response had a Date header.
    std::optional<qint64> clockSkewSeconds() const;
};

/// The request HttpProbe sends: method, URL, an optional JSON body and extra headers.
struct ProbeRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray jsonBody; ///< sent with Content-Type: application/json
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// Network rules every request follows, shared by the steps of a ConnectionTest.
struct ProbePolicy
{
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 20000;
    qint64 maxBodyBytes = 1024 * 1024;
    RequestSigner::Clock clock = RequestSigner::systemClock;
};

/// Sends one request and reports an HttpOutcome through finished().
///
/// TLS is verified against the system's authorities plus the policy's; no error is ever ignored.
/// No cookie is sent or stored. A redirect is followed (at most 5 times) only to the same https
/// host and port, re-signed for the new URL; a redirect elsewhere ends the probe with
/// RedirectElsewhere and is never sent the Authorization header. The whole exchange has one
/// timeout; the body is kept up to the policy's limit and the transfer is aborted past it.
/// The probe does not own the manager, which must outlive it. Lives in the manager's thread.
class HttpProbe : public QObject
{
    Q_OBJECT

public:
    /// `signer` may be null for an unsigned request such as the data-center lookup.
    HttpProbe(QNetworkAccessManager *manager, ProbePolicy policy,
              std::shared_ptr<const RequestSigner> signer, QObject *parent = nullptr);
    ~HttpProbe() override;

    /// Starts the request. Call once; finished() follows exactly once, also after abort().
    void start(const ProbeRequest &request);
    /// Stops the request; finished() reports NetworkError with "cancelled".
    void abort();

    /// Returns the outcome once finished() was emitted.
    const HttpOutcome &outcome() const { return m_outcome; }

signals:
    void finished(const tba::HttpOutcome &outcome);

private:
    void send(const QUrl &url);
    void onReadyRead();
    void readBody(QNetworkReply *reply);
    bool usesProxy(const QUrl &url) const;
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void finish();

    QNetworkAccessManager *m_manager;
    ProbePolicy m_policy;
    std::shared_ptr<const RequestSigner> m_signer;
    ProbeRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    HttpOutcome m_outcome;
    QList<QSslError> m_sslErrors;
    int m_redirects = 0;
    bool m_viaProxy = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
};

/// Maps Qt's network error and TLS errors to a TransportResult and TlsProblem. Pure.
TransportResult classifyNetworkError(QNetworkReply::NetworkError error);
TlsProblem classifyTlsErrors(const QList<QSslError> &errors);

/// Reads o:errorCode and detail from a NetSuite error body into `outcome`. Pure.
void parseNetSuiteError(const QByteArray &body, QString *errorCode, QString *detail);

} // namespace tba
