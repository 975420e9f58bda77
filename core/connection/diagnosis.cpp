#include "core/connection/diagnosis.h"

#include "core/connection/connectionsettings.h"

#include <cstdlib>

namespace tba {
namespace {

Cause makeCause(const char *id, QString summary, QString fix, QString menuPath, WizardStep step)
{
    return {QString::fromLatin1(id), std::move(summary), std::move(fix), std::move(menuPath), step};
}

QString minutesText(qint64 seconds)
{
    return Diagnoser::tr("%1 minutes")
        .arg(QString::number(double(std::llabs(seconds)) / 60.0, 'f', 1));
}

Cause clockCause(qint64 skew)
{
    return makeCause(
        "clock-skew",
        Diagnoser::tr("This computer's clock is %1 %2 NetSuite's. NetSuite rejects a request whose "
                      "time is more than 5 minutes off its own clock.")
            .arg(minutesText(skew), skew > 0 ? Diagnoser::tr("behind") : Diagnoser::tr("ahead of")),
        Diagnoser::tr("Set the clock to synchronize automatically and check the time zone setting "
                      "(a wrong time zone with the right local time shifts the clock by hours)."),
        {}, WizardStep::None);
}

QString rolePermissionsPath(const PermissionRequirement &permission)
{
    const QString category = permission.name.section(QStringLiteral(" > "), 0, 0);
    return Diagnoser::tr("Setup > Users/Roles > Manage Roles > (the integration's role) > Edit > "
                         "Permissions > %1")
        .arg(category);
}

Cause missingPermissionCause(const PermissionRequirement &permission)
{
    return makeCause("missing-permission",
                     Diagnoser::tr("The role lacks the permission %1.").arg(permission.name),
                     Diagnoser::tr("Add %1 with level %2 to the role, save, and test again.")
                         .arg(permission.name, permission.level),
                     rolePermissionsPath(permission), WizardStep::Role);
}

Cause concurrencyCause()
{
    return makeCause(
        "concurrency-limit",
        Diagnoser::tr("NetSuite refused the request because the account's concurrency limit was "
                      "reached: other integrations were using it. This is not an authentication "
                      "failure."),
        Diagnoser::tr("Test again in a few minutes, or raise the integration's share of the "
                      "limit."),
        Diagnoser::tr("Setup > Integration > Integration Management > Integration Governance"),
        WizardStep::None);
}

bool isSandboxRealm(const QString &realm)
{
    return realm.contains(QLatin1String("_SB"));
}

struct Verdict
{
    ConnectionStatus status;
    QString headline;
    QList<Cause> causes;
};

/// Maps a failed transport (no HTTP status) to a verdict.
Verdict transportVerdict(const HttpOutcome &outcome, const QString &what)
{
    const QString host =
        outcome.redirectTarget.isEmpty() ? QString() : outcome.redirectTarget.host();
    switch (outcome.transport) {
    case TransportResult::HostNotFound:
        return {ConnectionStatus::NetworkError,
                Diagnoser::tr("The server's name could not be resolved (%1).").arg(what),
                {makeCause("dns-failure",
                           Diagnoser::tr("The host name does not exist or no DNS server answered."),
                           Diagnoser::tr("Check the account ID and the network connection; behind "
                                         "a proxy, check the system's proxy settings."),
                           {}, WizardStep::Account)}};
    case TransportResult::ConnectionRefused:
        return {ConnectionStatus::NetworkError,
                Diagnoser::tr("The server refused the connection (%1).").arg(what),
                {makeCause("connection-refused",
                           Diagnoser::tr("Nothing accepts connections at that address and port, or "
                                         "a firewall rejects them."),
                           Diagnoser::tr("Check the base URL and that a firewall allows outgoing "
                                         "HTTPS (port 443)."),
                           {}, WizardStep::None)}};
    case TransportResult::Timeout:
        return {ConnectionStatus::Timeout,
                Diagnoser::tr("No answer in time (%1).").arg(what),
                {makeCause("timeout",
                           Diagnoser::tr("The server or the network did not answer within the "
                                         "request's time limit."),
                           Diagnoser::tr("Check the network connection and firewall, then test "
                                         "again, with a longer timeout if the network is slow."),
                           {}, WizardStep::None)}};
    case TransportResult::ProxyFailed:
        return {ConnectionStatus::NetworkError,
                Diagnoser::tr("The proxy failed (%1).").arg(what),
                {makeCause("proxy-error",
                           Diagnoser::tr("The proxy server in the system's settings refused the "
                                         "connection, failed, or asks for a login."),
                           Diagnoser::tr("Check the system's proxy settings (or the https_proxy "
                                         "environment variable) with your network team."),
                           {}, WizardStep::None)}};
    case TransportResult::RedirectElsewhere:
        return {ConnectionStatus::NetworkError,
                Diagnoser::tr("The server redirected to another host (%1); the signed request "
                              "was not sent there (%2).")
                    .arg(host, what),
                {makeCause("redirect-elsewhere",
                           Diagnoser::tr("The address answers with a redirect to another host. "
                                         "Credentials are only ever sent to the host asked."),
                           Diagnoser::tr("Use the account's own REST domain, as the data-center "
                                         "lookup gives it, instead of a hand-made address."),
                           Diagnoser::tr("Setup > Company > Company Information > Company URLs"),
                           WizardStep::Account)}};
    case TransportResult::TooManyRedirects:
        return {ConnectionStatus::NetworkError,
                Diagnoser::tr("Too many redirects (%1).").arg(what),
                {makeCause("too-many-redirects",
                           Diagnoser::tr("The server keeps redirecting the request."),
                           Diagnoser::tr("Use the account's own REST domain from Company URLs."),
                           Diagnoser::tr("Setup > Company > Company Information > Company URLs"),
                           WizardStep::Account)}};
    case TransportResult::TlsFailed:
        switch (outcome.tlsProblem) {
        case TlsProblem::SelfSigned:
            return {ConnectionStatus::TlsError,
                    Diagnoser::tr("The server's certificate is self-signed (%1).").arg(what),
                    {makeCause("tls-self-signed",
                               Diagnoser::tr("The certificate is not signed by any trusted "
                                             "authority: something intercepts the connection."),
                               Diagnoser::tr("If your company inspects TLS traffic, add its CA "
                                             "certificate (PEM) as the CA file; otherwise do not "
                                             "go on from this network."),
                               {}, WizardStep::None)}};
        case TlsProblem::UnknownIssuer:
            return {ConnectionStatus::TlsError,
                    Diagnoser::tr("The server's certificate comes from an unknown authority "
                                  "(%1).")
                        .arg(what),
                    {makeCause("tls-unknown-issuer",
                               Diagnoser::tr("The certificate's issuer is not trusted, as happens "
                                             "behind a corporate proxy that inspects TLS traffic."),
                               Diagnoser::tr("Ask your network team for the proxy's CA certificate "
                                             "(PEM) and add it as the CA file."),
                               {}, WizardStep::None)}};
        case TlsProblem::Expired:
            return {ConnectionStatus::TlsError,
                    Diagnoser::tr("The server's certificate has expired or is not valid yet "
                                  "(%1).")
                        .arg(what),
                    {makeCause("tls-expired",
                               Diagnoser::tr("The certificate's validity period does not include "
                                             "this computer's date: the certificate expired, or "
                                             "the clock is wrong."),
                               Diagnoser::tr("Check this computer's date first; if it is right, "
                                             "the server or a proxy uses an expired certificate."),
                               {}, WizardStep::None)}};
        case TlsProblem::HostMismatch:
            return {
                ConnectionStatus::TlsError,
                Diagnoser::tr("The server's certificate is for another host name (%1).").arg(what),
                {makeCause("tls-host-mismatch",
                           Diagnoser::tr("The certificate does not name the host that was "
                                         "asked: a wrong address or an intercepting proxy."),
                           Diagnoser::tr("Check the base URL; if it is right, ask your network "
                                         "team about TLS inspection."),
                           {}, WizardStep::None)}};
        case TlsProblem::None:
        case TlsProblem::Other:
            break;
        }
        return {ConnectionStatus::TlsError,
                Diagnoser::tr("The secure connection failed (%1).").arg(what),
                {makeCause("tls-error",
                           Diagnoser::tr("The TLS handshake or the certificate check failed."),
                           Diagnoser::tr("Check the network, and with your network team whether "
                                         "a proxy inspects TLS traffic."),
                           {}, WizardStep::None)}};
    case TransportResult::NetworkError:
    case TransportResult::Completed:
        break;
    }
    return {ConnectionStatus::NetworkError,
            Diagnoser::tr("The network request failed (%1).").arg(what),
            {makeCause("network-error", Diagnoser::tr("The connection failed or was cut."),
                       Diagnoser::tr("Check the network connection and test again."), {},
                       WizardStep::None)}};
}

/// Maps an HTTP response that is not a success, a 401 or a 403 to a verdict.
Verdict otherHttpVerdict(const HttpOutcome &outcome, const QString &what)
{
    const QString code =
        outcome.errorCode.isEmpty()
            ? QString::number(outcome.httpStatus)
            : QStringLiteral("%1 %2").arg(outcome.httpStatus).arg(outcome.errorCode);
    if (outcome.httpStatus == 429) {
        return {ConnectionStatus::RateLimited,
                Diagnoser::tr("NetSuite asked to slow down (%1, %2).").arg(code, what),
                {concurrencyCause()}};
    }
    if (outcome.httpStatus >= 400 && outcome.httpStatus < 500) {
        QList<Cause> causes;
        if (outcome.errorCode == QLatin1String("INVALID_HEADER")) {
            causes << makeCause(
                "invalid-header",
                Diagnoser::tr("NetSuite rejected a request header. An Accept-Language header in a "
                              "language other than the company's default is a known cause."),
                Diagnoser::tr("Read NetSuite's detail below; if a proxy adds headers such as "
                              "Accept-Language, ask your network team to leave them out."),
                {}, WizardStep::None);
        } else {
            causes << makeCause("request-rejected", Diagnoser::tr("NetSuite rejected the request."),
                                Diagnoser::tr("Read NetSuite's detail below."), {},
                                WizardStep::None);
        }
        return {ConnectionStatus::RequestRejected,
                Diagnoser::tr("NetSuite rejected the request (%1, %2).").arg(code, what), causes};
    }
    return {ConnectionStatus::ServerError,
            Diagnoser::tr("NetSuite answered with a server error (%1, %2).").arg(code, what),
            {makeCause("server-error",
                       Diagnoser::tr("NetSuite had a problem, or the account is in maintenance "
                                     "or being upgraded."),
                       Diagnoser::tr("Test again later."), {}, WizardStep::None)}};
}

QString outcomeDetail(const HttpOutcome &outcome)
{
    if (!outcome.isHttp())
        return outcome.transportError;
    return outcome.errorDetail;
}

WizardStep stepForField(CredentialField field)
{
    switch (field) {
    case CredentialField::ConsumerKey:
    case CredentialField::ConsumerSecret:
        return WizardStep::IntegrationRecord;
    case CredentialField::TokenId:
    case CredentialField::TokenSecret:
        break;
    }
    return WizardStep::AccessToken;
}

Cause roleLacksTokenLoginCause()
{
    return makeCause(
        "role-lacks-token-login",
        Diagnoser::tr("The role lacks the permissions \"Log in using Access Tokens\" or \"User "
                      "Access Tokens\"."),
        Diagnoser::tr("Add Setup > Log in using Access Tokens (Full) and Setup > User Access Tokens "
                      "(Full) to the role."),
        Diagnoser::tr("Setup > Users/Roles > Manage Roles > (the integration's role) > Edit > "
                      "Permissions > Setup"),
        WizardStep::Role);
}

Cause roleLacksRestCause()
{
    return makeCause(
        "role-lacks-rest",
        Diagnoser::tr("The role lacks the permission Setup > REST Web Services, or the REST Web "
                      "Services feature is off."),
        Diagnoser::tr("Add Setup > REST Web Services (Full) to the role, and check that the REST "
                      "Web Services feature is on (Setup > Company > Enable Features > "
                      "SuiteCloud)."),
        Diagnoser::tr("Setup > Users/Roles > Manage Roles > (the integration's role) > Edit > "
                      "Permissions > Setup"),
        WizardStep::Role);
}

/// Ranks the causes of a 403 at login by what NetSuite's detail names: the permission it
/// mentions first comes first. Without a hint, REST Web Services comes first.
QList<Cause> loginForbiddenCauses(const QString &detail)
{
    const auto position = [&detail](std::initializer_list<const char *> phrases) {
        qsizetype first = -1;
        for (const char *phrase : phrases) {
            const qsizetype at = detail.indexOf(QLatin1String(phrase), 0, Qt::CaseInsensitive);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        return first;
    };
    const qsizetype token = position({"Log in using Access Tokens", "User Access Tokens",
                                      "Access Token"});
    const qsizetype rest = position({"REST Web Services", "REST web service"});
    if (token >= 0 && (rest < 0 || token < rest))
        return {roleLacksTokenLoginCause(), roleLacksRestCause()};
    return {roleLacksRestCause(), roleLacksTokenLoginCause()};
}

} // namespace

QString Diagnoser::loginAuditTrailPath()
{
    return tr("Setup > Users/Roles > User Management > View Login Audit Trail");
}

QList<Cause> Diagnoser::invalidLoginCauses(std::optional<qint64> clockSkewSeconds)
{
    const qint64 skew = clockSkewSeconds.value_or(0);
    QList<Cause> causes;
    if (std::llabs(skew) > clockRejectSeconds)
        causes << clockCause(skew);
    causes << makeCause(
        "wrong-secret",
        tr("A value is wrong or two were swapped: most often the Consumer Secret and the Token "
           "Secret, or the Consumer Key and the Token ID."),
        tr("Paste each value again into its own field. NetSuite shows them only once: if one is "
           "lost, create a new access token (and reset the integration's credentials for a lost "
           "Consumer Secret)."),
        tr("Setup > Users/Roles > Access Tokens > New"), WizardStep::AccessToken);
    causes << makeCause(
        "token-mismatch",
        tr("The access token was created for another integration record, user or role than the "
           "one the Consumer Key belongs to."),
        tr("Create a new access token choosing this integration, the integration's user and its "
           "role."),
        tr("Setup > Users/Roles > Access Tokens > New"), WizardStep::AccessToken);
    causes << makeCause(
        "token-revoked",
        tr("The access token was revoked, or the integration record's State is Blocked."),
        tr("Check that the token is not revoked (a revoked token cannot be restored: create a new "
           "one) and that the integration's State is Enabled."),
        tr("Setup > Users/Roles > Access Tokens; Setup > Integration > Manage Integrations"),
        WizardStep::IntegrationRecord);
    causes << makeCause(
        "tba-feature-off",
        tr("The Token-Based Authentication feature (or REST Web Services) is off in this "
           "account."),
        tr("Check Token-Based Authentication under Manage Authentication and REST Web Services "
           "under SuiteTalk, then save."),
        tr("Setup > Company > Enable Features > SuiteCloud"), WizardStep::Features);
    causes << roleLacksTokenLoginCause();
    causes << makeCause(
        "sandbox-refreshed",
        tr("The token belongs to another account: a sandbox refresh does not copy access tokens, "
           "and a production token does not work in a sandbox, nor the other way round."),
        tr("Create the access token in the account you are testing, after its last refresh."),
        tr("Setup > Users/Roles > Access Tokens > New"), WizardStep::AccessToken);
    if (std::llabs(skew) > clockWarnSeconds && std::llabs(skew) <= clockRejectSeconds)
        causes << clockCause(skew);
    return causes;
}

Diagnosis Diagnoser::diagnose(const Observations &observations)
{
    Diagnosis diagnosis;

    for (const CredentialIssue &issue : observations.credentialIssues) {
        if (!issue.isError())
            diagnosis.warnings << issue.message;
    }
    if (observations.clockSkewSeconds &&
        std::llabs(*observations.clockSkewSeconds) > clockWarnSeconds) {
        diagnosis.warnings << tr("This computer's clock is %1 off NetSuite's; NetSuite rejects "
                                 "more than 5 minutes.")
                                  .arg(minutesText(*observations.clockSkewSeconds));
    }
    if (observations.lookup.result == LookupObservation::Result::FellBack) {
        diagnosis.warnings << tr("The data-center lookup failed, so the test used the host built "
                                 "from the account ID, which NetSuite advises against.");
    }

    // 1. Local checks: nothing was sent.
    if (!observations.accountError.isEmpty() ||
        CredentialValidator::hasErrors(observations.credentialIssues)) {
        diagnosis.status = ConnectionStatus::InvalidInput;
        diagnosis.failedStep = ConnectionStep::LocalChecks;
        diagnosis.headline = tr("The input is not valid; nothing was sent to NetSuite.");
        if (!observations.accountError.isEmpty()) {
            diagnosis.causes << makeCause("invalid-account", observations.accountError,
                                          tr("Copy the Account ID from Company Information."),
                                          tr("Setup > Company > Company Information"),
                                          WizardStep::Account);
        }
        for (const CredentialIssue &issue : observations.credentialIssues) {
            if (!issue.isError())
                continue;
            diagnosis.causes << makeCause(
                "invalid-credential", issue.message,
                tr("Paste the %1 again.").arg(CredentialValidator::fieldName(issue.field)), {},
                stepForField(issue.field));
        }
        return diagnosis;
    }

    // 2. The lookup.
    if (observations.lookup.result == LookupObservation::Result::AccountNotFound) {
        diagnosis.status = ConnectionStatus::AccountNotFound;
        diagnosis.failedStep = ConnectionStep::DataCenterLookup;
        diagnosis.headline =
            tr("Account ID not found: NetSuite has no account %1.").arg(observations.lookup.realm);
        if (observations.lookup.outcome)
            diagnosis.detail = observations.lookup.outcome->errorDetail;
        diagnosis.causes << makeCause(
            "account-not-found",
            tr("The account ID is mistyped, or it is a sandbox's ID written without its suffix."),
            tr("Copy the Account ID from Company Information. A sandbox's ID ends in _SB1, _SB2 "
               "and so on, such as 1234567_SB1; a release preview's in _RP."),
            tr("Setup > Company > Company Information"), WizardStep::Account);
        return diagnosis;
    }

    // A lookup at an address given instead of NetSuite's has no fallback: it stops the test.
    if (observations.lookup.result == LookupObservation::Result::Failed) {
        diagnosis.failedStep = ConnectionStep::DataCenterLookup;
        const HttpOutcome outcome = observations.lookup.outcome.value_or(HttpOutcome());
        if (!outcome.isHttp()) {
            const Verdict verdict = transportVerdict(outcome, tr("lookup"));
            diagnosis.status = verdict.status;
            diagnosis.headline = verdict.headline;
            diagnosis.causes = verdict.causes;
        } else {
            diagnosis.status = ConnectionStatus::ServerError;
            diagnosis.headline =
                tr("The data-center lookup at the given address gave no usable answer (HTTP %1). "
                   "The test stopped, because it never falls back to NetSuite's real hosts when "
                   "the lookup address was changed.")
                    .arg(outcome.httpStatus);
        }
        diagnosis.detail = outcomeDetail(outcome);
        diagnosis.causes.prepend(makeCause(
            "lookup-failed",
            tr("The lookup address does not answer as NetSuite's data-center lookup: it is down, "
               "wrong, or returned no https webservicesDomain."),
            tr("Check the lookup address, or leave it out to ask NetSuite's own lookup at %1.")
                .arg(ConnectionSettings::defaultLookupBaseUrl().toString()),
            {}, WizardStep::None));
        if (!outcome.isHttp())
            diagnosis.causes.move(0, diagnosis.causes.size() - 1);
        return diagnosis;
    }

    // A lookup that failed below HTTP for a reason the fallback cannot cure stops the test.
    if (!observations.login && observations.lookup.outcome &&
        observations.lookup.outcome->transport == TransportResult::TlsFailed) {
        const Verdict verdict = transportVerdict(*observations.lookup.outcome, tr("lookup"));
        diagnosis.status = verdict.status;
        diagnosis.failedStep = ConnectionStep::DataCenterLookup;
        diagnosis.headline = verdict.headline;
        diagnosis.detail = observations.lookup.outcome->transportError;
        diagnosis.causes = verdict.causes;
        return diagnosis;
    }

    // 3. The login.
    if (!observations.login) {
        diagnosis.status = ConnectionStatus::NetworkError;
        diagnosis.failedStep = ConnectionStep::Login;
        diagnosis.headline = tr("The test stopped before the login.");
        return diagnosis;
    }
    const HttpOutcome &login = *observations.login;
    diagnosis.failedStep = ConnectionStep::Login;
    diagnosis.detail = outcomeDetail(login);
    if (!login.isHttp()) {
        Verdict verdict = transportVerdict(login, tr("login"));
        diagnosis.status = verdict.status;
        diagnosis.headline = verdict.headline;
        diagnosis.causes = verdict.causes;
        return diagnosis;
    }
    if (login.httpStatus == 401) {
        diagnosis.status = ConnectionStatus::AuthenticationRejected;
        diagnosis.headline =
            tr("NetSuite rejected the login (401 %1). NetSuite gives every authentication failure "
               "this same answer; the real cause is in the Detail column of the Login Audit "
               "Trail: %2.")
                .arg(login.errorCode.isEmpty() ? QStringLiteral("INVALID_LOGIN") : login.errorCode,
                     loginAuditTrailPath());
        diagnosis.causes = invalidLoginCauses(observations.clockSkewSeconds);
        if (isSandboxRealm(observations.lookup.realm)) {
            // For a sandbox, a refresh that dropped the token is likely: rank it right after a
            // wrong value.
            int wrongSecret = -1;
            int sandbox = -1;
            for (int i = 0; i < diagnosis.causes.size(); ++i) {
                if (diagnosis.causes.at(i).id == QLatin1String("wrong-secret"))
                    wrongSecret = i;
                else if (diagnosis.causes.at(i).id == QLatin1String("sandbox-refreshed"))
                    sandbox = i;
            }
            if (wrongSecret >= 0 && sandbox > wrongSecret)
                diagnosis.causes.move(sandbox, wrongSecret + 1);
        }
        return diagnosis;
    }
    if (login.httpStatus == 403) {
        diagnosis.status = ConnectionStatus::LoginForbidden;
        diagnosis.headline =
            tr("NetSuite denied the login (403 %1): the role may not log in with access tokens or "
               "use REST web services.")
                .arg(login.errorCode.isEmpty() ? QStringLiteral("INSUFFICIENT_PERMISSION")
                                               : login.errorCode);
        diagnosis.causes = loginForbiddenCauses(login.errorDetail);
        return diagnosis;
    }
    if (!login.isSuccess()) {
        Verdict verdict = otherHttpVerdict(login, tr("login"));
        diagnosis.status = verdict.status;
        diagnosis.headline = verdict.headline;
        diagnosis.causes = verdict.causes;
        return diagnosis;
    }

    // 4. The permission audit.
    diagnosis.failedStep = ConnectionStep::PermissionAudit;
    diagnosis.detail.clear();
    std::optional<Verdict> firstFailure;
    QString firstFailureDetail;
    bool rateLimited = false;
    for (const PermissionObservation &observation : observations.permissions) {
        if (!observation.outcome)
            continue;
        const HttpOutcome &outcome = *observation.outcome;
        if (outcome.isSuccess())
            continue;
        if (outcome.isHttp() && outcome.httpStatus == 403) {
            diagnosis.missingPermissions << observation.permission.id;
            diagnosis.causes << missingPermissionCause(observation.permission);
        } else if (outcome.isHttp() && (outcome.httpStatus == 429 || outcome.httpStatus == 401)) {
            // After a successful login, a 401 on a probe has been reported to mean the
            // concurrency limit, not a bad credential.
            rateLimited = true;
        } else if (!firstFailure) {
            firstFailure = outcome.isHttp()
                               ? otherHttpVerdict(outcome, observation.permission.name)
                               : transportVerdict(outcome, observation.permission.name);
            firstFailureDetail = outcomeDetail(outcome);
        }
    }
    if (!diagnosis.missingPermissions.isEmpty()) {
        diagnosis.status = ConnectionStatus::PermissionsMissing;
        diagnosis.headline = tr("Connected, but the role lacks %n permission(s).", nullptr,
                                int(diagnosis.missingPermissions.size()));
        if (rateLimited || firstFailure)
            diagnosis.warnings << tr("Some permissions could not be checked; test again.");
        return diagnosis;
    }
    if (rateLimited) {
        diagnosis.status = ConnectionStatus::RateLimited;
        diagnosis.headline = tr("Connected, but NetSuite's concurrency limit stopped some "
                                "permission checks. This is not an authentication failure.");
        diagnosis.causes << concurrencyCause();
        return diagnosis;
    }
    if (firstFailure) {
        diagnosis.status = firstFailure->status;
        diagnosis.headline = firstFailure->headline;
        diagnosis.causes = firstFailure->causes;
        diagnosis.detail = firstFailureDetail;
        return diagnosis;
    }
    diagnosis.status = ConnectionStatus::Connected;
    diagnosis.headline = tr("Connected: every permission that REST can verify is present.");
    return diagnosis;
}

QString stepKey(ConnectionStep step)
{
    switch (step) {
    case ConnectionStep::LocalChecks:
        return QStringLiteral("local-checks");
    case ConnectionStep::DataCenterLookup:
        return QStringLiteral("data-center-lookup");
    case ConnectionStep::ClockCheck:
        return QStringLiteral("clock-check");
    case ConnectionStep::Login:
        return QStringLiteral("login");
    case ConnectionStep::PermissionAudit:
        break;
    }
    return QStringLiteral("permission-audit");
}

QString stateKey(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Passed:
        return QStringLiteral("passed");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::NotVerifiable:
        return QStringLiteral("not-verifiable");
    case StepState::Warning:
        return QStringLiteral("warning");
    case StepState::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString statusKey(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::PermissionsMissing:
        return QStringLiteral("permissions-missing");
    case ConnectionStatus::InvalidInput:
        return QStringLiteral("invalid-input");
    case ConnectionStatus::AccountNotFound:
        return QStringLiteral("account-not-found");
    case ConnectionStatus::AuthenticationRejected:
        return QStringLiteral("authentication-rejected");
    case ConnectionStatus::LoginForbidden:
        return QStringLiteral("login-forbidden");
    case ConnectionStatus::RateLimited:
        return QStringLiteral("rate-limited");
    case ConnectionStatus::RequestRejected:
        return QStringLiteral("request-rejected");
    case ConnectionStatus::ServerError:
        return QStringLiteral("server-error");
    case ConnectionStatus::NetworkError:
        return QStringLiteral("network-error");
    case ConnectionStatus::TlsError:
        return QStringLiteral("tls-error");
    case ConnectionStatus::Timeout:
        break;
    }
    return QStringLiteral("timeout");
}

QString stepTitle(ConnectionStep step)
{
    switch (step) {
    case ConnectionStep::LocalChecks:
        return Diagnoser::tr("Account ID and credentials");
    case ConnectionStep::DataCenterLookup:
        return Diagnoser::tr("Data-center lookup");
    case ConnectionStep::ClockCheck:
        return Diagnoser::tr("Clock check");
    case ConnectionStep::Login:
        return Diagnoser::tr("Login");
    case ConnectionStep::PermissionAudit:
        break;
    }
    return Diagnoser::tr("Permission audit");
}

QString stateTitle(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return Diagnoser::tr("pending");
    case StepState::Running:
        return Diagnoser::tr("running");
    case StepState::Passed:
        return Diagnoser::tr("passed");
    case StepState::Failed:
        return Diagnoser::tr("failed");
    case StepState::NotVerifiable:
        return Diagnoser::tr("not verifiable");
    case StepState::Warning:
        return Diagnoser::tr("warning");
    case StepState::Skipped:
        break;
    }
    return Diagnoser::tr("skipped");
}

} // namespace tba
