// Runs the command line under keychain conditions that the test session's keyring cannot show:
// no D-Bus session at all, a D-Bus session without a Secret Service, a locked keyring and a
// Secret Service that never replies. Each must end with exit status 5 and its own message, and
// must leave the saved profile, its keychain entries and the file system as they were.
// tests/tools/keychain-condition.sh sets each condition up in a fresh HOME without a display.

#include "core/export/profiledocument.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString executable = QStringLiteral(TBA_APP_EXECUTABLE);
const QString conditionScript = QStringLiteral(TBA_TEST_SOURCE_DIR "/tools/keychain-condition.sh");

// The steps run under each condition. Each prints a marker on standard output that the test
// checks; messages go to standard error.
const char *const stepsUnderCondition = R"steps(
profiles="$XDG_CONFIG_HOME/netsuite-tba-wizard/netsuite-tba-wizard/profiles"
if [ ! -e "$profiles/production.json" ]; then
    "$APP" import "$PROFILE_FILE" >/dev/null 2>&1 || echo "import-failed"
fi
cp "$profiles/production.json" "$HOME/before.json"
NETSUITE_TOKEN_SECRET=$NEW_TOKEN_SECRET "$APP" save --profile production --account 1234567
echo "save=$?"
"$APP" save --profile fresh --account 1234567
echo "save-new=$?"
[ -e "$profiles/fresh.json" ] && echo "fresh-file-written"
"$APP" export --profile production --output "$HOME/out.env" --format env --include-secrets
echo "export=$?"
[ -e "$HOME/out.env" ] && echo "export-file-written"
"$APP" delete --profile production
echo "delete=$?"
cmp -s "$HOME/before.json" "$profiles/production.json" && echo "profile-unchanged"
ls -A "$profiles" | tr '\n' ' ' | sed 's/^/files: /'; echo
echo "entries=$(secret-tool search --all server netsuite-tba-wizard 2>&1 | grep -c '^attribute.user')"
)steps";

struct ConditionRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString exampleValue(char fill)
{
    return QString(64, QLatin1Char(fill));
}

} // namespace

class KeychainConditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noDbusSessionReportsNoService();
    void noSecretServiceReportsNoService();
    void lockedKeyringReportsLocked();
    void unansweredServiceTimesOut();

private:
    ConditionRun run(const QString &condition, const QString &setup = QString(),
                     int timeoutMilliseconds = 0);
    void verifyNothingChanged(const ConditionRun &result);

    QTemporaryDir m_dir;
    QString m_profileFile;
};

void KeychainConditionsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    tba::Profile profile;
    profile.name = QStringLiteral("production");
    profile.accountId = QStringLiteral("1234567");
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    m_profileFile = m_dir.filePath(QStringLiteral("production.json"));
    QFile file(m_profileFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tba::ProfileDocumentFormat::serialize({profile, std::nullopt}));
}

ConditionRun KeychainConditionsTest::run(const QString &condition, const QString &setup,
                                         int timeoutMilliseconds)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("APP"), executable);
    environment.insert(QStringLiteral("PROFILE_FILE"), m_profileFile);
    environment.insert(QStringLiteral("HANGING_SERVICE"), QStringLiteral(TBA_HANGING_SERVICE));
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), exampleValue('a'));
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_SECRET"), exampleValue('b'));
    environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), exampleValue('c'));
    environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), exampleValue('d'));
    environment.insert(QStringLiteral("NEW_TOKEN_SECRET"), exampleValue('e'));
    if (timeoutMilliseconds > 0) {
        environment.insert(QStringLiteral("NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS"),
                           QString::number(timeoutMilliseconds));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("sh"),
                  {conditionScript, condition, setup, QString::fromUtf8(stepsUnderCondition)});
    ConditionRun result;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void KeychainConditionsTest::verifyNothingChanged(const ConditionRun &result)
{
    QVERIFY2(!result.out.contains(QLatin1String("import-failed")), qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("save=5")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("save-new=5")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("export=5")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("delete=5")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QLatin1String("fresh-file-written")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QLatin1String("export-file-written")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("profile-unchanged")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("files: production.json \n")),
             qPrintable(result.out));
    for (const char fill : {'a', 'b', 'c', 'd', 'e'}) {
        QVERIFY(!result.out.contains(exampleValue(fill)));
        QVERIFY(!result.err.contains(exampleValue(fill)));
    }
}

void KeychainConditionsTest::noDbusSessionReportsNoService()
{
    const ConditionRun result = run(QStringLiteral("no-dbus"));
    QCOMPARE(result.exitCode, 0);
    verifyNothingChanged(result);
    QCOMPARE(result.err.count(QLatin1String("No keychain is reachable")), 4);
    QVERIFY(result.err.contains(QLatin1String("Cannot autolaunch D-Bus")));
}

void KeychainConditionsTest::noSecretServiceReportsNoService()
{
    const ConditionRun result = run(QStringLiteral("no-secret-service"));
    QCOMPARE(result.exitCode, 0);
    verifyNothingChanged(result);
    QCOMPARE(result.err.count(QLatin1String("No keychain is reachable")), 4);
    QVERIFY(result.err.contains(QLatin1String("org.freedesktop.secrets")));
}

void KeychainConditionsTest::lockedKeyringReportsLocked()
{
    // The profile and its four entries are saved while the keyring is unlocked; the script then
    // locks it. Afterwards the four entries must still be in the keyring.
    const ConditionRun result =
        run(QStringLiteral("locked"), QStringLiteral("\"$APP\" save --profile production "
                                                     "--account 1234567"));
    QCOMPARE(result.exitCode, 0);
    verifyNothingChanged(result);
    QCOMPARE(result.err.count(QLatin1String("The keyring is locked")), 4);
    QVERIFY2(result.out.contains(QLatin1String("entries=4")), qPrintable(result.out));
}

void KeychainConditionsTest::unansweredServiceTimesOut()
{
    const ConditionRun result = run(QStringLiteral("hanging"), QString(), 1500);
    QCOMPARE(result.exitCode, 0);
    verifyNothingChanged(result);
    QCOMPARE(result.err.count(QLatin1String("did not answer within 1.5 seconds")), 4);
}

QTEST_GUILESS_MAIN(KeychainConditionsTest)
#include "tst_keychainconditions.moc"
