#include "core/connection/connectiontest.h"

#include "core/connection/httpprobe.h"
#include "core/logging.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <cstdlib>

namespace tba {
namespace {

/// Follows the system's proxy settings (on Linux the http_proxy, https_proxy and no_proxy
/// environment variables, or libproxy where Qt uses it) for one manager only.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

QString outcomeSummary(const HttpOutcome &outcome)
{
    if (!outcome.isHttp())
        return outcome.transportError;
    if (outcome.errorCode.isEmpty())
        return ConnectionTest::tr("HTTP %1").arg(outcome.httpStatus);
    return ConnectionTest::tr("HTTP %1 %2").arg(outcome.httpStatus).arg(outcome.errorCode);
}

QString secondsText(qint64 seconds)
{
    if (std::llabs(seconds) < 120)
        return ConnectionTest::tr("%n second(s)", nullptr, int(std::llabs(seconds)));
    return ConnectionTest::tr("%1 minutes")
        .arg(QString::number(double(std::llabs(seconds)) / 60.0, 'f', 1));
}

QJsonObject causeJson(const Cause &cause)
{
    return {{QStringLiteral("id"), cause.id},
            {QStringLiteral("summary"), cause.summary},
            {QStringLiteral("fix"), cause.fix},
            {QStringLiteral("menuPath"), cause.menuPath},
            {QStringLiteral("wizardStep"), int(cause.wizardStep)}};
}

} // namespace

struct ConnectionTest::Run
{
    ConnectionSettings settings;
    std::optional<AccountId> account;
    std::shared_ptr<const RequestSigner> signer;
    ProbePolicy policy;
    Observations observations;
    QList<int> probeQueue;
    QList<QPointer<HttpProbe>> activeProbes;
    int probesInFlight = 0;
    QElapsedTimer elapsed;
    QElapsedTimer stepElapsed;
};

const StepReport &ConnectionTestResult::step(ConnectionStep which) const
{
    return steps.at(int(which));
}

QJsonObject ConnectionTestResult::toJson() const
{
    QJsonArray stepArray;
    for (const StepReport &report : steps) {
        stepArray.append(QJsonObject{{QStringLiteral("step"), stepKey(report.step)},
                                     {QStringLiteral("state"), stateKey(report.state)},
                                     {QStringLiteral("summary"), report.summary},
                                     {QStringLiteral("detail"), report.detail},
                                     {QStringLiteral("httpStatus"), report.httpStatus},
                                     {QStringLiteral("errorCode"), report.errorCode},
                                     {QStringLiteral("elapsedMs"), report.elapsedMs}});
    }
    QJsonArray permissionArray;
    for (const PermissionReport &report : permissions) {
        permissionArray.append(QJsonObject{{QStringLiteral("id"), report.permission.id},
                                           {QStringLiteral("name"), report.permission.name},
                                           {QStringLiteral("level"), report.permission.level},
                                           {QStringLiteral("state"), stateKey(report.state)},
                                           {QStringLiteral("summary"), report.summary},
                                           {QStringLiteral("httpStatus"), report.httpStatus},
                                           {QStringLiteral("errorCode"), report.errorCode},
                                           {QStringLiteral("elapsedMs"), report.elapsedMs}});
    }
    QJsonArray causeArray;
    for (const Cause &cause : diagnosis.causes)
        causeArray.append(causeJson(cause));
    QJsonObject diagnosisObject{
        {QStringLiteral("status"), statusKey(diagnosis.status)},
        {QStringLiteral("headline"), diagnosis.headline},
        {QStringLiteral("detail"), diagnosis.detail},
        {QStringLiteral("causes"), causeArray},
        {QStringLiteral("missingPermissions"),
         QJsonArray::fromStringList(diagnosis.missingPermissions)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(diagnosis.warnings)}};
    if (diagnosis.status != ConnectionStatus::Connected)
        diagnosisObject.insert(QStringLiteral("failedStep"), stepKey(diagnosis.failedStep));
    QJsonObject object{
        {QStringLiteral("realm"), realm},
        {QStringLiteral("domains"),
         QJsonObject{{QStringLiteral("restDomain"), domains.restDomain.toString()},
                     {QStringLiteral("webservicesDomain"), domains.webservicesDomain.toString()},
                     {QStringLiteral("systemDomain"), domains.systemDomain.toString()}}},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("permissions"), permissionArray},
        {QStringLiteral("diagnosis"), diagnosisObject},
        {QStringLiteral("elapsedMs"), elapsedMs}};
    if (clockSkewSeconds)
        object.insert(QStringLiteral("clockSkewSeconds"), *clockSkewSeconds);
    return object;
}

ConnectionTest::ConnectionTest(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
    for (const ConnectionStep step :
         {ConnectionStep::LocalChecks, ConnectionStep::DataCenterLookup, ConnectionStep::ClockCheck,
          ConnectionStep::Login, ConnectionStep::PermissionAudit}) {
        StepReport report;
        report.step = step;
        m_result.steps << report;
    }
}

ConnectionTest::~ConnectionTest() = default;

ConnectionTestResult ConnectionTest::runAndWait(QNetworkAccessManager *manager,
                                                const ConnectionSettings &settings)
{
    ConnectionTest test(manager);
    QEventLoop loop;
    connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    test.start(settings);
    if (test.isRunning())
        loop.exec();
    return test.result();
}

void ConnectionTest::start(const ConnectionSettings &settings)
{
    if (m_running || !m_manager)
        return;
    m_running = true;
    m_cancelled = false;
    m_run = std::make_unique<Run>();
    m_run->settings = settings;
    m_run->elapsed.start();
    m_run->policy.extraCaCertificates = settings.extraCaCertificates;
    m_run->policy.timeoutMs = settings.requestTimeoutMs;
    m_run->policy.maxBodyBytes = settings.maxBodyBytes;
    m_run->policy.clock = settings.clock;

    if (!QNetworkProxyFactory::usesSystemConfiguration() && !m_manager->proxyFactory() &&
        m_manager->proxy().type() == QNetworkProxy::DefaultProxy &&
        QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy) {
        m_manager->setProxyFactory(new SystemProxyFactory);
    }

    m_result.permissions.clear();
    m_result.diagnosis = Diagnosis();
    m_result.realm.clear();
    m_result.domains = DataCenterDomains();
    m_result.clockSkewSeconds.reset();
    m_result.elapsedMs = 0;
    for (StepReport &report : m_result.steps) {
        const ConnectionStep step = report.step;
        report = StepReport();
        report.step = step;
    }
    const IntegrationPreset *preset = findIntegrationPreset(settings.presetId);
    if (!preset) {
        qCWarning(lcConnection) << "unknown preset" << settings.presetId << "- using"
                                << integrationPresets().constFirst().id;
        preset = &integrationPresets().constFirst();
    }
    for (const PermissionRequirement &permission : preset->permissions) {
        PermissionReport report;
        report.permission = permission;
        m_result.permissions << report;
    }
    emit started(m_result.permissions);
    runLocalChecks();
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    for (const QPointer<HttpProbe> &probe : std::as_const(m_run->activeProbes)) {
        if (probe) {
            probe->disconnect(this);
            probe->deleteLater();
        }
    }
    m_run->activeProbes.clear();
    m_run->probeQueue.clear();
    m_run->probesInFlight = 0;
    m_cancelled = true;
    finish();
}

void ConnectionTest::setStep(ConnectionStep step, StepState state, const QString &summary,
                             const HttpOutcome *outcome)
{
    StepReport &report = m_result.steps[int(step)];
    if (state == StepState::Running)
        m_run->stepElapsed.start();
    report.state = state;
    report.summary = summary;
    if (outcome) {
        report.httpStatus = outcome->httpStatus;
        report.errorCode = outcome->errorCode;
        report.detail = outcome->isHttp() ? outcome->errorDetail : outcome->transportError;
    }
    if (state != StepState::Running && m_run->stepElapsed.isValid())
        report.elapsedMs = m_run->stepElapsed.elapsed();
    emit stepChanged(report);
}

void ConnectionTest::noteSkew(const HttpOutcome &outcome)
{
    const std::optional<qint64> skew = outcome.clockSkewSeconds();
    if (!skew)
        return;
    std::optional<qint64> &largest = m_run->observations.clockSkewSeconds;
    if (!largest || std::llabs(*skew) > std::llabs(*largest))
        largest = skew;
    m_result.clockSkewSeconds = largest;
}

HttpOutcome ConnectionTest::takeOutcome(HttpProbe *probe, bool keepBody)
{
    HttpOutcome outcome = probe->outcome();
    m_run->activeProbes.removeAll(probe);
    probe->deleteLater();
    noteSkew(outcome);
    // Only the lookup parses its body; the others were parsed for NetSuite's error already.
    if (!keepBody)
        outcome.body.clear();
    return outcome;
}

HttpProbe *ConnectionTest::newProbe(bool signedRequest)
{
    auto *probe =
        new HttpProbe(m_manager, m_run->policy, signedRequest ? m_run->signer : nullptr, this);
    m_run->activeProbes << probe;
    return probe;
}

QUrl ConnectionTest::restUrl(const QString &path, const QString &query) const
{
    QUrl url = m_result.domains.webservicesDomain;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/services/rest/") + path);
    url.setQuery(query);
    return url;
}

void ConnectionTest::runLocalChecks()
{
    setStep(ConnectionStep::LocalChecks, StepState::Running, tr("Checking the input"));
    Observations &observations = m_run->observations;
    QString accountError;
    m_run->account = AccountId::parse(m_run->settings.accountInput, &accountError);
    if (!m_run->account)
        observations.accountError = accountError;

    Credentials credentials;
    for (const CredentialField field : allCredentialFields) {
        credentials.setValue(
            field, CredentialValidator::normalize(m_run->settings.credentials.value(field)));
    }
    observations.credentialIssues = CredentialValidator::check(credentials);

    QStringList problems;
    if (!accountError.isEmpty())
        problems << accountError;
    bool warned = false;
    for (const CredentialIssue &issue : std::as_const(observations.credentialIssues)) {
        if (issue.isError())
            problems << issue.message;
        else
            warned = true;
    }
    if (!problems.isEmpty()) {
        setStep(ConnectionStep::LocalChecks, StepState::Failed, problems.join(QLatin1Char(' ')));
        finish();
        return;
    }

    m_result.realm = m_run->account->realm();
    observations.lookup.realm = m_result.realm;
    m_run->signer = std::make_shared<const RequestSigner>(
        credentials, m_result.realm, m_run->settings.clock, m_run->settings.nonceSource);
    setStep(ConnectionStep::LocalChecks, warned ? StepState::Warning : StepState::Passed,
            warned ? tr("Account %1 (%2); see the warnings below.")
                         .arg(m_result.realm, m_run->account->kindName())
                   : tr("Account %1 (%2); the four credentials look right.")
                         .arg(m_result.realm, m_run->account->kindName()));

    if (!m_run->settings.restBaseUrlOverride.isEmpty()) {
        m_result.domains.webservicesDomain = m_run->settings.restBaseUrlOverride;
        observations.lookup.result = LookupObservation::Result::Skipped;
        setStep(ConnectionStep::DataCenterLookup, StepState::Skipped,
                tr("Skipped: using the given base URL %1.")
                    .arg(m_run->settings.restBaseUrlOverride.toString()));
        runClockCheck();
        return;
    }
    runLookup(false);
}

void ConnectionTest::runLookup(bool withCompany)
{
    if (!m_running)
        return; // cancelled from a slot connected to stepChanged()
    setStep(ConnectionStep::DataCenterLookup, StepState::Running,
            tr("Asking NetSuite for the account's domains"));
    HttpProbe *probe = newProbe(false);
    connect(probe, &HttpProbe::finished, this,
            [this, withCompany] { onLookupFinished(withCompany); });
    ProbeRequest request;
    request.url =
        DataCenterLookup::requestUrl(m_run->settings.lookupBaseUrl, m_result.realm, withCompany);
    probe->start(request);
}

void ConnectionTest::onLookupFinished(bool withCompany)
{
    const HttpOutcome outcome = takeOutcome(qobject_cast<HttpProbe *>(sender()), true);
    LookupObservation &lookup = m_run->observations.lookup;
    lookup.outcome = outcome;
    lookup.outcome->body.clear();

    const DataCenterAnswer answer = outcome.isHttp()
                                        ? DataCenterLookup::parse(outcome.httpStatus, outcome.body)
                                        : DataCenterAnswer();
    if (outcome.isHttp() && answer.kind == DataCenterAnswer::Kind::Unavailable && !withCompany) {
        runLookup(true);
        return;
    }
    if (outcome.isHttp() && answer.kind == DataCenterAnswer::Kind::Found) {
        lookup.result = LookupObservation::Result::Found;
        m_result.domains = answer.domains;
        setStep(ConnectionStep::DataCenterLookup, StepState::Passed,
                tr("REST domain: %1").arg(answer.domains.webservicesDomain.toString()), &outcome);
        runClockCheck();
        return;
    }
    if (outcome.isHttp() && answer.kind == DataCenterAnswer::Kind::AccountNotFound) {
        lookup.result = LookupObservation::Result::AccountNotFound;
        setStep(ConnectionStep::DataCenterLookup, StepState::Failed,
                tr("Account ID not found: NetSuite has no account %1.").arg(m_result.realm),
                &outcome);
        finish();
        return;
    }
    if (outcome.transport == TransportResult::TlsFailed) {
        // A rejected certificate is not cured by another host of the same company: stop here.
        setStep(ConnectionStep::DataCenterLookup, StepState::Failed,
                tr("The lookup's secure connection failed: %1").arg(outcome.transportError),
                &outcome);
        finish();
        return;
    }
    const QString why = outcome.isHttp() ? answer.error : outcome.transportError;
    if (!m_run->settings.usesDefaultLookup()) {
        // The lookup was pointed elsewhere, so the host built from the account ID (a real
        // NetSuite host) is not a fallback: stop instead of sending anything there.
        lookup.result = LookupObservation::Result::Failed;
        setStep(ConnectionStep::DataCenterLookup, StepState::Failed,
                tr("The lookup at %1 failed: %2")
                    .arg(m_run->settings.lookupBaseUrl.toDisplayString(QUrl::RemoveUserInfo), why),
                &outcome);
        finish();
        return;
    }
    lookup.result = LookupObservation::Result::FellBack;
    m_result.domains.webservicesDomain = m_run->account->restBaseUrl();
    m_result.domains.restDomain = m_run->account->restletBaseUrl();
    m_result.domains.systemDomain = m_run->account->uiBaseUrl();
    setStep(ConnectionStep::DataCenterLookup, StepState::Warning,
            tr("The lookup failed (%1); using the host built from the account ID, %2.")
                .arg(why, m_result.domains.webservicesDomain.toString()),
            &outcome);
    runClockCheck();
}

void ConnectionTest::runClockCheck()
{
    if (!m_running)
        return; // cancelled from a slot connected to stepChanged()
    setStep(ConnectionStep::ClockCheck, StepState::Running,
            tr("Comparing this computer's clock with NetSuite's"));
    const auto evaluate = [this](const QString &failure) {
        const std::optional<qint64> skew = m_run->observations.clockSkewSeconds;
        if (!skew) {
            // The clock could not be compared: a caveat, not "not verifiable", which is kept for
            // permissions that REST cannot prove.
            setStep(ConnectionStep::ClockCheck, StepState::Warning,
                    failure.isEmpty()
                        ? tr("Not compared: the server sent no Date header.")
                        : tr("Not compared: %1").arg(failure));
        } else if (std::llabs(*skew) <= clockWarnSeconds) {
            setStep(
                ConnectionStep::ClockCheck, StepState::Passed,
                tr("This computer's clock is within %1 of NetSuite's.").arg(secondsText(*skew)));
        } else if (std::llabs(*skew) <= clockRejectSeconds) {
            setStep(ConnectionStep::ClockCheck, StepState::Warning,
                    tr("This computer's clock is %1 off NetSuite's; NetSuite rejects more than 5 "
                       "minutes. Set the clock to synchronize automatically.")
                        .arg(secondsText(*skew)));
        } else {
            setStep(ConnectionStep::ClockCheck, StepState::Failed,
                    tr("This computer's clock is %1 off NetSuite's, more than the 5 minutes "
                       "NetSuite allows: check the clock and its time zone setting.")
                        .arg(secondsText(*skew)));
        }
        // Queued, so that Qt finishes with the clock check's reply before the login is sent.
        QMetaObject::invokeMethod(this, &ConnectionTest::runLogin, Qt::QueuedConnection);
    };
    if (m_run->observations.clockSkewSeconds) {
        evaluate({});
        return;
    }
    // No Date header yet (the lookup was skipped or failed): an unsigned request to the REST
    // domain gets one without touching the Login Audit Trail.
    HttpProbe *probe = newProbe(false);
    connect(probe, &HttpProbe::finished, this, [this, probe, evaluate] {
        const HttpOutcome outcome = takeOutcome(probe);
        // Qt 6.4 can keep the connection whose host lookup failed and leave the next request to
        // that host without a reply until its timeout. Nothing else is in flight here, so
        // dropping the cached connections is safe.
        if (outcome.transport == TransportResult::HostNotFound && m_manager)
            m_manager->clearConnectionCache();
        evaluate(outcome.isHttp() ? QString() : outcome.transportError);
    });
    ProbeRequest request;
    request.url = restUrl(QStringLiteral("record/v1/metadata-catalog"), {});
    probe->start(request);
}

void ConnectionTest::runLogin()
{
    if (!m_running)
        return; // cancelled from a slot connected to stepChanged()
    setStep(ConnectionStep::Login, StepState::Running,
            tr("Sending a signed request to %1").arg(m_result.domains.webservicesDomain.host()));
    HttpProbe *probe = newProbe(true);
    connect(probe, &HttpProbe::finished, this, &ConnectionTest::onLoginFinished);
    ProbeRequest request;
    request.url =
        restUrl(QStringLiteral("record/v1/metadata-catalog"), QStringLiteral("select=customer"));
    probe->start(request);
}

void ConnectionTest::onLoginFinished()
{
    const HttpOutcome outcome = takeOutcome(qobject_cast<HttpProbe *>(sender()));
    m_run->observations.login = outcome;
    if (outcome.isSuccess()) {
        setStep(ConnectionStep::Login, StepState::Passed,
                tr("NetSuite accepted the token (HTTP %1).").arg(outcome.httpStatus), &outcome);
        runPermissionAudit();
        return;
    }
    QString summary = outcomeSummary(outcome);
    if (outcome.isHttp() && outcome.httpStatus == 401)
        summary = tr("NetSuite rejected the login (%1).").arg(summary);
    else if (outcome.isHttp() && outcome.httpStatus == 403)
        summary = tr("NetSuite denied the login (%1).").arg(summary);
    setStep(ConnectionStep::Login, StepState::Failed, summary, &outcome);
    finish();
}

void ConnectionTest::runPermissionAudit()
{
    if (!m_running)
        return; // cancelled from a slot connected to stepChanged()
    setStep(ConnectionStep::PermissionAudit, StepState::Running,
            tr("Checking %n permission(s)", nullptr, int(m_result.permissions.size())));
    for (int i = 0; i < m_result.permissions.size(); ++i) {
        PermissionReport &report = m_result.permissions[i];
        if (report.permission.probe == ProbeKind::NotVerifiable) {
            report.state = StepState::NotVerifiable;
            report.summary = tr("Not verifiable over REST: check it on the role.");
            m_run->observations.permissions << PermissionObservation{report.permission, {}};
            emit permissionChanged(i, report);
        } else {
            m_run->probeQueue << i;
        }
    }
    startNextProbes();
}

void ConnectionTest::startNextProbes()
{
    const int limit = qMax(1, m_run->settings.maxConcurrentProbes);
    while (m_run->probesInFlight < limit && !m_run->probeQueue.isEmpty()) {
        const int index = m_run->probeQueue.takeFirst();
        PermissionReport &report = m_result.permissions[index];
        report.state = StepState::Running;
        report.summary = tr("Checking");
        emit permissionChanged(index, report);

        ProbeRequest request;
        if (report.permission.probe == ProbeKind::SuiteQlQuery) {
            request.method = QByteArrayLiteral("POST");
            request.url = restUrl(probePath(report.permission), QStringLiteral("limit=1"));
            request.headers << qMakePair(QByteArrayLiteral("Prefer"),
                                         QByteArrayLiteral("transient"));
            request.jsonBody =
                QJsonDocument(QJsonObject{{QStringLiteral("q"), report.permission.suiteQl}})
                    .toJson(QJsonDocument::Compact);
        } else {
            request.url = restUrl(probePath(report.permission), QStringLiteral("limit=1"));
        }
        HttpProbe *probe = newProbe(true);
        connect(probe, &HttpProbe::finished, this, [this, index] { onProbeFinished(index); });
        ++m_run->probesInFlight;
        probe->start(request);
    }
}

void ConnectionTest::onProbeFinished(int index)
{
    const HttpOutcome outcome = takeOutcome(qobject_cast<HttpProbe *>(sender()));
    --m_run->probesInFlight;

    PermissionReport &report = m_result.permissions[index];
    m_run->observations.permissions << PermissionObservation{report.permission, outcome};
    report.httpStatus = outcome.httpStatus;
    report.errorCode = outcome.errorCode;
    report.elapsedMs = outcome.elapsedMs;
    if (outcome.isSuccess()) {
        report.state = StepState::Passed;
        report.summary = tr("Present");
    } else if (outcome.isHttp() && outcome.httpStatus == 403) {
        report.state = StepState::Failed;
        report.summary = tr("Missing: add %1 (%2) to the role.")
                             .arg(report.permission.name, report.permission.level);
    } else {
        report.state = StepState::Warning;
        report.summary = tr("Could not be checked: %1").arg(outcomeSummary(outcome));
    }
    emit permissionChanged(index, report);

    if (m_run->probesInFlight > 0 || !m_run->probeQueue.isEmpty()) {
        startNextProbes();
        return;
    }
    int missing = 0;
    int unchecked = 0;
    for (const PermissionReport &each : std::as_const(m_result.permissions)) {
        if (each.state == StepState::Failed)
            ++missing;
        else if (each.state == StepState::Warning)
            ++unchecked;
    }
    if (missing > 0) {
        setStep(ConnectionStep::PermissionAudit, StepState::Failed,
                tr("%n permission(s) missing.", nullptr, missing));
    } else if (unchecked > 0) {
        setStep(ConnectionStep::PermissionAudit, StepState::Warning,
                tr("%n permission(s) could not be checked.", nullptr, unchecked));
    } else {
        setStep(ConnectionStep::PermissionAudit, StepState::Passed,
                tr("Every permission REST can verify is present."));
    }
    finish();
}

void ConnectionTest::finish()
{
    if (!m_running)
        return;
    // Permissions first, so that a listener that prints the audit step gets their final states.
    const QString notRun = m_cancelled ? tr("Not checked: the test was cancelled.")
                                       : tr("Not checked: an earlier step failed.");
    for (int i = 0; i < m_result.permissions.size(); ++i) {
        PermissionReport &report = m_result.permissions[i];
        if (report.state != StepState::Pending && report.state != StepState::Running)
            continue;
        if (report.permission.probe == ProbeKind::NotVerifiable) {
            report.state = StepState::NotVerifiable;
            report.summary = tr("Not verifiable over REST: check it on the role.");
        } else {
            report.state = StepState::Skipped;
            report.summary = notRun;
        }
        emit permissionChanged(i, report);
    }
    for (int i = 0; i < m_result.steps.size(); ++i) {
        StepReport &report = m_result.steps[i];
        if (report.state == StepState::Pending || report.state == StepState::Running) {
            report.state = StepState::Skipped;
            report.summary = notRun;
            emit stepChanged(report);
        }
    }
    m_result.diagnosis = Diagnoser::diagnose(m_run->observations);
    m_result.elapsedMs = m_run->elapsed.elapsed();
    qCInfo(lcConnection).noquote()
        << "finished" << statusKey(m_result.diagnosis.status) << "in" << m_result.elapsedMs << "ms";
    m_running = false;
    emit finished(m_result);
}

} // namespace tba
