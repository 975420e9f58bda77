// Checks how qtkeychain's error codes and texts map to SecretStoreError, with the texts libsecret
// and gnome-keyring really produce (qtkeychain 0.13.2, libsecret 0.20.5, gnome-keyring 42).

#include "core/secrets/keychainerror.h"

#include <QtTest>

using namespace tba;

Q_DECLARE_METATYPE(tba::SecretStoreError)

class KeychainErrorTest : public QObject
{
    Q_OBJECT

private slots:
    void mapsJobOutcome_data();
    void mapsJobOutcome();
    void notFoundNamesFieldAndProfile();
    void noServiceOffersAlternatives();
    void timeoutStatesSeconds();
};

void KeychainErrorTest::mapsJobOutcome_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<SecretStoreError>("expected");

    QTest::newRow("success") << 0 << QString() << SecretStoreError::None;
    QTest::newRow("entry not found")
        << 1 << QStringLiteral("No match") << SecretStoreError::NotFound;
    QTest::newRow("no session bus")
        << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
        << SecretStoreError::NoService;
    QTest::newRow("no secret service")
        << 7
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << SecretStoreError::NoService;
    QTest::newRow("no backend") << 5 << QString() << SecretStoreError::NoService;
    QTest::newRow("locked collection")
        << 4 << QStringLiteral("Cannot create an item in a locked collection")
        << SecretStoreError::Locked;
    QTest::newRow("access denied")
        << 4 << QStringLiteral("Access denied") << SecretStoreError::AccessDenied;
    QTest::newRow("denied by user") << 3 << QString() << SecretStoreError::AccessDenied;
    QTest::newRow("other") << 7 << QStringLiteral("Unknown failure") << SecretStoreError::Other;
    QTest::newRow("could not delete") << 2 << QString() << SecretStoreError::Other;
}

void KeychainErrorTest::mapsJobOutcome()
{
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(SecretStoreError, expected);

    const SecretStoreResult result =
        KeychainError::fromJob(code, detail, QStringLiteral("prod"), CredentialField::TokenId);
    QCOMPARE(result.error, expected);
    QCOMPARE(result.message.isEmpty(), expected == SecretStoreError::None);
}

void KeychainErrorTest::notFoundNamesFieldAndProfile()
{
    const SecretStoreResult result =
        KeychainError::fromJob(1, QString(), QStringLiteral("prod"), CredentialField::TokenSecret);
    QVERIFY2(result.message.contains(QLatin1String("Token Secret")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("\"prod\"")), qPrintable(result.message));
}

void KeychainErrorTest::noServiceOffersAlternatives()
{
    const QString message = KeychainError::message(SecretStoreError::NoService);
    QVERIFY(message.contains(QLatin1String("gnome-keyring")));
    QVERIFY(message.contains(QLatin1String("environment variables")));
    QVERIFY(message.contains(QLatin1String("encrypted")));
}

void KeychainErrorTest::timeoutStatesSeconds()
{
    const SecretStoreResult result = KeychainError::timedOut(std::chrono::milliseconds(1500));
    QCOMPARE(result.error, SecretStoreError::TimedOut);
    QVERIFY2(result.message.contains(QLatin1String("1.5 seconds")), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(KeychainErrorTest)
#include "tst_keychainerror.moc"
