#include "core/credentials.h"

#include <QtTest>

using tba::CredentialField;
using tba::CredentialIssue;
using tba::Credentials;
using tba::CredentialValidator;

Q_DECLARE_METATYPE(tba::CredentialField)

namespace {

const QString hexA =
    QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4");
const QString hexB =
    QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5");
const QString hexC =
    QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc");
const QString hexD =
    QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295");

Credentials validCredentials()
{
    return {hexA, hexB, hexC, hexD};
}

QList<CredentialIssue> issuesFor(const QList<CredentialIssue> &issues, CredentialField field)
{
    QList<CredentialIssue> out;
    for (const CredentialIssue &issue : issues) {
        if (issue.field == field)
            out << issue;
    }
    return out;
}

} // namespace

class CredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void normalizeTrimsPastedNoise_data();
    void normalizeTrimsPastedNoise();
    void acceptsNetSuiteShape();
    void rejectsValue_data();
    void rejectsValue();
    void warnsOnUnusualShape_data();
    void warnsOnUnusualShape();
    void rejectsConsumerKeyAsTokenId();
    void rejectsSameValueTwice();
    void messagesNeverContainValue();
};

void CredentialsTest::normalizeTrimsPastedNoise_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::newRow("spaces") << QStringLiteral("  %1  ").arg(hexA);
    QTest::newRow("line breaks") << QStringLiteral("\r\n%1\n").arg(hexA);
    QTest::newRow("tabs") << QStringLiteral("\t%1\t").arg(hexA);
    QTest::newRow("no-break space") << QStringLiteral("\u00a0%1\u00a0").arg(hexA);
    QTest::newRow("zero-width space") << QStringLiteral("\u200b%1\u200b").arg(hexA);
    QTest::newRow("byte order mark") << QStringLiteral("\ufeff%1").arg(hexA);
}

void CredentialsTest::normalizeTrimsPastedNoise()
{
    QFETCH(QString, pasted);
    QCOMPARE(CredentialValidator::normalize(pasted), hexA);
}

void CredentialsTest::acceptsNetSuiteShape()
{
    QVERIFY(CredentialValidator::check(validCredentials()).isEmpty());
    QVERIFY(
        CredentialValidator::checkValue(CredentialField::TokenSecret, hexD.toUpper()).isEmpty());
}

void CredentialsTest::rejectsValue_data()
{
    QTest::addColumn<CredentialField>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedFragment");

    QTest::newRow("empty") << CredentialField::ConsumerKey << QString() << "Consumer Key is empty";
    QTest::newRow("inner space") << CredentialField::ConsumerSecret << QStringLiteral("abc def")
                                 << "whitespace at position 4";
    QTest::newRow("inner line break")
        << CredentialField::TokenId << QStringLiteral("abc\ndef") << "whitespace at position 4";
    QTest::newRow("non-ascii letter")
        << CredentialField::TokenSecret << QStringLiteral("abcé") << "U+00E9 at position 4";
    QTest::newRow("inner zero-width space")
        << CredentialField::TokenSecret << QStringLiteral("ab\u200bc") << "U+200B at position 3";
    QTest::newRow("control character")
        << CredentialField::ConsumerKey << QStringLiteral("ab\u0001c") << "U+0001 at position 3";
}

void CredentialsTest::rejectsValue()
{
    QFETCH(CredentialField, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedFragment);

    const QList<CredentialIssue> issues = CredentialValidator::checkValue(field, value);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QCOMPARE(issues.first().field, field);
    QVERIFY2(issues.first().message.contains(expectedFragment), qPrintable(issues.first().message));
}

void CredentialsTest::warnsOnUnusualShape_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("short") << QStringLiteral("abc123");
    QTest::newRow("63 characters") << hexA.left(63);
    QTest::newRow("65 characters") << hexA + QLatin1Char('0');
    QTest::newRow("not hexadecimal") << QString(hexA).replace(0, 1, QLatin1Char('g'));
}

void CredentialsTest::warnsOnUnusualShape()
{
    QFETCH(QString, value);
    const QList<CredentialIssue> issues =
        CredentialValidator::checkValue(CredentialField::ConsumerKey, value);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.first().isError());
    QVERIFY2(issues.first().message.contains(QLatin1String("64 hexadecimal")),
             qPrintable(issues.first().message));
    QVERIFY(!CredentialValidator::hasErrors(issues));
}

void CredentialsTest::rejectsConsumerKeyAsTokenId()
{
    Credentials credentials = validCredentials();
    credentials.tokenId = credentials.consumerKey;
    const QList<CredentialIssue> issues =
        issuesFor(CredentialValidator::check(credentials), CredentialField::TokenId);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(QLatin1String("same as the Consumer Key")),
             qPrintable(issues.first().message));
}

void CredentialsTest::rejectsSameValueTwice()
{
    Credentials credentials = validCredentials();
    credentials.tokenSecret = credentials.consumerSecret;
    const QList<CredentialIssue> issues =
        issuesFor(CredentialValidator::check(credentials), CredentialField::TokenSecret);
    QCOMPARE(issues.size(), 1);
    const QString message = issues.first().message;
    QVERIFY2(
        message.startsWith(QLatin1String("The Token Secret is the same as the Consumer Secret.")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("must all be different")), qPrintable(message));
    QVERIFY(CredentialValidator::hasErrors(CredentialValidator::check(credentials)));

    credentials = validCredentials();
    credentials.tokenId = credentials.consumerSecret;
    QVERIFY(CredentialValidator::hasErrors(CredentialValidator::check(credentials)));
}

void CredentialsTest::messagesNeverContainValue()
{
    const QString secret = QStringLiteral("s3cr3tValue with space");
    for (const CredentialField field : tba::allCredentialFields) {
        for (const CredentialIssue &issue : CredentialValidator::checkValue(field, secret))
            QVERIFY(!issue.message.contains(QLatin1String("s3cr3t")));
    }
}

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_credentials.moc"
