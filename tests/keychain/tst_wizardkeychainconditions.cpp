// Opens a saved connection in the wizard's controller under keychain conditions that the test
// session's keyring cannot show: a D-Bus session without a Secret Service and a locked keyring.
// The secrets cannot be read, and openProblem() must report that with the reason. Each condition runs this
// same program with --open-under-condition inside tests/tools/keychain-condition.sh.

#include "core/profiles/connectionstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "ui/wizardcontroller.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString conditionScript = QStringLiteral(TBA_TEST_SOURCE_DIR "/tools/keychain-condition.sh");
const QString childOption = QStringLiteral("--open-under-condition");
const QString profileName = QStringLiteral("production");

/// Returns an https URL on 127.0.0.1 where nothing listens, so the controller's lookup stays on
/// this machine.
QUrl closedLocalUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QUrl();
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

/// Runs under the condition: saves the profile file when the setup did not, opens it in a
/// controller and prints openProblem() on standard output. Returns the exit status.
int openUnderCondition()
{
    QCoreApplication::setApplicationName(QStringLiteral("netsuite-tba-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("netsuite-tba-wizard"));
    QTextStream out(stdout);
    tba::ProfileStore profiles(tba::ProfileStore::defaultDirectory());
    if (!profiles.exists(profileName)) {
        tba::Profile profile;
        profile.name = profileName;
        profile.accountId = QStringLiteral("1234567");
        profile.integrationName = QStringLiteral("AfterShip");
        profile.createdAt = QDateTime::currentDateTimeUtc();
        const tba::ProfileResult created = profiles.create(profile);
        if (!created.ok()) {
            out << "create-failed: " << created.message << Qt::endl;
            return 1;
        }
    }
    tba::KeychainSecretStore secrets;
    secrets.setTimeout(std::chrono::seconds(10));
    tba::ConnectionStore connections(profiles, secrets);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    tba::WizardProgress progress;
    progress.advanced.lookupBaseUrl = closedLocalUrl();
    progress.save(settings);
    QNetworkAccessManager network;
    tba::WizardServices services;
    services.network = [&network] { return &network; };
    services.connections = &connections;
    services.settings = &settings;
    tba::WizardController controller(services);
    QSignalSpy opened(&controller, &tba::WizardController::profileOpened);
    controller.openProfile(profileName);
    if (!opened.wait(30000)) {
        out << "open-not-finished" << Qt::endl;
        return 1;
    }
    out << "problem: " << controller.openProblem() << Qt::endl;
    out << "consumer-key-empty: "
        << controller.credential(tba::CredentialField::ConsumerKey).isEmpty() << Qt::endl;
    return 0;
}

} // namespace

class WizardKeychainConditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void openReportsUnreadableSecrets_data();
    void openReportsUnreadableSecrets();
};

void WizardKeychainConditionsTest::openReportsUnreadableSecrets_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no Secret Service") << QStringLiteral("no-secret-service") << QString()
                                       << QStringLiteral("No keychain is reachable");
    // The profile and its four entries are saved while the keyring is unlocked, and then the
    // script locks it.
    QTest::newRow("locked keyring")
        << QStringLiteral("locked")
        << QStringLiteral("\"$APP\" save --profile production --account 1234567")
        << QStringLiteral("The keyring is locked");
}

void WizardKeychainConditionsTest::openReportsUnreadableSecrets()
{
    QFETCH(QString, condition);
    QFETCH(QString, setup);
    QFETCH(QString, reason);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("APP"), QStringLiteral(TBA_APP_EXECUTABLE));
    environment.insert(QStringLiteral("CHILD"), QCoreApplication::applicationFilePath());
    // The values that the setup of "locked" saves. The four must differ.
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), QString(64, QLatin1Char('a')));
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_SECRET"), QString(64, QLatin1Char('b')));
    environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), QString(64, QLatin1Char('c')));
    environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), QString(64, QLatin1Char('d')));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("sh"),
                  {conditionScript, condition, setup, QStringLiteral("\"$CHILD\" ") + childOption});
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("problem: The secrets of the connection \"production\" "
                                        "could not be read from the keychain")),
             qPrintable(out + err));
    QVERIFY2(out.contains(reason), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("consumer-key-empty: 1")), qPrintable(out));
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (application.arguments().contains(childOption))
        return openUnderCondition();
    WizardKeychainConditionsTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardkeychainconditions.moc"
