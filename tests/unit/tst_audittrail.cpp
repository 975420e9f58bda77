// The Login Audit Trail's Detail values decode to the exact cause and fix.

#include "core/connection/audittrail.h"

#include <QtTest>

using namespace tba;

class AuditTrailTest : public QObject
{
    Q_OBJECT

private slots:
    void decodesEachDetail_data();
    void decodesEachDetail();
    void ignoresCaseAndWhitespace();
    void unknownDetailDecodesToNothing();
    void knowsEveryDetailNetSuiteDocuments();
};

void AuditTrailTest::decodesEachDetail_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("id");
    QTest::addColumn<WizardStep>("step");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("invalidSignature")
        << QStringLiteral("InvalidSignature") << QStringLiteral("audit-invalid-signature")
        << WizardStep::AccessToken << QStringLiteral("secret");
    QTest::newRow("invalidTimestamp")
        << QStringLiteral("InvalidTimestamp") << QStringLiteral("audit-invalid-timestamp")
        << WizardStep::None << QStringLiteral("clock");
    QTest::newRow("nonceUsed") << QStringLiteral("NonceUsed") << QStringLiteral("audit-nonce-used")
                               << WizardStep::None << QStringLiteral("twice");
    QTest::newRow("consumerKeyUnknown")
        << QStringLiteral("consumer_key_unknown") << QStringLiteral("audit-consumer-key-unknown")
        << WizardStep::IntegrationRecord << QStringLiteral("Consumer Key");
    QTest::newRow("consumerKeyRefused")
        << QStringLiteral("consumer_key_refused") << QStringLiteral("audit-consumer-key-refused")
        << WizardStep::IntegrationRecord << QStringLiteral("Blocked");
    QTest::newRow("featureDisabled")
        << QStringLiteral("FeatureDisabled") << QStringLiteral("audit-feature-disabled")
        << WizardStep::Features << QStringLiteral("feature");
    QTest::newRow("missingFields") << QStringLiteral("MissingTokenPassportRequiredFields")
                                   << QStringLiteral("audit-missing-fields") << WizardStep::None
                                   << QStringLiteral("Authorization header");
    QTest::newRow("nonceRejected")
        << QStringLiteral("nonce_rejected") << QStringLiteral("audit-nonce-rejected")
        << WizardStep::None << QStringLiteral("nonce");
}

void AuditTrailTest::decodesEachDetail()
{
    QFETCH(QString, detail);
    QFETCH(QString, id);
    QFETCH(WizardStep, step);
    QFETCH(QString, mentions);
    const std::optional<Cause> cause = LoginAuditTrailDecoder::decode(detail);
    QVERIFY(cause);
    QCOMPARE(cause->id, id);
    QCOMPARE(cause->wizardStep, step);
    QVERIFY(!cause->fix.isEmpty());
    QVERIFY2(cause->summary.contains(mentions, Qt::CaseInsensitive), qPrintable(cause->summary));
}

void AuditTrailTest::ignoresCaseAndWhitespace()
{
    const std::optional<Cause> cause =
        LoginAuditTrailDecoder::decode(QStringLiteral(" invalidsignature\n"));
    QVERIFY(cause);
    QCOMPARE(cause->id, QStringLiteral("audit-invalid-signature"));
}

void AuditTrailTest::unknownDetailDecodesToNothing()
{
    QVERIFY(!LoginAuditTrailDecoder::decode(QStringLiteral("Success")));
    QVERIFY(!LoginAuditTrailDecoder::decode(QString()));
}

void AuditTrailTest::knowsEveryDetailNetSuiteDocuments()
{
    const QStringList details = LoginAuditTrailDecoder::knownDetails();
    QCOMPARE(details.size(), 8);
    for (const QString &detail : details)
        QVERIFY(LoginAuditTrailDecoder::decode(detail));
}

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "tst_audittrail.moc"
