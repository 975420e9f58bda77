// Runs the core ConnectionTest against the NetSuite emulator: every diagnosis end to end, and the
// network rules (concurrency, cookies, redirects, body limit) as the emulator sees them.

#include "core/connection/audittrail.h"
#include "core/connection/connectiontest.h"
#include "emulatorprocess.h"
#include "recordingproxy.h"
#include "scenarios.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QtTest>

using namespace tba;

namespace {

ConnectionSettings settingsFor(const EmulatorProcess &emulator, const Scenario &scenario)
{
    ConnectionSettings settings;
    settings.accountInput = emulator.account();
    settings.credentials = emulator.credentials();
    if (scenario.wrongTokenSecret)
        settings.credentials.tokenSecret.replace(0, 4, QStringLiteral("0000"));
    settings.requestTimeoutMs = scenario.timeoutMs;
    if (scenario.trustCa) {
        QString error;
        settings.extraCaCertificates =
            CaFileLoader::load(emulator.caFile(), &error).value_or(QList<QSslCertificate>());
    }
    switch (scenario.target) {
    case Scenario::Target::Lookup:
        settings.lookupBaseUrl = emulator.baseUrl();
        break;
    case Scenario::Target::BaseUrl:
        settings.restBaseUrlOverride = emulator.baseUrl();
        break;
    case Scenario::Target::UnknownHost:
        settings.restBaseUrlOverride = QUrl(QStringLiteral("https://netsuite-emulator.invalid"));
        break;
    case Scenario::Target::ClosedPort:
        settings.restBaseUrlOverride =
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(closedLocalPort()));
        break;
    }
    return settings;
}

Scenario scenarioNamed(const QString &name)
{
    for (const Scenario &scenario : endToEndScenarios()) {
        if (scenario.name == name)
            return scenario;
    }
    return {};
}

QJsonArray requestsTo(const EmulatorProcess &emulator, const QString &server)
{
    QJsonArray matching;
    for (const QJsonValue &request : emulator.state().value(QLatin1String("requests")).toArray()) {
        if (request.toObject().value(QLatin1String("server")).toString() == server)
            matching.append(request);
    }
    return matching;
}

} // namespace

class ConnectionTestTest : public QObject
{
    Q_OBJECT

private slots:
    void diagnosesEachScenario_data();
    void diagnosesEachScenario();
    void reportsEveryStepAndPermissionAsItRuns();
    void runsAtMostFourProbesAtOnce();
    void sendsNoCookies();
    void neverSendsAuthorizationToAnotherHostOnRedirect();
    void resignsRedirectOnTheSameHost();
    void readsAtMostOneMebibyteOfABody();
    void loginAuditTrailDetailOfWrongSecretDecodes();
    void clockCheckWarnsPastTwoMinutesAndFailsPastFive();
    void namesMissingPermissionsAndNeverPassesUnverifiable();
    void givenLookupRetriesWithCompanyThenStops();
    void onlyNetSuitesLookupMayFallBack_data();
    void onlyNetSuitesLookupMayFallBack();
    void invalidInputSendsNothing();
    void cancelEndsWithEveryRowFinal();
    void stepsAfterAFailureAreSkipped();
};

void ConnectionTestTest::diagnosesEachScenario_data()
{
    QTest::addColumn<QString>("name");
    for (const Scenario &scenario : endToEndScenarios())
        QTest::newRow(qPrintable(scenario.name)) << scenario.name;
}

void ConnectionTestTest::diagnosesEachScenario()
{
    QFETCH(QString, name);
    const Scenario scenario = scenarioNamed(name);
    SKIP_WITHOUT_DNS_ISOLATION(scenario);
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(scenario.config, scenario.certificate, &error), qPrintable(error));

    QNetworkAccessManager manager;
    const auto hosts = std::make_shared<QStringList>();
    if (!scenario.proxy.isEmpty()) {
        manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                       closedLocalPort()));
    } else {
        manager.setProxyFactory(new RecordingProxyFactory(hosts));
    }
    const ConnectionTestResult result =
        ConnectionTest::runAndWait(&manager, settingsFor(emulator, scenario));
    const Diagnosis &diagnosis = result.diagnosis;
    // Every scenario talks to local servers only: nothing may be meant for NetSuite's real hosts,
    // such as the host built from the account ID after a failed lookup.
    QVERIFY2(RecordingProxyFactory::netSuiteHosts(*hosts).isEmpty(),
             qPrintable(RecordingProxyFactory::netSuiteHosts(*hosts).join(QLatin1Char(' '))));
    if (scenario.proxy.isEmpty())
        QVERIFY(!hosts->isEmpty());
    QCOMPARE(statusKey(diagnosis.status), statusKey(scenario.status));
    if (scenario.status != ConnectionStatus::Connected) {
        QCOMPARE(stepKey(diagnosis.failedStep), stepKey(scenario.failedStep));
        QVERIFY(!diagnosis.causes.isEmpty());
        QCOMPARE(diagnosis.causes.constFirst().id, scenario.firstCause);
        // A step that could not check everything (429 on some probes) ends as a warning.
        const StepState failedState = result.step(scenario.failedStep).state;
        QVERIFY(failedState == StepState::Failed ||
                (scenario.status == ConnectionStatus::RateLimited &&
                 failedState == StepState::Warning));
    } else {
        QVERIFY(diagnosis.causes.isEmpty());
        QCOMPARE(result.step(ConnectionStep::Login).state, StepState::Passed);
        QCOMPARE(result.step(ConnectionStep::PermissionAudit).state, StepState::Passed);
    }
    for (const StepReport &step : result.steps) {
        QVERIFY2(step.state != StepState::Pending && step.state != StepState::Running,
                 qPrintable(stepKey(step.step)));
    }
}

void ConnectionTestTest::reportsEveryStepAndPermissionAsItRuns()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QNetworkAccessManager manager;
    ConnectionTest test(&manager);
    QSignalSpy started(&test, &ConnectionTest::started);
    QSignalSpy steps(&test, &ConnectionTest::stepChanged);
    QSignalSpy permissions(&test, &ConnectionTest::permissionChanged);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);

    // Each step goes Running, then to its final state, in order.
    QList<ConnectionStep> order;
    for (const QList<QVariant> &arguments : std::as_const(steps)) {
        const auto report = arguments.at(0).value<StepReport>();
        if (report.state == StepState::Running)
            order << report.step;
    }
    QCOMPARE(order,
             (QList<ConnectionStep>{ConnectionStep::LocalChecks, ConnectionStep::DataCenterLookup,
                                    ConnectionStep::ClockCheck, ConnectionStep::Login,
                                    ConnectionStep::PermissionAudit}));
    const int rows = int(test.result().permissions.size());
    QCOMPARE(rows, 13);
    QCOMPARE(test.result().permissions.constFirst().permission.name,
             QStringLiteral("Lists > Customers"));
    // 8 probes report Running and then a result; 5 rows are not verifiable over REST.
    QCOMPARE(permissions.count(), 8 * 2 + 5);
}

void ConnectionTestTest::runsAtMostFourProbesAtOnce()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start(
        {{QStringLiteral("delay_ms"), 200}, {QStringLiteral("concurrency_limit"), 0}}));
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::Connected);
    const int maxInFlight = emulator.state().value(QLatin1String("max_in_flight")).toInt();
    QVERIFY2(maxInFlight <= 4, qPrintable(QString::number(maxInFlight)));
    QVERIFY2(maxInFlight >= 2, qPrintable(QString::number(maxInFlight)));
}

void ConnectionTestTest::sendsNoCookies()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::Connected);
    const QJsonArray requests = requestsTo(emulator, QStringLiteral("main"));
    QVERIFY(requests.size() >= 10);
    for (const QJsonValue &request : requests)
        QVERIFY(!request.toObject().value(QLatin1String("cookie")).toBool());
}

void ConnectionTestTest::neverSendsAuthorizationToAnotherHostOnRedirect()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({{QStringLiteral("redirect"), QStringLiteral("other-host")}}));
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("redirectToOtherHost"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::NetworkError);
    QVERIFY(result.step(ConnectionStep::Login).detail.contains(emulator.otherUrl().host()));
    for (const QJsonValue &request : requestsTo(emulator, QStringLiteral("other")))
        QVERIFY(!request.toObject().value(QLatin1String("authorization")).toBool());
    QCOMPARE(requestsTo(emulator, QStringLiteral("other")).size(), 0);
}

void ConnectionTestTest::resignsRedirectOnTheSameHost()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({{QStringLiteral("redirect"), QStringLiteral("same-host")}}));
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("redirectOnSameHost"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::Connected);
    int logins = 0;
    for (const QJsonValue &entry : emulator.state().value(QLatin1String("audit_trail")).toArray()) {
        const QJsonObject object = entry.toObject();
        QCOMPARE(object.value(QLatin1String("detail")).toString(), QStringLiteral("Success"));
        if (object.value(QLatin1String("path"))
                .toString()
                .endsWith(QLatin1String("metadata-catalog")))
            ++logins;
    }
    QCOMPARE(logins, 2);
}

void ConnectionTestTest::readsAtMostOneMebibyteOfABody()
{
    const qint64 size = 64 * 1024 * 1024;
    EmulatorProcess emulator;
    QVERIFY(emulator.start({{QStringLiteral("huge_body_bytes"), size}}));
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("hugeBody"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::Connected);
    // The transfer was cut soon after the limit: the emulator could not send the whole body.
    QTRY_VERIFY(emulator.state().value(QLatin1String("huge_body_bytes_sent")).toDouble() > 0);
    const double sent = emulator.state().value(QLatin1String("huge_body_bytes_sent")).toDouble();
    QVERIFY2(sent < double(size) / 4, qPrintable(QString::number(sent)));
}

void ConnectionTestTest::loginAuditTrailDetailOfWrongSecretDecodes()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("wrongTokenSecret"))));
    QCOMPARE(result.diagnosis.status, ConnectionStatus::AuthenticationRejected);
    QVERIFY(result.diagnosis.headline.contains(Diagnoser::loginAuditTrailPath()));
    const QJsonArray trail = emulator.state().value(QLatin1String("audit_trail")).toArray();
    QCOMPARE(trail.size(), 1);
    const QString detail = trail.at(0).toObject().value(QLatin1String("detail")).toString();
    QCOMPARE(detail, QStringLiteral("InvalidSignature"));
    const std::optional<Cause> cause = LoginAuditTrailDecoder::decode(detail);
    QVERIFY(cause);
    QCOMPARE(cause->id, QStringLiteral("audit-invalid-signature"));
}

void ConnectionTestTest::clockCheckWarnsPastTwoMinutesAndFailsPastFive()
{
    for (const int offset : {-180, 600}) {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({{QStringLiteral("clock_offset_seconds"), offset}}));
        QNetworkAccessManager manager;
        const ConnectionTestResult result = ConnectionTest::runAndWait(
            &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));
        QVERIFY(result.clockSkewSeconds);
        QVERIFY(qAbs(*result.clockSkewSeconds - offset) <= 2);
        QCOMPARE(result.step(ConnectionStep::ClockCheck).state,
                 offset > 300 ? StepState::Failed : StepState::Warning);
        QVERIFY(!result.diagnosis.warnings.isEmpty());
    }
}

void ConnectionTestTest::namesMissingPermissionsAndNeverPassesUnverifiable()
{
    EmulatorProcess emulator;
    const Scenario scenario = scenarioNamed(QStringLiteral("permissionsMissing"));
    QVERIFY(emulator.start(scenario.config));
    QNetworkAccessManager manager;
    const ConnectionTestResult result =
        ConnectionTest::runAndWait(&manager, settingsFor(emulator, scenario));
    QCOMPARE(result.diagnosis.missingPermissions,
             (QStringList{QStringLiteral("transactions.salesOrder"),
                          QStringLiteral("reports.suiteAnalyticsWorkbook")}));
    QCOMPARE(result.diagnosis.causes.size(), 2);
    QVERIFY(result.diagnosis.causes.at(0).summary.contains(QLatin1String("Sales Order")));
    QCOMPARE(result.diagnosis.causes.at(0).wizardStep, WizardStep::Role);
    for (const PermissionReport &report : result.permissions) {
        if (report.permission.probe == ProbeKind::NotVerifiable)
            QCOMPARE(report.state, StepState::NotVerifiable);
    }
}

void ConnectionTestTest::givenLookupRetriesWithCompanyThenStops()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({{QStringLiteral("lookup"), QStringLiteral("unavailable")}}));
    QNetworkAccessManager manager;
    const auto hosts = std::make_shared<QStringList>();
    manager.setProxyFactory(new RecordingProxyFactory(hosts));
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));

    QCOMPARE(result.step(ConnectionStep::DataCenterLookup).state, StepState::Failed);
    QCOMPARE(result.step(ConnectionStep::ClockCheck).state, StepState::Skipped);
    QCOMPARE(result.step(ConnectionStep::Login).state, StepState::Skipped);
    QCOMPARE(result.diagnosis.failedStep, ConnectionStep::DataCenterLookup);
    QVERIFY(result.domains.webservicesDomain.isEmpty());
    QVERIFY2(RecordingProxyFactory::netSuiteHosts(*hosts).isEmpty(),
             qPrintable(hosts->join(QLatin1Char(' '))));
    // The two lookups went to the emulator, and nothing else did.
    const QJsonArray requests = requestsTo(emulator, QStringLiteral("main"));
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0)
                 .toObject()
                 .value(QLatin1String("query"))
                 .toString()
                 .contains(QLatin1String("c=")));
    QVERIFY(requests.at(1)
                .toObject()
                .value(QLatin1String("query"))
                .toString()
                .contains(QLatin1String("&c=1234567_SB1")));
}

void ConnectionTestTest::onlyNetSuitesLookupMayFallBack_data()
{
    QTest::addColumn<QUrl>("lookup");
    QTest::addColumn<bool>("fallsBack");
    QTest::newRow("default") << ConnectionSettings::defaultLookupBaseUrl() << true;
    QTest::newRow("defaultWithSlash") << QUrl(QStringLiteral("https://rest.netsuite.com/")) << true;
    QTest::newRow("defaultWithPort") << QUrl(QStringLiteral("https://rest.netsuite.com:443"))
                                     << true;
    QTest::newRow("otherPort") << QUrl(QStringLiteral("https://rest.netsuite.com:8443")) << false;
    QTest::newRow("otherPath") << QUrl(QStringLiteral("https://rest.netsuite.com/x")) << false;
    QTest::newRow("localServer") << QUrl(QStringLiteral("https://127.0.0.1:8443")) << false;
    QTest::newRow("otherHost") << QUrl(QStringLiteral("https://rest.netsuite.com.example.org"))
                               << false;
}

void ConnectionTestTest::onlyNetSuitesLookupMayFallBack()
{
    QFETCH(QUrl, lookup);
    QFETCH(bool, fallsBack);
    ConnectionSettings settings;
    settings.lookupBaseUrl = lookup;
    QCOMPARE(settings.usesDefaultLookup(), fallsBack);
}

void ConnectionTestTest::invalidInputSendsNothing()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    ConnectionSettings settings = settingsFor(emulator, scenarioNamed(QStringLiteral("connected")));
    settings.accountInput = QStringLiteral("12 34");
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(&manager, settings);
    QCOMPARE(result.diagnosis.status, ConnectionStatus::InvalidInput);
    QCOMPARE(result.diagnosis.causes.constFirst().wizardStep, WizardStep::Account);
    QCOMPARE(emulator.state().value(QLatin1String("requests")).toArray().size(), 0);
}

void ConnectionTestTest::cancelEndsWithEveryRowFinal()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({{QStringLiteral("delay_ms"), 2000}}));
    QNetworkAccessManager manager;
    ConnectionTest test(&manager);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    connect(&test, &ConnectionTest::stepChanged, &test, [&test](const StepReport &report) {
        if (report.step == ConnectionStep::DataCenterLookup && report.state == StepState::Running)
            QTimer::singleShot(100, &test, &ConnectionTest::cancel);
    });
    test.start(settingsFor(emulator, scenarioNamed(QStringLiteral("connected"))));
    QVERIFY(finished.wait(10000));
    QVERIFY(!test.isRunning());
    for (const StepReport &step : test.result().steps)
        QVERIFY(step.state != StepState::Pending && step.state != StepState::Running);
    QCOMPARE(test.result().step(ConnectionStep::Login).state, StepState::Skipped);
    QVERIFY(test.result().step(ConnectionStep::Login).summary.contains(QLatin1String("cancelled")));
    for (const PermissionReport &report : test.result().permissions) {
        QCOMPARE(report.state, report.permission.probe == ProbeKind::NotVerifiable
                                   ? StepState::NotVerifiable
                                   : StepState::Skipped);
    }
}

void ConnectionTestTest::stepsAfterAFailureAreSkipped()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QNetworkAccessManager manager;
    const ConnectionTestResult result = ConnectionTest::runAndWait(
        &manager, settingsFor(emulator, scenarioNamed(QStringLiteral("wrongTokenSecret"))));
    QCOMPARE(result.step(ConnectionStep::Login).state, StepState::Failed);
    const StepReport &audit = result.step(ConnectionStep::PermissionAudit);
    QCOMPARE(audit.state, StepState::Skipped);
    QCOMPARE(audit.summary, QStringLiteral("Not checked: an earlier step failed."));
    QCOMPARE(stateKey(audit.state), QStringLiteral("skipped"));
    for (const PermissionReport &report : result.permissions) {
        // "Not verifiable" means only that REST cannot prove the permission.
        QCOMPARE(report.state, report.permission.probe == ProbeKind::NotVerifiable
                                   ? StepState::NotVerifiable
                                   : StepState::Skipped);
    }
}

QTEST_GUILESS_MAIN(ConnectionTestTest)
#include "tst_connectiontest.moc"
