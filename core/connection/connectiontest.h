#pragma once

#include "core/connection/connectionsettings.h"
#include "core/connection/datacenterlookup.h"
#include "core/connection/diagnosis.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tba {

class HttpProbe;

/// The state of one step, as the wizard's row and the command line's line show it.
struct StepReport
{
    ConnectionStep step = ConnectionStep::LocalChecks;
    StepState state = StepState::Pending;
    /// One line, such as "Domains found: https://1234567.suitetalk.api.netsuite.com".
    QString summary;
    /// NetSuite's or Qt's detail, when there is one.
    QString detail;
    int httpStatus = 0;
    QString errorCode;
    qint64 elapsedMs = 0;
};

/// The state of one permission of the preset.
struct PermissionReport
{
    PermissionRequirement permission;
    StepState state = StepState::Pending;
    /// Such as "Present", "Missing: add ... to the role.", "Not verifiable over REST: ...".
    QString summary;
    int httpStatus = 0;
    QString errorCode;
    qint64 elapsedMs = 0;
};

/// The typed result of a whole test.
struct ConnectionTestResult
{
    QList<StepReport> steps;             ///< one per ConnectionStep, in order
    QList<PermissionReport> permissions; ///< one per permission of the preset, in table order
    Diagnosis diagnosis;
    QString realm;             ///< empty when the account ID did not parse
    DataCenterDomains domains; ///< what the test used (looked up, given or derived)
    std::optional<qint64> clockSkewSeconds;
    qint64 elapsedMs = 0;

    const StepReport &step(ConnectionStep which) const;
    /// The whole result as one JSON document, for `check --json`. Holds no secret.
    QJsonObject toJson() const;
};

/// Runs the connection test: local checks, data-center lookup, clock check, login and the
/// permission audit (at most ConnectionSettings::maxConcurrentProbes probes at once), then
/// diagnose().
///
/// Asynchronous and widget-free: the wizard connects to the signals; the command line calls
/// runAndWait(). The manager is not owned and must outlive the test; if it has neither a proxy
/// nor a proxy factory of its own, the test gives it one that follows the system's proxy
/// settings. No cookie is sent or stored. Lives in the manager's thread.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Starts a test with `settings`. Emits started(), then stepChanged() and permissionChanged()
    /// as work progresses, then finished() exactly once. Does nothing while a test is running.
    void start(const ConnectionSettings &settings);
    /// Stops a running test; finished() follows with the steps and probes not run as Skipped.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The reports so far: all steps Pending before start().
    const ConnectionTestResult &result() const { return m_result; }

    /// Runs a test to its end on a local event loop and returns the result. For the command line.
    static ConnectionTestResult runAndWait(QNetworkAccessManager *manager,
                                           const ConnectionSettings &settings);

signals:
    /// The test began; `permissions` lists the preset's rows, all Pending.
    void started(const QList<tba::PermissionReport> &permissions);
    /// A step changed state (Running, then its final state).
    void stepChanged(const tba::StepReport &report);
    /// A permission changed state (Running, then its final state).
    void permissionChanged(int index, const tba::PermissionReport &report);
    void finished(const tba::ConnectionTestResult &result);

private:
    struct Run;

    void runLocalChecks();
    void runLookup(bool withCompany);
    void onLookupFinished(bool withCompany);
    void runClockCheck();
    void runLogin();
    void onLoginFinished();
    void runPermissionAudit();
    void startNextProbes();
    void onProbeFinished(int index);
    void finish();

    void setStep(ConnectionStep step, StepState state, const QString &summary,
                 const HttpOutcome *outcome = nullptr);
    void noteSkew(const HttpOutcome &outcome);
    HttpOutcome takeOutcome(HttpProbe *probe, bool keepBody = false);
    HttpProbe *newProbe(bool signedRequest);
    QUrl restUrl(const QString &path, const QString &query) const;

    QPointer<QNetworkAccessManager> m_manager;
    ConnectionTestResult m_result;
    std::unique_ptr<Run> m_run;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace tba
