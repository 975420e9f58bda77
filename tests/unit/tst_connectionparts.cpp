// The pure parts of the connection test: the data-center lookup's URL and answers, the permission
// presets, NetSuite's error body, the mapping of Qt's network and TLS errors, the CA file loader.

#include "core/connection/connectionsettings.h"
#include "core/connection/datacenterlookup.h"
#include "core/connection/httpprobe.h"
#include "core/connection/permissionpresets.h"

#include <QSet>
#include <QTemporaryFile>
#include <QtTest>

using namespace tba;

class ConnectionPartsTest : public QObject
{
    Q_OBJECT

private slots:
    void lookupUrlCarriesRealm();
    void lookupAnswers_data();
    void lookupAnswers();
    void afterShipPresetComesFirstAndMatchesTheSetupGuide();
    void presetIdsAreUnique();
    void probePathsFollowTheRestApi();
    void readsNetSuiteErrorBody();
    void mapsTlsErrors_data();
    void mapsTlsErrors();
    void mapsNetworkErrors();
    void caFileLoaderRejectsFilesWithoutCertificates();
    void defaultsMatchTheIssue();
};

void ConnectionPartsTest::lookupUrlCarriesRealm()
{
    const QUrl base(QStringLiteral("https://rest.netsuite.com"));
    QCOMPARE(DataCenterLookup::requestUrl(base, QStringLiteral("1234567_SB1")).toString(),
             QStringLiteral("https://rest.netsuite.com/rest/datacenterurls?account=1234567_SB1"));
    QCOMPARE(
        DataCenterLookup::requestUrl(base, QStringLiteral("1234567"), true).toString(),
        QStringLiteral("https://rest.netsuite.com/rest/datacenterurls?account=1234567&c=1234567"));
    QCOMPARE(DataCenterLookup::requestUrl(QUrl(QStringLiteral("https://127.0.0.1:8443/")),
                                          QStringLiteral("1"))
                 .path(),
             QStringLiteral("/rest/datacenterurls"));
}

void ConnectionPartsTest::lookupAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    using K = DataCenterAnswer::Kind;
    const QByteArray found = R"({"restDomain":"https://1234567.restlets.api.netsuite.com",
        "webservicesDomain":"https://1234567.suitetalk.api.netsuite.com",
        "systemDomain":"https://1234567.app.netsuite.com"})";
    QTest::newRow("found") << 200 << found << int(K::Found);
    QTest::newRow("httpDomainIsRejected")
        << 200 << QByteArray(R"({"webservicesDomain":"http://1234567.suitetalk.api.netsuite.com"})")
        << int(K::Malformed);
    QTest::newRow("notJson") << 200 << QByteArray("<html>") << int(K::Malformed);
    QTest::newRow("noDomain") << 200 << QByteArray("{}") << int(K::Malformed);
    QTest::newRow("unknownAccount")
        << 400 << QByteArray(R"({"error":{"code":"INVALID_ACCOUNT","message":"Invalid account."}})")
        << int(K::AccountNotFound);
    QTest::newRow("serviceUnavailable") << 503 << QByteArray() << int(K::Unavailable);
    QTest::newRow("serverError") << 500 << QByteArray() << int(K::Unavailable);
    QTest::newRow("tooManyRequests") << 429 << QByteArray() << int(K::Malformed);
}

void ConnectionPartsTest::lookupAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const DataCenterAnswer answer = DataCenterLookup::parse(status, body);
    QCOMPARE(int(answer.kind), kind);
    if (answer.kind == DataCenterAnswer::Kind::Found) {
        QCOMPARE(answer.domains.webservicesDomain.host(),
                 QStringLiteral("1234567.suitetalk.api.netsuite.com"));
        QCOMPARE(answer.domains.systemDomain.host(), QStringLiteral("1234567.app.netsuite.com"));
    } else if (answer.kind != DataCenterAnswer::Kind::AccountNotFound) {
        QVERIFY(!answer.error.isEmpty());
    }
}

void ConnectionPartsTest::afterShipPresetComesFirstAndMatchesTheSetupGuide()
{
    const IntegrationPreset &preset = integrationPresets().constFirst();
    QCOMPARE(preset.id, QStringLiteral("aftership"));
    QCOMPARE(findIntegrationPreset(QStringLiteral("aftership")), &preset);
    QStringList recordTypes;
    QStringList restless;
    int suiteQl = 0;
    for (const PermissionRequirement &permission : preset.permissions) {
        QVERIFY(!permission.name.isEmpty() && !permission.level.isEmpty());
        switch (permission.probe) {
        case ProbeKind::RecordList:
            recordTypes << permission.recordType;
            break;
        case ProbeKind::SuiteQlQuery:
            ++suiteQl;
            QCOMPARE(permission.suiteQl, QStringLiteral("SELECT id FROM customer"));
            break;
        case ProbeKind::NotVerifiable:
            restless << permission.name;
            break;
        }
    }
    QCOMPARE(recordTypes,
             (QStringList{QStringLiteral("customer"), QStringLiteral("contact"),
                          QStringLiteral("currency"), QStringLiteral("inventoryItem"),
                          QStringLiteral("salesOrder"), QStringLiteral("itemFulfillment"),
                          QStringLiteral("returnAuthorization")}));
    QCOMPARE(suiteQl, 1);
    QCOMPARE(restless.size(), 5);
    QVERIFY(restless.contains(QLatin1String("Lists > Perform Search")));
    QVERIFY(restless.join(QLatin1Char('|')).contains(QLatin1String("SOAP Web Services")));
    QVERIFY(!findIntegrationPreset(QStringLiteral("nonexistent")));
}

void ConnectionPartsTest::presetIdsAreUnique()
{
    QSet<QString> presets;
    for (const IntegrationPreset &preset : integrationPresets()) {
        QVERIFY(!presets.contains(preset.id));
        presets.insert(preset.id);
        QSet<QString> permissions;
        for (const PermissionRequirement &permission : preset.permissions) {
            QVERIFY2(!permissions.contains(permission.id), qPrintable(permission.id));
            permissions.insert(permission.id);
        }
    }
}

void ConnectionPartsTest::probePathsFollowTheRestApi()
{
    PermissionRequirement permission;
    permission.probe = ProbeKind::RecordList;
    permission.recordType = QStringLiteral("salesOrder");
    QCOMPARE(probePath(permission), QStringLiteral("record/v1/salesOrder"));
    permission.probe = ProbeKind::SuiteQlQuery;
    QCOMPARE(probePath(permission), QStringLiteral("query/v1/suiteql"));
    permission.probe = ProbeKind::NotVerifiable;
    QVERIFY(probePath(permission).isEmpty());
}

void ConnectionPartsTest::readsNetSuiteErrorBody()
{
    QString code;
    QString detail;
    parseNetSuiteError(R"({"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2",
        "title":"Unauthorized","status":401,"o:errorDetails":[{"detail":"Invalid login attempt.",
        "o:errorCode":"INVALID_LOGIN"}]})",
                       &code, &detail);
    QCOMPARE(code, QStringLiteral("INVALID_LOGIN"));
    QCOMPARE(detail, QStringLiteral("Invalid login attempt."));
    parseNetSuiteError("not json", &code, &detail);
    QVERIFY(code.isEmpty());
    QVERIFY(detail.isEmpty());
}

void ConnectionPartsTest::mapsTlsErrors_data()
{
    QTest::addColumn<QList<int>>("errors");
    QTest::addColumn<int>("problem");
    QTest::newRow("none") << QList<int>{} << int(TlsProblem::None);
    QTest::newRow("selfSigned") << QList<int>{QSslError::SelfSignedCertificate}
                                << int(TlsProblem::SelfSigned);
    QTest::newRow("unknownIssuer") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate,
                                                 QSslError::UnableToVerifyFirstCertificate}
                                   << int(TlsProblem::UnknownIssuer);
    QTest::newRow("expiredBeatsUnknownIssuer")
        << QList<int>{QSslError::UnableToGetLocalIssuerCertificate, QSslError::CertificateExpired}
        << int(TlsProblem::Expired);
    QTest::newRow("hostMismatch") << QList<int>{QSslError::HostNameMismatch}
                                  << int(TlsProblem::HostMismatch);
    QTest::newRow("other") << QList<int>{QSslError::CertificateRevoked} << int(TlsProblem::Other);
}

void ConnectionPartsTest::mapsTlsErrors()
{
    QFETCH(QList<int>, errors);
    QFETCH(int, problem);
    QList<QSslError> sslErrors;
    for (const int error : errors)
        sslErrors << QSslError(QSslError::SslError(error));
    QCOMPARE(int(classifyTlsErrors(sslErrors)), problem);
}

void ConnectionPartsTest::mapsNetworkErrors()
{
    QCOMPARE(classifyNetworkError(QNetworkReply::HostNotFoundError), TransportResult::HostNotFound);
    QCOMPARE(classifyNetworkError(QNetworkReply::ConnectionRefusedError),
             TransportResult::ConnectionRefused);
    QCOMPARE(classifyNetworkError(QNetworkReply::TimeoutError), TransportResult::Timeout);
    QCOMPARE(classifyNetworkError(QNetworkReply::SslHandshakeFailedError),
             TransportResult::TlsFailed);
    QCOMPARE(classifyNetworkError(QNetworkReply::ProxyConnectionRefusedError),
             TransportResult::ProxyFailed);
    QCOMPARE(classifyNetworkError(QNetworkReply::ProxyAuthenticationRequiredError),
             TransportResult::ProxyFailed);
    QCOMPARE(classifyNetworkError(QNetworkReply::RemoteHostClosedError),
             TransportResult::NetworkError);
}

void ConnectionPartsTest::caFileLoaderRejectsFilesWithoutCertificates()
{
    QString error;
    QVERIFY(!CaFileLoader::load(QStringLiteral("/nonexistent/ca.pem"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/ca.pem")));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("not a certificate\n");
    file.flush();
    QVERIFY(!CaFileLoader::load(file.fileName(), &error));
    QVERIFY(error.contains(QLatin1String("no PEM certificate")));
}

void ConnectionPartsTest::defaultsMatchTheIssue()
{
    const ConnectionSettings settings;
    QCOMPARE(settings.requestTimeoutMs, 20000);
    QCOMPARE(settings.maxBodyBytes, qint64(1024 * 1024));
    QCOMPARE(settings.maxConcurrentProbes, 4);
    QCOMPARE(settings.lookupBaseUrl, QUrl(QStringLiteral("https://rest.netsuite.com")));
    QCOMPARE(settings.presetId, QStringLiteral("aftership"));
}

QTEST_GUILESS_MAIN(ConnectionPartsTest)
#include "tst_connectionparts.moc"
