#include "core/accountid.h"

#include <QtTest>

using tba::AccountId;
using tba::AccountKind;

Q_DECLARE_METATYPE(tba::AccountKind)

class AccountIdTest : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPastedForms_data();
    void acceptsPastedForms();
    void derivesDomains();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void longInputShortenedInError_data();
    void longInputShortenedInError();
};

void AccountIdTest::acceptsPastedForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("hostLabel");
    QTest::addColumn<AccountKind>("kind");

    QTest::newRow("production") << "1234567"
                                << "1234567"
                                << "1234567" << AccountKind::Production;
    QTest::newRow("sandbox underscore") << "1234567_SB1"
                                        << "1234567_SB1"
                                        << "1234567-sb1" << AccountKind::Sandbox;
    QTest::newRow("sandbox hyphen lowercase") << "1234567-sb1"
                                              << "1234567_SB1"
                                              << "1234567-sb1" << AccountKind::Sandbox;
    QTest::newRow("second sandbox") << "1234567_sb2"
                                    << "1234567_SB2"
                                    << "1234567-sb2" << AccountKind::Sandbox;
    QTest::newRow("test drive") << "tstdrv1234567"
                                << "TSTDRV1234567"
                                << "tstdrv1234567" << AccountKind::TestDrive;
    QTest::newRow("release preview") << "1234567_RP"
                                     << "1234567_RP"
                                     << "1234567-rp" << AccountKind::ReleasePreview;
    QTest::newRow("surrounding whitespace") << " \t1234567_SB1\r\n"
                                            << "1234567_SB1"
                                            << "1234567-sb1" << AccountKind::Sandbox;
    QTest::newRow("pasted ui url") << "https://1234567-sb1.app.netsuite.com/app/center/card.nl"
                                   << "1234567_SB1"
                                   << "1234567-sb1" << AccountKind::Sandbox;
    QTest::newRow("pasted rest url") << "https://1234567.suitetalk.api.netsuite.com/services/rest"
                                     << "1234567"
                                     << "1234567" << AccountKind::Production;
    QTest::newRow("url without scheme") << "1234567.app.netsuite.com"
                                        << "1234567"
                                        << "1234567" << AccountKind::Production;
    QTest::newRow("uppercase url") << "HTTPS://TSTDRV1234567.APP.NETSUITE.COM/"
                                   << "TSTDRV1234567"
                                   << "tstdrv1234567" << AccountKind::TestDrive;
}

void AccountIdTest::acceptsPastedForms()
{
    QFETCH(QString, input);
    QFETCH(QString, realm);
    QFETCH(QString, hostLabel);
    QFETCH(AccountKind, kind);

    QString error;
    const std::optional<AccountId> id = AccountId::parse(input, &error);
    QVERIFY2(id.has_value(), qPrintable(error));
    QCOMPARE(id->realm(), realm);
    QCOMPARE(id->hostLabel(), hostLabel);
    QCOMPARE(id->kind(), kind);
}

void AccountIdTest::derivesDomains()
{
    const std::optional<AccountId> id = AccountId::parse(QStringLiteral("1234567_SB1"));
    QVERIFY(id.has_value());
    QCOMPARE(id->restBaseUrl(),
             QUrl(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com")));
    QCOMPARE(id->restletBaseUrl(),
             QUrl(QStringLiteral("https://1234567-sb1.restlets.api.netsuite.com")));
    QCOMPARE(id->uiBaseUrl(), QUrl(QStringLiteral("https://1234567-sb1.app.netsuite.com")));
    QCOMPARE(id->kindName(), QStringLiteral("sandbox"));
}

void AccountIdTest::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedFragment");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("only whitespace") << "  \n"
                                     << "empty";
    QTest::newRow("letters") << "mycompany"
                             << "\"mycompany\" is not a NetSuite account ID";
    QTest::newRow("too few digits") << "123"
                                    << "\"123\"";
    QTest::newRow("unknown suffix") << "1234567_XY1"
                                    << "SB followed by the sandbox number";
    QTest::newRow("sandbox without number") << "1234567_SB"
                                            << "SB followed by the sandbox number";
    QTest::newRow("inner space") << "1234567 SB1"
                                 << "must not contain spaces";
    QTest::newRow("test drive sandbox") << "TSTDRV1234567_SB1"
                                        << "test drive";
    QTest::newRow("other host") << "https://example.com/1234567"
                                << "not under netsuite.com";
    QTest::newRow("system domain") << "https://system.netsuite.com/app/center/card.nl"
                                   << "does not start with an account ID";
    QTest::newRow("look-alike host") << "https://1234567.app.netsuite.com.evil.example"
                                     << "not under netsuite.com";
}

void AccountIdTest::rejectsInvalidInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedFragment);

    QString error;
    QVERIFY(!AccountId::parse(input, &error).has_value());
    QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("1234567")), qPrintable(error));
}

void AccountIdTest::longInputShortenedInError_data()
{
    QTest::addColumn<QString>("input");
    // QLineEdit's default maximum length (32767 characters), as pasted by mistake.
    const QString letters(32767, QLatin1Char('x'));
    QTest::newRow("bare text") << letters;
    QTest::newRow("address on another host")
        << QStringLiteral("https://") + letters + QStringLiteral(".example.com/");
    QTest::newRow("NetSuite address without account")
        << QStringLiteral("https://") + letters + QStringLiteral(".app.netsuite.com/");
}

void AccountIdTest::longInputShortenedInError()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!AccountId::parse(input, &error).has_value());
    QVERIFY2(error.size() < 600, qPrintable(error.left(600)));
    QVERIFY2(error.contains(input.left(40) + QChar(0x2026)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("1234567")), qPrintable(error));
}

QTEST_GUILESS_MAIN(AccountIdTest)
#include "tst_accountid.moc"
