#include "scenarios.h"

#include <QJsonArray>

using tba::ConnectionStatus;
using tba::ConnectionStep;

namespace {

Scenario make(const char *name, ConnectionStatus status, ConnectionStep failedStep,
              const char *firstCause, int exitCode)
{
    Scenario scenario;
    scenario.name = QString::fromLatin1(name);
    scenario.status = status;
    scenario.failedStep = failedStep;
    scenario.firstCause = QString::fromLatin1(firstCause);
    scenario.exitCode = exitCode;
    return scenario;
}

} // namespace

QList<Scenario> endToEndScenarios()
{
    QList<Scenario> list;

    list << make("connected", ConnectionStatus::Connected, ConnectionStep::LocalChecks, "", 0);

    Scenario viaBaseUrl = make("connectedWithBaseUrl", ConnectionStatus::Connected,
                               ConnectionStep::LocalChecks, "", 0);
    viaBaseUrl.target = Scenario::Target::BaseUrl;
    list << viaBaseUrl;

    Scenario wrongSecret = make("wrongTokenSecret", ConnectionStatus::AuthenticationRejected,
                                ConnectionStep::Login, "wrong-secret", 2);
    wrongSecret.wrongTokenSecret = true;
    list << wrongSecret;

    Scenario revoked = make("revokedToken", ConnectionStatus::AuthenticationRejected,
                            ConnectionStep::Login, "wrong-secret", 2);
    revoked.config = {{QStringLiteral("revoked"), true}};
    list << revoked;

    Scenario blocked = make("integrationBlocked", ConnectionStatus::AuthenticationRejected,
                            ConnectionStep::Login, "wrong-secret", 2);
    blocked.config = {{QStringLiteral("blocked"), true}};
    list << blocked;

    Scenario featureOff = make("featureDisabled", ConnectionStatus::AuthenticationRejected,
                               ConnectionStep::Login, "wrong-secret", 2);
    featureOff.config = {{QStringLiteral("feature_disabled"), true}};
    list << featureOff;

    Scenario clockFar = make("clockTenMinutesOff", ConnectionStatus::AuthenticationRejected,
                             ConnectionStep::Login, "clock-skew", 2);
    clockFar.config = {{QStringLiteral("clock_offset_seconds"), 600}};
    list << clockFar;

    Scenario clockNear = make("clockThreeMinutesOff", ConnectionStatus::Connected,
                              ConnectionStep::LocalChecks, "", 0);
    clockNear.config = {{QStringLiteral("clock_offset_seconds"), -180}};
    list << clockNear;

    Scenario missing = make("permissionsMissing", ConnectionStatus::PermissionsMissing,
                            ConnectionStep::PermissionAudit, "missing-permission", 3);
    missing.config = {{QStringLiteral("missing_permissions"),
                       QJsonArray{QStringLiteral("salesOrder"), QStringLiteral("suiteql")}}};
    list << missing;

    Scenario invalidHeader = make("invalidHeader", ConnectionStatus::RequestRejected,
                                  ConnectionStep::Login, "invalid-header", 4);
    invalidHeader.config = {
        {QStringLiteral("login_error"),
         QJsonObject{{QStringLiteral("status"), 400},
                     {QStringLiteral("code"), QStringLiteral("INVALID_HEADER")},
                     {QStringLiteral("detail"),
                      QStringLiteral("Invalid Accept-Language header value: fr-FR.")}}}};
    list << invalidHeader;

    Scenario forbiddenTokens = make("loginForbiddenForTokens", ConnectionStatus::LoginForbidden,
                                    ConnectionStep::Login, "role-lacks-token-login", 2);
    forbiddenTokens.config = {
        {QStringLiteral("login_error"),
         QJsonObject{{QStringLiteral("status"), 403},
                     {QStringLiteral("code"), QStringLiteral("INSUFFICIENT_PERMISSION")},
                     {QStringLiteral("detail"),
                      QStringLiteral("Permission Violation: You need the 'Log in using Access "
                                     "Tokens' permission to access this page.")}}}};
    list << forbiddenTokens;

    Scenario forbiddenRest = make("loginForbiddenForRest", ConnectionStatus::LoginForbidden,
                                  ConnectionStep::Login, "role-lacks-rest", 2);
    forbiddenRest.config = {
        {QStringLiteral("login_error"),
         QJsonObject{{QStringLiteral("status"), 403},
                     {QStringLiteral("code"), QStringLiteral("INSUFFICIENT_PERMISSION")},
                     {QStringLiteral("detail"),
                      QStringLiteral("Permission Violation: You need the 'REST Web Services' "
                                     "permission to access this page.")}}}};
    list << forbiddenRest;

    Scenario lookupDown = make("givenLookupUnavailable", ConnectionStatus::ServerError,
                               ConnectionStep::DataCenterLookup, "lookup-failed", 4);
    lookupDown.config = {{QStringLiteral("lookup"), QStringLiteral("unavailable")}};
    list << lookupDown;

    Scenario lookupError = make("givenLookupError", ConnectionStatus::ServerError,
                                ConnectionStep::DataCenterLookup, "lookup-failed", 4);
    lookupError.config = {{QStringLiteral("lookup"), QStringLiteral("error")}};
    list << lookupError;

    Scenario lookupNoHttps = make("givenLookupWithoutHttpsDomain", ConnectionStatus::ServerError,
                                  ConnectionStep::DataCenterLookup, "lookup-failed", 4);
    lookupNoHttps.config = {{QStringLiteral("lookup"), QStringLiteral("no-https")}};
    list << lookupNoHttps;

    Scenario lookupSlow = make("givenLookupTimeout", ConnectionStatus::Timeout,
                               ConnectionStep::DataCenterLookup, "timeout", 4);
    lookupSlow.config = {{QStringLiteral("delay_ms"), 3000}};
    lookupSlow.timeoutMs = 1000;
    list << lookupSlow;

    Scenario serverError = make("serverError", ConnectionStatus::ServerError, ConnectionStep::Login,
                                "server-error", 4);
    serverError.config = {
        {QStringLiteral("login_error"),
         QJsonObject{{QStringLiteral("status"), 500},
                     {QStringLiteral("code"), QStringLiteral("UNEXPECTED_ERROR")},
                     {QStringLiteral("detail"), QStringLiteral("An unexpected error occurred.")}}}};
    list << serverError;

    Scenario limited = make("concurrencyLimit", ConnectionStatus::RateLimited,
                            ConnectionStep::PermissionAudit, "concurrency-limit", 4);
    limited.config = {{QStringLiteral("concurrency_limit"), 1}, {QStringLiteral("delay_ms"), 100}};
    list << limited;

    Scenario notFound = make("accountNotFound", ConnectionStatus::AccountNotFound,
                             ConnectionStep::DataCenterLookup, "account-not-found", 1);
    notFound.config = {{QStringLiteral("lookup"), QStringLiteral("not-found")}};
    list << notFound;

    Scenario selfSigned = make("tlsSelfSigned", ConnectionStatus::TlsError,
                               ConnectionStep::DataCenterLookup, "tls-self-signed", 4);
    selfSigned.certificate = QStringLiteral("self-signed");
    selfSigned.trustCa = false;
    list << selfSigned;

    Scenario unknownIssuer = make("tlsUnknownIssuer", ConnectionStatus::TlsError,
                                  ConnectionStep::Login, "tls-unknown-issuer", 4);
    unknownIssuer.trustCa = false;
    unknownIssuer.target = Scenario::Target::BaseUrl;
    list << unknownIssuer;

    Scenario expired =
        make("tlsExpired", ConnectionStatus::TlsError, ConnectionStep::Login, "tls-expired", 4);
    expired.certificate = QStringLiteral("expired");
    expired.target = Scenario::Target::BaseUrl;
    list << expired;

    Scenario mismatch = make("tlsHostMismatch", ConnectionStatus::TlsError, ConnectionStep::Login,
                             "tls-host-mismatch", 4);
    mismatch.certificate = QStringLiteral("wrong-host");
    mismatch.target = Scenario::Target::BaseUrl;
    list << mismatch;

    Scenario dns =
        make("dnsFailure", ConnectionStatus::NetworkError, ConnectionStep::Login, "dns-failure", 4);
    dns.target = Scenario::Target::UnknownHost;
    list << dns;

    Scenario refused = make("connectionRefused", ConnectionStatus::NetworkError,
                            ConnectionStep::Login, "connection-refused", 4);
    refused.target = Scenario::Target::ClosedPort;
    list << refused;

    Scenario proxy = make("proxyRefused", ConnectionStatus::NetworkError, ConnectionStep::Login,
                          "proxy-error", 4);
    proxy.target = Scenario::Target::UnknownHost;
    proxy.proxy = QStringLiteral("closed");
    list << proxy;

    Scenario timeout =
        make("timeout", ConnectionStatus::Timeout, ConnectionStep::Login, "timeout", 4);
    timeout.config = {{QStringLiteral("delay_ms"), 3000}};
    timeout.target = Scenario::Target::BaseUrl;
    timeout.timeoutMs = 1000;
    list << timeout;

    Scenario elsewhere = make("redirectToOtherHost", ConnectionStatus::NetworkError,
                              ConnectionStep::Login, "redirect-elsewhere", 4);
    elsewhere.config = {{QStringLiteral("redirect"), QStringLiteral("other-host")}};
    list << elsewhere;

    Scenario sameHost =
        make("redirectOnSameHost", ConnectionStatus::Connected, ConnectionStep::LocalChecks, "", 0);
    sameHost.config = {{QStringLiteral("redirect"), QStringLiteral("same-host")}};
    list << sameHost;

    Scenario huge =
        make("hugeBody", ConnectionStatus::Connected, ConnectionStep::LocalChecks, "", 0);
    huge.config = {{QStringLiteral("huge_body_bytes"), 64 * 1024 * 1024}};
    list << huge;

    return list;
}

bool needsDnsIsolation(const Scenario &scenario)
{
    return scenario.target == Scenario::Target::UnknownHost;
}
