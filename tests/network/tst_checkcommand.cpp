// Runs the real executable's "check" command against the NetSuite emulator: every diagnosis end
// to end with its exit code, the text and JSON output, a check of a saved profile, and the usage
// errors.

#include "emulatorprocess.h"
#include "scenarios.h"

#include "core/profiles/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tba;

namespace {

const QString executable = QStringLiteral(TBA_APP_EXECUTABLE);

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environmentFor(const Credentials &credentials)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), credentials.consumerKey);
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_SECRET"), credentials.consumerSecret);
    environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), credentials.tokenId);
    environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), credentials.tokenSecret);
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

RunResult run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(executable, arguments);
    RunResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList argumentsFor(const EmulatorProcess &emulator, const Scenario &scenario)
{
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--account"), emulator.account()};
    if (scenario.trustCa)
        arguments << QStringLiteral("--ca-file") << emulator.caFile();
    if (scenario.timeoutMs != 20000) {
        arguments << QStringLiteral("--timeout")
                  << QString::number(double(scenario.timeoutMs) / 1000.0);
    }
    switch (scenario.target) {
    case Scenario::Target::Lookup:
        arguments << QStringLiteral("--lookup-url") << emulator.baseUrl().toString();
        break;
    case Scenario::Target::BaseUrl:
        arguments << QStringLiteral("--base-url") << emulator.baseUrl().toString();
        break;
    case Scenario::Target::UnknownHost:
        arguments << QStringLiteral("--base-url")
                  << QStringLiteral("https://netsuite-emulator.invalid");
        break;
    case Scenario::Target::ClosedPort:
        arguments << QStringLiteral("--base-url")
                  << QStringLiteral("https://127.0.0.1:%1").arg(closedLocalPort());
        break;
    }
    return arguments;
}

/// Returns true when the emulator saw only data-center lookups.
bool requestsToLookupOnly(const EmulatorProcess &emulator)
{
    const QJsonArray requests = emulator.state().value(QLatin1String("requests")).toArray();
    for (const QJsonValue &request : requests) {
        if (request.toObject().value(QLatin1String("path")).toString() !=
            QLatin1String("/rest/datacenterurls"))
            return false;
    }
    return !requests.isEmpty();
}

Scenario scenarioNamed(const QString &name)
{
    for (const Scenario &scenario : endToEndScenarios()) {
        if (scenario.name == name)
            return scenario;
    }
    return {};
}

QProcessEnvironment environmentFor(const EmulatorProcess &emulator, const Scenario &scenario)
{
    Credentials credentials = emulator.credentials();
    if (scenario.wrongTokenSecret)
        credentials.tokenSecret.replace(0, 4, QStringLiteral("0000"));
    QProcessEnvironment environment = environmentFor(credentials);
    if (!scenario.proxy.isEmpty()) {
        environment.insert(QStringLiteral("https_proxy"),
                           QStringLiteral("http://127.0.0.1:%1").arg(closedLocalPort()));
    }
    return environment;
}

} // namespace

class CheckCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void exitCodeAndJsonMatchEachScenario_data();
    void exitCodeAndJsonMatchEachScenario();
    void connectedPrintsOneLinePerStepAndEveryPermission();
    void wrongTokenSecretPrintsRankedCausesAndLoginAuditTrail();
    void missingPermissionNamesItAndTheRole();
    void neverPrintsASecret();
    void profileReadsKeychainAndRecordsCheck();
    void usageErrors_data();
    void usageErrors();
    void jsonOnEveryExitPath_data();
    void jsonOnEveryExitPath();
    void jsonReportsKeychainFailure();
    void givenLookupFailureSendsNothingToNetSuite_data();
    void givenLookupFailureSendsNothingToNetSuite();
    void proxyTestSeesRequestsToOtherHosts();
    void timeoutNamesOneSecondInSingular();
    void helpListsExitCodes();
};

void CheckCommandTest::exitCodeAndJsonMatchEachScenario_data()
{
    QTest::addColumn<QString>("name");
    for (const Scenario &scenario : endToEndScenarios())
        QTest::newRow(qPrintable(scenario.name)) << scenario.name;
}

void CheckCommandTest::exitCodeAndJsonMatchEachScenario()
{
    QFETCH(QString, name);
    const Scenario scenario = scenarioNamed(name);
    SKIP_WITHOUT_DNS_ISOLATION(scenario);
    EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(scenario.config, scenario.certificate, &error), qPrintable(error));
    const RunResult result = run(argumentsFor(emulator, scenario) << QStringLiteral("--json"),
                                 environmentFor(emulator, scenario));
    QVERIFY2(result.exitCode == scenario.exitCode,
             qPrintable(QStringLiteral("exit code %1, expected %2; standard error: %3")
                            .arg(result.exitCode)
                            .arg(scenario.exitCode)
                            .arg(QString::fromUtf8(result.err))));
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(result.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject diagnosis = document.value(QLatin1String("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QLatin1String("status")).toString(), statusKey(scenario.status));
    const QJsonArray causes = diagnosis.value(QLatin1String("causes")).toArray();
    if (scenario.firstCause.isEmpty()) {
        QVERIFY(causes.isEmpty());
    } else {
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.at(0).toObject().value(QLatin1String("id")).toString(),
                 scenario.firstCause);
        QCOMPARE(diagnosis.value(QLatin1String("failedStep")).toString(),
                 stepKey(scenario.failedStep));
    }
    QCOMPARE(document.value(QLatin1String("steps")).toArray().size(), 5);
    QCOMPARE(document.value(QLatin1String("permissions")).toArray().size(), 13);
    QCOMPARE(document.value(QLatin1String("status")).toString(), statusKey(scenario.status));
    QCOMPARE(document.value(QLatin1String("exitCode")).toInt(-1), scenario.exitCode);
    QCOMPARE(document.value(QLatin1String("message")).toString(),
             diagnosis.value(QLatin1String("headline")).toString());
}

void CheckCommandTest::givenLookupFailureSendsNothingToNetSuite_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"givenLookupUnavailable", "givenLookupError",
                             "givenLookupWithoutHttpsDomain", "givenLookupTimeout"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void CheckCommandTest::givenLookupFailureSendsNothingToNetSuite()
{
    QFETCH(QString, name);
    const Scenario scenario = scenarioNamed(name);
    EmulatorProcess emulator;
    QVERIFY(emulator.start(scenario.config));
    // Every request to a host other than the emulator's goes to this proxy, which only records
    // that a connection came: a request to the host built from the account ID would reach it.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QProcessEnvironment environment = environmentFor(emulator, scenario);
    environment.insert(QStringLiteral("https_proxy"),
                       QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,127.0.0.2,localhost"));

    const RunResult result = run(argumentsFor(emulator, scenario), environment);
    QCOMPARE(result.exitCode, scenario.exitCode);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QLatin1String("[failed] Data-center lookup: The lookup at ")),
             result.out.constData());
    QVERIFY(out.contains(QLatin1String("[skipped] Login: Not checked: an earlier step failed.")));
    QVERIFY2(!out.contains(QLatin1String("netsuite.com/")) &&
                 !out.contains(QLatin1String("suitetalk")),
             result.out.constData());
    QVERIFY2(!proxy.waitForNewConnection(0), "a request went to a host other than the emulator");
    // A delayed lookup is recorded once the emulator has answered it.
    QTRY_VERIFY_WITH_TIMEOUT(requestsToLookupOnly(emulator), 10000);
}

void CheckCommandTest::timeoutNamesOneSecondInSingular()
{
    const Scenario scenario = scenarioNamed(QStringLiteral("timeout"));
    EmulatorProcess emulator;
    QVERIFY(emulator.start(scenario.config));
    const RunResult result =
        run(argumentsFor(emulator, scenario), environmentFor(emulator, scenario));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(!result.out.contains("1 seconds"), result.out.constData());
    QVERIFY2(result.out.contains("No answer within 1 second."), result.out.constData());
}

void CheckCommandTest::proxyTestSeesRequestsToOtherHosts()
{
    // The proxy check above can fail: with the same environment, a base URL on another host
    // reaches the recording proxy.
    const Scenario scenario = scenarioNamed(QStringLiteral("connected"));
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QProcessEnvironment environment = environmentFor(emulator, scenario);
    environment.insert(QStringLiteral("https_proxy"),
                       QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,127.0.0.2,localhost"));
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("--account"), emulator.account(),
             QStringLiteral("--base-url"), QStringLiteral("https://netsuite-emulator.invalid"),
             QStringLiteral("--timeout"), QStringLiteral("1")},
            environment);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(proxy.waitForNewConnection(0));
}

void CheckCommandTest::connectedPrintsOneLinePerStepAndEveryPermission()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    const Scenario scenario = scenarioNamed(QStringLiteral("connected"));
    const RunResult result =
        run(argumentsFor(emulator, scenario), environmentFor(emulator, scenario));
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    for (const char *line :
         {"[passed] Account ID and credentials:", "[passed] Data-center lookup:",
          "[passed] Clock check:", "[passed] Login:", "[passed] Permission audit:",
          "    [passed] Lists > Customers: Present",
          "    [passed] Reports > SuiteAnalytics Workbook: Present",
          "    [not verifiable] Setup > SOAP Web Services: Not verifiable over REST"}) {
        QVERIFY2(out.contains(QLatin1String(line)), line);
    }
    QVERIFY(out.contains(QLatin1String("Connected: every permission that REST can verify")));
}

void CheckCommandTest::wrongTokenSecretPrintsRankedCausesAndLoginAuditTrail()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    const Scenario scenario = scenarioNamed(QStringLiteral("wrongTokenSecret"));
    const RunResult result =
        run(argumentsFor(emulator, scenario), environmentFor(emulator, scenario));
    QCOMPARE(result.exitCode, 2);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.contains(QLatin1String("[failed] Login: NetSuite rejected the login")));
    QVERIFY(out.contains(
        QLatin1String("Setup > Users/Roles > User Management > View Login Audit Trail")));
    QVERIFY(out.contains(QLatin1String("Likely causes, most likely first:")));
    const qsizetype first = out.indexOf(QLatin1String("  1. A value is wrong or two were swapped"));
    const qsizetype second = out.indexOf(QLatin1String("  2. "));
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QVERIFY(out.contains(QLatin1String("Wizard step: 5, access token")));
}

void CheckCommandTest::missingPermissionNamesItAndTheRole()
{
    const Scenario scenario = scenarioNamed(QStringLiteral("permissionsMissing"));
    EmulatorProcess emulator;
    QVERIFY(emulator.start(scenario.config));
    const RunResult result =
        run(argumentsFor(emulator, scenario), environmentFor(emulator, scenario));
    QCOMPARE(result.exitCode, 3);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.contains(QLatin1String("[failed] Transactions > Sales Order: Missing")));
    QVERIFY(
        out.contains(QLatin1String("The role lacks the permission Transactions > Sales Order.")));
    QVERIFY(out.contains(QLatin1String("Manage Roles")));
}

void CheckCommandTest::neverPrintsASecret()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    const Scenario scenario = scenarioNamed(QStringLiteral("wrongTokenSecret"));
    const QProcessEnvironment environment = environmentFor(emulator, scenario);
    for (const bool json : {false, true}) {
        QStringList arguments = argumentsFor(emulator, scenario);
        if (json)
            arguments << QStringLiteral("--json");
        const RunResult result = run(arguments, environment);
        const QByteArray all = result.out + result.err;
        for (const char *name : {"NETSUITE_CONSUMER_SECRET", "NETSUITE_TOKEN_SECRET",
                                 "NETSUITE_CONSUMER_KEY", "NETSUITE_TOKEN_ID"}) {
            QVERIFY(!all.contains(environment.value(QString::fromLatin1(name)).toLatin1()));
        }
        QVERIFY(!all.contains("oauth_signature"));
    }
}

void CheckCommandTest::profileReadsKeychainAndRecordsCheck()
{
    QVERIFY2(qEnvironmentVariableIsSet("TBA_TEST_SESSION"),
             "run inside scripts/test-session.sh, which provides a throwaway keyring");
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QTemporaryDir config;
    QProcessEnvironment environment = environmentFor(emulator.credentials());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QString name = QStringLiteral("check-profile");
    RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                            QStringLiteral("--account"), emulator.account()},
                           environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // Without the variables, the credentials can only come from the keychain.
    QProcessEnvironment withoutCredentials = environment;
    for (const char *variable : {"NETSUITE_CONSUMER_KEY", "NETSUITE_CONSUMER_SECRET",
                                 "NETSUITE_TOKEN_ID", "NETSUITE_TOKEN_SECRET"})
        withoutCredentials.remove(QString::fromLatin1(variable));
    result = run({QStringLiteral("check"), QStringLiteral("--profile"), name,
                  QStringLiteral("--lookup-url"), emulator.baseUrl().toString(),
                  QStringLiteral("--ca-file"), emulator.caFile()},
                 withoutCredentials);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("[passed] Login:"));
    QVERIFY2(!result.err.contains("Warning"), result.err.constData());
    // Recording the check logs at Info level, which commands do not print.
    QVERIFY2(!result.err.contains("tba.core."), result.err.constData());

    const std::optional<Profile> profile =
        ProfileStore(config.filePath(QStringLiteral("netsuite-tba-wizard/netsuite-tba-wizard/"
                                                    "profiles")))
            .load(name);
    QVERIFY(profile);
    QVERIFY(profile->lastCheck);
    QVERIFY(profile->lastCheck->succeeded);
    QVERIFY(profile->lastCheck->checkedAt.isValid());
    QVERIFY(profile->lastCheck->summary.startsWith(QLatin1String("Connected")));
    QVERIFY(!profile->webservicesDomain.isEmpty());
    const QString list = QString::fromUtf8(run({QStringLiteral("list")}, environment).out);
    QVERIFY2(list.contains(QLatin1String("passed: Connected")), qPrintable(list));

    result = run({QStringLiteral("delete"), QStringLiteral("--profile"), name}, environment);
    QCOMPARE(result.exitCode, 0);
}

void CheckCommandTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString check = QStringLiteral("check");
    QTest::newRow("neitherAccountNorProfile") << QStringList{check} << QStringLiteral("--profile");
    QTest::newRow("bothAccountAndProfile")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--profile"), QStringLiteral("x")}
        << QStringLiteral("either");
    QTest::newRow("invalidAccount")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("12 34")}
        << QStringLiteral("12 34");
    QTest::newRow("httpBaseUrl") << QStringList{check, QStringLiteral("--account"),
                                                QStringLiteral("1234567"),
                                                QStringLiteral("--base-url"),
                                                QStringLiteral("http://127.0.0.1:1")}
                                 << QStringLiteral("--base-url");
    QTest::newRow("badLookupUrl") << QStringList{check, QStringLiteral("--account"),
                                                 QStringLiteral("1234567"),
                                                 QStringLiteral("--lookup-url"),
                                                 QStringLiteral("nonsense")}
                                  << QStringLiteral("--lookup-url");
    QTest::newRow("zeroTimeout") << QStringList{check, QStringLiteral("--account"),
                                                QStringLiteral("1234567"),
                                                QStringLiteral("--timeout"), QStringLiteral("0")}
                                 << QStringLiteral("--timeout");
    QTest::newRow("missingCaFile")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
        << QStringLiteral("CA file");
    QTest::newRow("missingCaFileEndsSentenceBeforeHint")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
        << QStringLiteral("No such file or directory. Run \"");
    QTest::newRow("caFileWithoutCertificate")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--ca-file"),
                       QStringLiteral(TBA_TEST_SOURCE_DIR "/network/scenarios.h")}
        << QStringLiteral("no PEM certificate");
    QTest::newRow("baseUrlWithCredentials")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--base-url"),
                       QStringLiteral("https://someone:hunter22@127.0.0.1:1")}
        << QStringLiteral("remove the user name and password");
    QTest::newRow("lookupUrlWithCredentials")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--lookup-url"),
                       QStringLiteral("https://someone:hunter22@127.0.0.1:1")}
        << QStringLiteral("remove the user name and password");
    QTest::newRow("invalidUrlWithCredentials")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--base-url"), QStringLiteral("http://someone:hunter22@x y")}
        << QStringLiteral("remove the user name and password");
    QTest::newRow("baseUrlWithPath")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--base-url"),
                       QStringLiteral("https://127.0.0.1:1/services/rest")}
        << QStringLiteral("without the path \"/services/rest\"");
    QTest::newRow("badLookupUrlSuggestsNetSuitesLookup")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--lookup-url"), QStringLiteral("http://127.0.0.1:1")}
        << QStringLiteral("such as https://rest.netsuite.com.");
    QTest::newRow("zeroTimeoutMessageMatchesRule")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--timeout"), QStringLiteral("0")}
        << QStringLiteral("greater than 0 and at most 600");
    QTest::newRow("notANumberTimeout")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--timeout"), QStringLiteral("nan")}
        << QStringLiteral("Invalid --timeout \"nan\"");
    QTest::newRow("tooLongTimeout")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--timeout"), QStringLiteral("600.5")}
        << QStringLiteral("at most 600");
    QTest::newRow("unknownOption")
        << QStringList{check, QStringLiteral("--account"), QStringLiteral("1234567"),
                       QStringLiteral("--frobnicate")}
        << QStringLiteral("frobnicate");
    QTest::newRow("profileNotFound")
        << QStringList{check, QStringLiteral("--profile"), QStringLiteral("never-saved")}
        << QStringLiteral("No profile is named \"never-saved\"");
}

void CheckCommandTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    Credentials credentials;
    credentials.consumerKey = QString(64, QLatin1Char('a'));
    credentials.consumerSecret = QString(64, QLatin1Char('b'));
    credentials.tokenId = QString(64, QLatin1Char('c'));
    credentials.tokenSecret = QString(64, QLatin1Char('d'));
    const RunResult result = run(arguments, environmentFor(credentials));
    QCOMPARE(result.exitCode, 1);
    const QByteArray output = result.out + result.err;
    QVERIFY2(QString::fromUtf8(output).contains(message), output.constData());
    QVERIFY2(!output.contains("hunter22"), output.constData());
    QVERIFY2(!output.contains("someone"), output.constData());

    // With --json, the same failure is one JSON document on standard output.
    const RunResult json = run(arguments << QStringLiteral("--json"), environmentFor(credentials));
    QCOMPARE(json.exitCode, 1);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(json.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.out.constData());
    QCOMPARE(document.value(QLatin1String("exitCode")).toInt(-1), 1);
    QVERIFY(!document.value(QLatin1String("status")).toString().isEmpty());
    // A bad account ID gets as far as the local checks: its message is the first cause.
    const QString text =
        document.value(QLatin1String("message")).toString() + QLatin1Char(' ') +
        document.value(QLatin1String("diagnosis"))
            .toObject()
            .value(QLatin1String("causes"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("summary"))
            .toString();
    QVERIFY2(text.contains(message), json.out.constData());
    QVERIFY2(!json.out.contains("hunter22"), json.out.constData());
}

void CheckCommandTest::jsonOnEveryExitPath_data()
{
    QTest::addColumn<QString>("missingVariable");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("missingEnvironmentVariable")
        << QStringLiteral("NETSUITE_TOKEN_SECRET") << 1 << QStringLiteral("invalid-input");
}

void CheckCommandTest::jsonOnEveryExitPath()
{
    QFETCH(QString, missingVariable);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    Credentials credentials;
    credentials.consumerKey = QString(64, QLatin1Char('a'));
    credentials.consumerSecret = QString(64, QLatin1Char('b'));
    credentials.tokenId = QString(64, QLatin1Char('c'));
    credentials.tokenSecret = QString(64, QLatin1Char('d'));
    QProcessEnvironment environment = environmentFor(credentials);
    environment.remove(missingVariable);
    const RunResult result = run({QStringLiteral("check"), QStringLiteral("--account"),
                                  QStringLiteral("1234567"), QStringLiteral("--json")},
                                 environment);
    QCOMPARE(result.exitCode, exitCode);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(document.value(QLatin1String("status")).toString(), status);
    QCOMPARE(document.value(QLatin1String("exitCode")).toInt(-1), exitCode);
    QVERIFY(document.value(QLatin1String("message")).toString().contains(missingVariable));
}

void CheckCommandTest::jsonReportsKeychainFailure()
{
    QVERIFY2(qEnvironmentVariableIsSet("TBA_TEST_SESSION"),
             "run inside scripts/test-session.sh, which provides a throwaway keyring");
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QTemporaryDir config;
    QProcessEnvironment environment = environmentFor(emulator.credentials());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QString name = QStringLiteral("json-keychain-failure");
    RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                            QStringLiteral("--account"), emulator.account()},
                           environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // Without a D-Bus session the keychain cannot be reached: exit status 5.
    QProcessEnvironment noKeychain = environment;
    noKeychain.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    noKeychain.remove(QStringLiteral("DISPLAY"));
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=%1/no-bus").arg(config.path()));
    result = run({QStringLiteral("check"), QStringLiteral("--profile"), name,
                  QStringLiteral("--lookup-url"), emulator.baseUrl().toString(),
                  QStringLiteral("--ca-file"), emulator.caFile(), QStringLiteral("--json")},
                 noKeychain);
    QCOMPARE(result.exitCode, 5);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(document.value(QLatin1String("status")).toString(),
             QStringLiteral("secret-store-error"));
    QCOMPARE(document.value(QLatin1String("exitCode")).toInt(-1), 5);
    QVERIFY(!document.value(QLatin1String("message")).toString().isEmpty());

    result = run({QStringLiteral("delete"), QStringLiteral("--profile"), name}, environment);
    QCOMPARE(result.exitCode, 0);
}

void CheckCommandTest::helpListsExitCodes()
{
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("--help")}, environmentFor(Credentials()));
    QCOMPARE(result.exitCode, 0);
    for (const char *text : {"--account", "--profile", "--base-url", "--lookup-url", "--ca-file",
                             "--timeout", "--json"}) {
        QVERIFY2(result.out.contains(text), text);
    }
    // The rows wrap, so they are compared with the line breaks and indentation collapsed.
    const QByteArray table = result.out.simplified();
    for (const char *row :
         {"1 invalid usage or input, including an account ID that NetSuite's data-center lookup "
          "does not find",
          "2 NetSuite rejected the login: authentication failed (401), or the role may not log in "
          "with access tokens or use REST web services (403)",
          "3 connected, but the role lacks permissions",
          "4 network, TLS or timeout error, NetSuite's rate limit (429), or another HTTP error "
          "that codes 2 and 3 do not cover, such as 400, a 5xx or an answer that is not "
          "NetSuite's"}) {
        QVERIFY2(table.contains(row), row);
    }
}

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_checkcommand.moc"
