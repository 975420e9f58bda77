#pragma once

#include "core/connection/httpprobe.h"
#include "core/connection/permissionpresets.h"
#include "core/credentials.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tba {

/// The steps of a connection test, in the order they run.
enum class ConnectionStep
{
    LocalChecks,      ///< account ID and credential validation, no network
    DataCenterLookup, ///< the account's domains, without credentials
    ClockCheck,       ///< local clock against the server's Date header
    Login,            ///< a signed metadata-catalog request
    PermissionAudit,  ///< one signed probe per permission of the preset
};

/// The state of a step or of one permission, as the wizard shows it.
enum class StepState
{
    Pending, ///< not started
    Running,
    Passed,
    Failed,
    NotVerifiable, ///< a permission that REST cannot prove; nothing else has this state
    Warning, ///< passed with a caveat (fallback host, clock off by 2 to 5 minutes), or not checked
             ///< because of the answer (no Date header, a permission probe answered 429 or 500)
    Skipped, ///< not run: not needed (the lookup when a base URL is given), an earlier step
             ///< failed, or the test was cancelled
};

/// The wizard's five steps, for "go back to step N". None when no step is to blame.
enum class WizardStep
{
    None = 0,
    Account = 1,
    Features = 2,
    IntegrationRecord = 3,
    Role = 4,
    AccessToken = 5
};

/// The overall verdict of a connection test.
enum class ConnectionStatus
{
    Connected,              ///< every verifiable permission is present
    PermissionsMissing,     ///< logged in, but the role lacks at least one permission
    InvalidInput,           ///< the account ID or a credential is malformed; nothing was sent
    AccountNotFound,        ///< the data-center lookup says no such account
    AuthenticationRejected, ///< NetSuite answered 401
    LoginForbidden, ///< NetSuite answered 403 to the login: the role may not log in with tokens or
                    ///< use REST web services
    RateLimited,            ///< 429 or the concurrency limit; not an authentication failure
    RequestRejected,        ///< another 4xx, such as 400 INVALID_HEADER
    ServerError,            ///< 5xx or an answer that is not NetSuite's
    NetworkError,           ///< DNS, refused connection, proxy, redirect elsewhere, other
    TlsError,               ///< the server's certificate was rejected
    Timeout,                ///< a request's time ran out
};

/// One likely cause of a failure: what it is, how to fix it and where, and which wizard step.
struct Cause
{
    QString id;       ///< stable key, such as "wrong-secret"; used by tests and JSON output
    QString summary;  ///< one sentence naming the cause
    QString fix;      ///< what to do
    QString menuPath; ///< where in NetSuite, such as "Setup > Users/Roles > Access Tokens"
    WizardStep wizardStep = WizardStep::None;
};

/// One permission probe, as input to the diagnosis.
struct PermissionObservation
{
    PermissionRequirement permission;
    std::optional<HttpOutcome> outcome; ///< empty when the probe did not run (NotVerifiable)
};

/// The data-center lookup, as input to the diagnosis.
struct LookupObservation
{
    enum class Result
    {
        NotRun,
        Skipped,
        Found,
        AccountNotFound,
        FellBack, ///< failed at NetSuite's own lookup; the host built from the account ID was used
        Failed,   ///< failed at a lookup address given instead of NetSuite's; the test stopped
    };
    Result result = Result::NotRun;
    std::optional<HttpOutcome> outcome; ///< the last lookup request, when one was sent
    QString realm;
};

/// Everything a connection test observed, the input of diagnose().
struct Observations
{
    QString accountError; ///< non-empty when the account ID did not parse
    QList<CredentialIssue> credentialIssues;
    LookupObservation lookup;
    std::optional<qint64> clockSkewSeconds; ///< server minus local, largest seen
    std::optional<HttpOutcome> login;
    QList<PermissionObservation> permissions;
};

/// The verdict: a status, the step that failed, and likely causes ranked most likely first.
struct Diagnosis
{
    ConnectionStatus status = ConnectionStatus::NetworkError;
    /// The step to blame; meaningless when status is Connected.
    ConnectionStep failedStep = ConnectionStep::LocalChecks;
    /// One line for the admin, such as "NetSuite rejected the login (401 INVALID_LOGIN)."
    QString headline;
    /// NetSuite's own detail or Qt's error text, when there is one. Never a response body.
    QString detail;
    QList<Cause> causes;
    /// Permissions whose probe returned 403, by PermissionRequirement::id.
    QStringList missingPermissions;
    /// Non-fatal findings: fallback host, clock off by more than 2 minutes, credential warnings.
    QStringList warnings;
};

/// Clock skew limits, in seconds: NetSuite rejects more than 5 minutes; we warn past 2.
inline constexpr qint64 clockWarnSeconds = 120;
inline constexpr qint64 clockRejectSeconds = 300;

/// Maps observations to a diagnosis. Pure and deterministic; table-tested.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(tba::Diagnoser)

public:
    static Diagnosis diagnose(const Observations &observations);

    /// The causes of a 401 INVALID_LOGIN, ranked given the observed clock skew.
    static QList<Cause> invalidLoginCauses(std::optional<qint64> clockSkewSeconds);

    /// The menu path of the Login Audit Trail, where NetSuite records each 401's real cause.
    static QString loginAuditTrailPath();
};

/// Short English names for logs, JSON and tests, such as "permission-audit" or "not-verifiable".
QString stepKey(ConnectionStep step);
QString stateKey(StepState state);
QString statusKey(ConnectionStatus status);

/// Translated names for the console and the wizard, such as "Permission audit".
QString stepTitle(ConnectionStep step);
QString stateTitle(StepState state);

} // namespace tba
