// Table test of Diagnoser::diagnose(): observations in, status, failing step and ranked causes out.

#include "core/connection/diagnosis.h"

#include <QtTest>

using namespace tba;

namespace {

HttpOutcome http(int status, const char *code = "", const char *detail = "")
{
    HttpOutcome outcome;
    outcome.transport = TransportResult::Completed;
    outcome.httpStatus = status;
    outcome.errorCode = QString::fromLatin1(code);
    outcome.errorDetail = QString::fromLatin1(detail);
    return outcome;
}

HttpOutcome transport(TransportResult result, TlsProblem tls = TlsProblem::None)
{
    HttpOutcome outcome;
    outcome.transport = result;
    outcome.tlsProblem = tls;
    outcome.transportError = QStringLiteral("Qt's description");
    return outcome;
}

/// A run that connected: lookup found, login 200, every probe of the AfterShip preset 200.
Observations connected(const char *realm = "1234567")
{
    Observations observations;
    observations.lookup.result = LookupObservation::Result::Found;
    observations.lookup.realm = QString::fromLatin1(realm);
    observations.lookup.outcome = http(200);
    observations.clockSkewSeconds = 1;
    observations.login = http(200);
    for (const PermissionRequirement &permission :
         findIntegrationPreset(QStringLiteral("aftership"))->permissions) {
        PermissionObservation observation{permission, {}};
        if (permission.probe != ProbeKind::NotVerifiable)
            observation.outcome = http(200);
        observations.permissions << observation;
    }
    return observations;
}

Observations withLogin(const HttpOutcome &login, const char *realm = "1234567")
{
    Observations observations = connected(realm);
    observations.login = login;
    observations.permissions.clear();
    return observations;
}

Observations withProbe(const char *recordType, const HttpOutcome &outcome,
                       Observations observations = connected())
{
    for (PermissionObservation &observation : observations.permissions) {
        if (observation.permission.recordType == QLatin1String(recordType) ||
            (observation.permission.probe == ProbeKind::SuiteQlQuery &&
             QLatin1String(recordType) == QLatin1String("suiteql")))
            observation.outcome = outcome;
    }
    return observations;
}

} // namespace

Q_DECLARE_METATYPE(tba::Observations)

class DiagnosisTest : public QObject
{
    Q_OBJECT

private slots:
    void diagnose_data();
    void diagnose();
    void sandboxRanksRefreshRightAfterWrongValue();
    void smallClockSkewRanksLast();
    void warningsNameFallbackClockAndCredentials();
    void everyCauseHasAFix();
    void loginForbiddenShowsDetailAndNeverSaysLoggedIn();
};

void DiagnosisTest::diagnose_data()
{
    QTest::addColumn<Observations>("observations");
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<ConnectionStep>("failedStep");
    QTest::addColumn<QString>("firstCause");

    using S = ConnectionStatus;
    using Step = ConnectionStep;
    using T = TransportResult;

    QTest::newRow("connected") << connected() << S::Connected << Step::LocalChecks << QString();

    Observations badAccount;
    badAccount.accountError = QStringLiteral("\"12 34\" is not an account ID.");
    QTest::newRow("invalidAccount")
        << badAccount << S::InvalidInput << Step::LocalChecks << QStringLiteral("invalid-account");

    Observations badCredential;
    badCredential.credentialIssues
        << CredentialIssue{CredentialField::TokenSecret, CredentialIssue::Severity::Error,
                           QStringLiteral("Token Secret is empty.")};
    QTest::newRow("invalidCredential") << badCredential << S::InvalidInput << Step::LocalChecks
                                       << QStringLiteral("invalid-credential");

    Observations notFound;
    notFound.lookup.result = LookupObservation::Result::AccountNotFound;
    notFound.lookup.realm = QStringLiteral("1234567");
    notFound.lookup.outcome = http(400);
    QTest::newRow("accountNotFound") << notFound << S::AccountNotFound << Step::DataCenterLookup
                                     << QStringLiteral("account-not-found");

    Observations lookupTls;
    lookupTls.lookup.result = LookupObservation::Result::NotRun;
    lookupTls.lookup.outcome = transport(T::TlsFailed, TlsProblem::UnknownIssuer);
    QTest::newRow("lookupTlsFailure") << lookupTls << S::TlsError << Step::DataCenterLookup
                                      << QStringLiteral("tls-unknown-issuer");

    QTest::newRow("login401") << withLogin(http(401, "INVALID_LOGIN")) << S::AuthenticationRejected
                              << Step::Login << QStringLiteral("wrong-secret");
    Observations skewed = withLogin(http(401, "INVALID_LOGIN"));
    skewed.clockSkewSeconds = -600;
    QTest::newRow("login401ClockTenMinutesOff")
        << skewed << S::AuthenticationRejected << Step::Login << QStringLiteral("clock-skew");
    QTest::newRow("login403WithoutDetail")
        << withLogin(http(403, "INSUFFICIENT_PERMISSION")) << S::LoginForbidden << Step::Login
        << QStringLiteral("role-lacks-rest");
    QTest::newRow("login403NamingAccessTokens")
        << withLogin(http(403, "INSUFFICIENT_PERMISSION",
                          "You need the 'Log in using Access Tokens' permission."))
        << S::LoginForbidden << Step::Login << QStringLiteral("role-lacks-token-login");
    QTest::newRow("login403NamingUserAccessTokens")
        << withLogin(http(403, "INSUFFICIENT_PERMISSION",
                          "You need the 'User Access Tokens' permission."))
        << S::LoginForbidden << Step::Login << QStringLiteral("role-lacks-token-login");
    QTest::newRow("login403NamingRest")
        << withLogin(http(403, "INSUFFICIENT_PERMISSION",
                          "You need the 'REST Web Services' permission."))
        << S::LoginForbidden << Step::Login << QStringLiteral("role-lacks-rest");

    Observations givenLookupDown;
    givenLookupDown.lookup.result = LookupObservation::Result::Failed;
    givenLookupDown.lookup.realm = QStringLiteral("1234567");
    givenLookupDown.lookup.outcome = http(503);
    QTest::newRow("givenLookupUnavailable") << givenLookupDown << S::ServerError
                                            << Step::DataCenterLookup
                                            << QStringLiteral("lookup-failed");
    Observations givenLookupSlow = givenLookupDown;
    givenLookupSlow.lookup.outcome = transport(T::Timeout);
    QTest::newRow("givenLookupTimeout")
        << givenLookupSlow << S::Timeout << Step::DataCenterLookup << QStringLiteral("timeout");
    QTest::newRow("login400InvalidHeader")
        << withLogin(http(400, "INVALID_HEADER", "Invalid Accept-Language header value."))
        << S::RequestRejected << Step::Login << QStringLiteral("invalid-header");
    QTest::newRow("login400Other")
        << withLogin(http(400, "INVALID_PARAMETER")) << S::RequestRejected << Step::Login
        << QStringLiteral("request-rejected");
    QTest::newRow("login429") << withLogin(http(429, "CONCURRENCY_LIMIT_EXCEEDED"))
                              << S::RateLimited << Step::Login
                              << QStringLiteral("concurrency-limit");
    QTest::newRow("login500") << withLogin(http(500)) << S::ServerError << Step::Login
                              << QStringLiteral("server-error");
    QTest::newRow("loginDns") << withLogin(transport(T::HostNotFound)) << S::NetworkError
                              << Step::Login << QStringLiteral("dns-failure");
    QTest::newRow("loginRefused") << withLogin(transport(T::ConnectionRefused)) << S::NetworkError
                                  << Step::Login << QStringLiteral("connection-refused");
    QTest::newRow("loginTimeout") << withLogin(transport(T::Timeout)) << S::Timeout << Step::Login
                                  << QStringLiteral("timeout");
    QTest::newRow("loginProxy") << withLogin(transport(T::ProxyFailed)) << S::NetworkError
                                << Step::Login << QStringLiteral("proxy-error");
    QTest::newRow("loginRedirectElsewhere")
        << withLogin(transport(T::RedirectElsewhere)) << S::NetworkError << Step::Login
        << QStringLiteral("redirect-elsewhere");
    QTest::newRow("loginTooManyRedirects")
        << withLogin(transport(T::TooManyRedirects)) << S::NetworkError << Step::Login
        << QStringLiteral("too-many-redirects");
    QTest::newRow("loginOtherNetworkError")
        << withLogin(transport(T::NetworkError)) << S::NetworkError << Step::Login
        << QStringLiteral("network-error");
    QTest::newRow("tlsSelfSigned")
        << withLogin(transport(T::TlsFailed, TlsProblem::SelfSigned)) << S::TlsError << Step::Login
        << QStringLiteral("tls-self-signed");
    QTest::newRow("tlsUnknownIssuer")
        << withLogin(transport(T::TlsFailed, TlsProblem::UnknownIssuer)) << S::TlsError
        << Step::Login << QStringLiteral("tls-unknown-issuer");
    QTest::newRow("tlsExpired") << withLogin(transport(T::TlsFailed, TlsProblem::Expired))
                                << S::TlsError << Step::Login << QStringLiteral("tls-expired");
    QTest::newRow("tlsHostMismatch")
        << withLogin(transport(T::TlsFailed, TlsProblem::HostMismatch)) << S::TlsError
        << Step::Login << QStringLiteral("tls-host-mismatch");
    QTest::newRow("tlsOther") << withLogin(transport(T::TlsFailed, TlsProblem::Other))
                              << S::TlsError << Step::Login << QStringLiteral("tls-error");

    Observations stopped = connected();
    stopped.login.reset();
    QTest::newRow("stoppedBeforeLogin") << stopped << S::NetworkError << Step::Login << QString();

    QTest::newRow("probe403") << withProbe("salesOrder", http(403, "INSUFFICIENT_PERMISSION"))
                              << S::PermissionsMissing << Step::PermissionAudit
                              << QStringLiteral("missing-permission");
    QTest::newRow("probe429") << withProbe("contact", http(429)) << S::RateLimited
                              << Step::PermissionAudit << QStringLiteral("concurrency-limit");
    QTest::newRow("probe401AfterLoginIsConcurrency")
        << withProbe("contact", http(401, "INVALID_LOGIN")) << S::RateLimited
        << Step::PermissionAudit << QStringLiteral("concurrency-limit");
    QTest::newRow("probeTimeout") << withProbe("currency", transport(T::Timeout)) << S::Timeout
                                  << Step::PermissionAudit << QStringLiteral("timeout");
    QTest::newRow("probe403And429")
        << withProbe("suiteql", http(403), withProbe("contact", http(429))) << S::PermissionsMissing
        << Step::PermissionAudit << QStringLiteral("missing-permission");
}

void DiagnosisTest::diagnose()
{
    QFETCH(Observations, observations);
    QFETCH(ConnectionStatus, status);
    QFETCH(ConnectionStep, failedStep);
    QFETCH(QString, firstCause);

    const Diagnosis diagnosis = Diagnoser::diagnose(observations);
    QCOMPARE(statusKey(diagnosis.status), statusKey(status));
    QVERIFY(!diagnosis.headline.isEmpty());
    if (status != ConnectionStatus::Connected)
        QCOMPARE(stepKey(diagnosis.failedStep), stepKey(failedStep));
    QCOMPARE(diagnosis.causes.value(0).id, firstCause);
}

void DiagnosisTest::sandboxRanksRefreshRightAfterWrongValue()
{
    const Diagnosis diagnosis =
        Diagnoser::diagnose(withLogin(http(401, "INVALID_LOGIN"), "1234567_SB1"));
    QCOMPARE(diagnosis.causes.at(0).id, QStringLiteral("wrong-secret"));
    QCOMPARE(diagnosis.causes.at(1).id, QStringLiteral("sandbox-refreshed"));
    QVERIFY(diagnosis.headline.contains(Diagnoser::loginAuditTrailPath()));

    const Diagnosis production = Diagnoser::diagnose(withLogin(http(401, "INVALID_LOGIN")));
    QCOMPARE(production.causes.at(1).id, QStringLiteral("token-mismatch"));
}

void DiagnosisTest::smallClockSkewRanksLast()
{
    QList<Cause> causes = Diagnoser::invalidLoginCauses(200);
    QCOMPARE(causes.constLast().id, QStringLiteral("clock-skew"));
    causes = Diagnoser::invalidLoginCauses(30);
    for (const Cause &cause : causes)
        QVERIFY(cause.id != QLatin1String("clock-skew"));
    causes = Diagnoser::invalidLoginCauses(-301);
    QCOMPARE(causes.constFirst().id, QStringLiteral("clock-skew"));
    QVERIFY(causes.constFirst().summary.contains(QLatin1String("ahead of")));
}

void DiagnosisTest::warningsNameFallbackClockAndCredentials()
{
    Observations observations = connected();
    observations.lookup.result = LookupObservation::Result::FellBack;
    observations.clockSkewSeconds = 150;
    observations.credentialIssues << CredentialIssue{CredentialField::ConsumerKey,
                                                     CredentialIssue::Severity::Warning,
                                                     QStringLiteral("Consumer Key is short.")};
    const Diagnosis diagnosis = Diagnoser::diagnose(observations);
    QCOMPARE(diagnosis.status, ConnectionStatus::Connected);
    QCOMPARE(diagnosis.warnings.size(), 3);
    QVERIFY(diagnosis.warnings.at(0).contains(QLatin1String("Consumer Key is short.")));
}

void DiagnosisTest::everyCauseHasAFix()
{
    QList<Cause> causes = Diagnoser::invalidLoginCauses(600);
    for (const TlsProblem problem : {TlsProblem::SelfSigned, TlsProblem::UnknownIssuer,
                                     TlsProblem::Expired, TlsProblem::HostMismatch}) {
        causes +=
            Diagnoser::diagnose(withLogin(transport(TransportResult::TlsFailed, problem))).causes;
    }
    for (const Cause &cause : causes) {
        QVERIFY2(!cause.summary.isEmpty() && !cause.fix.isEmpty(), qPrintable(cause.id));
        QVERIFY(!cause.id.isEmpty());
    }
}

void DiagnosisTest::loginForbiddenShowsDetailAndNeverSaysLoggedIn()
{
    const QString detail =
        QStringLiteral("Permission Violation: You need the 'Log in using Access Tokens' permission.");
    const Diagnosis diagnosis = Diagnoser::diagnose(
        withLogin(http(403, "INSUFFICIENT_PERMISSION", detail.toLatin1().constData())));
    QCOMPARE(diagnosis.detail, detail);
    QVERIFY2(!diagnosis.headline.contains(QLatin1String("Logged in")), qPrintable(diagnosis.headline));
    QVERIFY(diagnosis.headline.contains(QLatin1String("403 INSUFFICIENT_PERMISSION")));
    QCOMPARE(diagnosis.causes.size(), 2);
    QCOMPARE(diagnosis.causes.at(1).id, QStringLiteral("role-lacks-rest"));
    QCOMPARE(statusKey(diagnosis.status), QStringLiteral("login-forbidden"));
}

QTEST_GUILESS_MAIN(DiagnosisTest)
#include "tst_diagnosis.moc"
