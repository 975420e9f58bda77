// Runs the real executable's profile commands against the test session's keyring: save, list,
// export in every format, delete, import on a keyring without the profile's entries, rename, and
// the import checks. Each test has its own configuration folder and profile names of its own, so
// that other keychain tests running at the same time do not interfere.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

const QString executable = QStringLiteral(TBA_APP_EXECUTABLE);

QString exampleValue(char fill)
{
    return QString(64, QLatin1Char(fill));
}

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

int unixMode(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ProfileCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveListExportDeleteImport();
    void exportsEveryFormatWithSecretsOnRequest();
    void importRequiresReplaceForExistingName();
    void importRejectsWrongPassphrase();
    void importRejectsDamagedFiles_data();
    void importRejectsDamagedFiles();
    void renameMovesSecrets();
    void saveRejectsOtherAccountWithoutReplace();
    void exportWithoutPassphraseFails();
    void helpListsProfileCommands();
    void saveWithNewCredentialsClearsLastCheck();
    void saveWarnsOnUnusualCredential();
    void saveRejectsInvalidCredential();
    void messagesNameStoredProfile();
    void logsOnlyWarningsByDefault();
    void rejectsInvalidKeychainTimeout_data();
    void rejectsInvalidKeychainTimeout();
    void exportWritesDashToStandardOutput();
    void exportRefusesSymbolicLink();
    void commandHelpNamesCommandAndItsExitCodes();

private:
    RunResult run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString lookup(const QString &profile, const QString &field);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

void ProfileCommandsTest::init()
{
    QVERIFY2(qEnvironmentVariableIsSet("TBA_TEST_SESSION"),
             "run inside scripts/test-session.sh, which provides a throwaway keyring");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), exampleValue('a'));
    m_environment.insert(QStringLiteral("NETSUITE_CONSUMER_SECRET"), exampleValue('b'));
    m_environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), exampleValue('c'));
    m_environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), exampleValue('d'));
    m_environment.insert(QStringLiteral("NETSUITE_TBA_PASSPHRASE"),
                         QStringLiteral("correct horse battery"));
}

RunResult ProfileCommandsTest::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = m_environment;
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
    // No terminal on standard input, so the passphrase comes from the environment.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(executable, arguments);
    RunResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString ProfileCommandsTest::lookup(const QString &profile, const QString &field)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"),
                   QStringLiteral("netsuite-tba-wizard"), QStringLiteral("user"),
                   QStringLiteral("netsuite-tba-wizard/%1/%2").arg(profile, field)});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void ProfileCommandsTest::saveListExportDeleteImport()
{
    const QString name = QStringLiteral("cmd-flow");
    RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                            QStringLiteral("--account"), QStringLiteral("1234567-sb1"),
                            QStringLiteral("--integration"), QStringLiteral("AfterShip")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("token-secret")), exampleValue('d'));

    result = run({QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(name + QLatin1Char(' ')), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("1234567_SB1")));
    QVERIFY(result.out.contains(QLatin1String("not checked")));

    const QString encrypted = path(QStringLiteral("flow.json"));
    result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                  QStringLiteral("--output"), encrypted, QStringLiteral("--include-secrets")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(unixMode(encrypted), 0600);
    QVERIFY(!readFile(encrypted).contains(exampleValue('d').toLatin1()));

    result = run({QStringLiteral("delete"), QStringLiteral("--profile"), name});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("token-secret")), QString());
    QCOMPARE(lookup(name, QStringLiteral("consumer-key")), QString());
    result = run({QStringLiteral("list")});
    QVERIFY(!result.out.contains(name));

    // The keyring now contains nothing for this profile: the import brings the secrets back.
    result = run({QStringLiteral("import"), encrypted});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("consumer-key")), exampleValue('a'));
    QCOMPARE(lookup(name, QStringLiteral("token-secret")), exampleValue('d'));
    result = run({QStringLiteral("list")});
    QVERIFY(result.out.contains(name));
    QVERIFY(result.out.contains(QLatin1String("1234567_SB1")));
}

void ProfileCommandsTest::exportsEveryFormatWithSecretsOnRequest()
{
    const QString name = QStringLiteral("cmd-formats");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const QList<std::pair<QString, QByteArray>> formats = {
        {QStringLiteral("json"), "\"accountId\": \"1234567\""},
        {QStringLiteral("env"), "NETSUITE_ACCOUNT_ID=1234567"},
        {QStringLiteral("ini"), "account = 1234567"},
        {QStringLiteral("postman"), "\"ACCOUNT_ID\""}};
    for (const auto &[format, accountLine] : formats) {
        const QString plain = path(QStringLiteral("plain.") + format);
        RunResult result =
            run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                 QStringLiteral("--output"), plain, QStringLiteral("--format"), format});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(unixMode(plain), 0600);
        QVERIFY2(readFile(plain).contains(accountLine), qPrintable(format));
        for (const char fill : {'a', 'b', 'c', 'd'})
            QVERIFY2(!readFile(plain).contains(exampleValue(fill).toLatin1()), qPrintable(format));

        const QString secret = path(QStringLiteral("secret.") + format);
        result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                      QStringLiteral("--output"), secret, QStringLiteral("--format"), format,
                      QStringLiteral("--include-secrets")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(unixMode(secret), 0600);
        // Only the json format encrypts; the others hold the values as they are.
        QCOMPARE(readFile(secret).contains(exampleValue('d').toLatin1()),
                 format != QLatin1String("json"));
    }
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                  QStringLiteral("--output"), path(QStringLiteral("x")), QStringLiteral("--format"),
                  QStringLiteral("yaml")})
                 .exitCode,
             1);
}

void ProfileCommandsTest::importRequiresReplaceForExistingName()
{
    const QString name = QStringLiteral("cmd-replace");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const QString file = path(QStringLiteral("replace.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                  QStringLiteral("--output"), file, QStringLiteral("--include-secrets")})
                 .exitCode,
             0);

    RunResult result = run({QStringLiteral("import"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("--replace")), qPrintable(result.err));

    result = run({QStringLiteral("import"), file, QStringLiteral("--name"),
                  QStringLiteral("cmd-replace-copy")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(QStringLiteral("cmd-replace-copy"), QStringLiteral("token-id")),
             exampleValue('c'));

    // Change a stored secret, then replace the profile with the export's values.
    QProcessEnvironment changed;
    changed.insert(QStringLiteral("NETSUITE_TOKEN_ID"), exampleValue('e'));
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")},
                 changed)
                 .exitCode,
             0);
    QCOMPARE(lookup(name, QStringLiteral("token-id")), exampleValue('e'));
    result = run({QStringLiteral("import"), file, QStringLiteral("--replace")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("token-id")), exampleValue('c'));
}

void ProfileCommandsTest::importRejectsWrongPassphrase()
{
    const QString name = QStringLiteral("cmd-passphrase");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const QString file = path(QStringLiteral("passphrase.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                  QStringLiteral("--output"), file, QStringLiteral("--include-secrets")})
                 .exitCode,
             0);
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("NETSUITE_TBA_PASSPHRASE"), QStringLiteral("wrong horse battery"));
    const RunResult result = run({QStringLiteral("import"), file, QStringLiteral("--name"),
                                  QStringLiteral("cmd-passphrase-2")},
                                 wrong);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("Wrong passphrase or damaged file")),
             qPrintable(result.err));
    QVERIFY(!run({QStringLiteral("list")}).out.contains(QLatin1String("cmd-passphrase-2")));
    QCOMPARE(lookup(QStringLiteral("cmd-passphrase-2"), QStringLiteral("token-id")), QString());
}

void ProfileCommandsTest::importRejectsDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("truncated") << QByteArray("{\"format\": \"netsuite-tba-wizard-profile\", \"ver")
                               << "not valid JSON";
    QTest::newRow("oversized") << QByteArray(1024 * 1024 + 1, ' ') << "1 MiB";
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"netsuite-tba-wizard-profile\", \"version\": 9}")
        << "version 9";
    QTest::newRow("invalid account")
        << QByteArray("{\"format\": \"netsuite-tba-wizard-profile\", \"version\": 1, \"profile\": "
                      "{\"name\": \"x\", \"accountId\": \"12ab\", \"authMethod\": \"tba\", "
                      "\"permissionPreset\": \"aftership\", \"createdAt\": "
                      "\"2026-01-31T12:00:00Z\"}}")
        << "\"profile.accountId\"";
}

void ProfileCommandsTest::importRejectsDamagedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    const QString file = path(QStringLiteral("damaged.json"));
    QFile output(file);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(content);
    output.close();
    const RunResult result = run({QStringLiteral("import"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY(!QDir(path(QStringLiteral("config"))).exists(QStringLiteral("netsuite-tba-wizard")));
}

void ProfileCommandsTest::renameMovesSecrets()
{
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), QStringLiteral("cmd-old"),
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const RunResult result =
        run({QStringLiteral("rename"), QStringLiteral("--profile"), QStringLiteral("cmd-old"),
             QStringLiteral("--to"), QStringLiteral("cmd-new")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(lookup(QStringLiteral("cmd-new"), QStringLiteral("consumer-secret")),
             exampleValue('b'));
    QCOMPARE(lookup(QStringLiteral("cmd-old"), QStringLiteral("consumer-secret")), QString());
    const QString list = run({QStringLiteral("list")}).out;
    QVERIFY(list.contains(QLatin1String("cmd-new")));
    QVERIFY(!list.contains(QLatin1String("cmd-old")));
    QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("cmd-old")})
                 .exitCode,
             1);
}

void ProfileCommandsTest::saveRejectsOtherAccountWithoutReplace()
{
    const QString name = QStringLiteral("cmd-account");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                            QStringLiteral("--account"), QStringLiteral("7654321")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("--replace")), qPrintable(result.err));
    result =
        run({QStringLiteral("save"), QStringLiteral("--profile"), name, QStringLiteral("--account"),
             QStringLiteral("7654321"), QStringLiteral("--replace")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(run({QStringLiteral("list")}).out.contains(QLatin1String("7654321")));
}

void ProfileCommandsTest::exportWithoutPassphraseFails()
{
    const QString name = QStringLiteral("cmd-nopass");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    m_environment.remove(QStringLiteral("NETSUITE_TBA_PASSPHRASE"));
    const QString file = path(QStringLiteral("nopass.json"));
    RunResult result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                            QStringLiteral("--output"), file, QStringLiteral("--include-secrets")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("NETSUITE_TBA_PASSPHRASE")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));

    QProcessEnvironment shortPassphrase;
    shortPassphrase.insert(QStringLiteral("NETSUITE_TBA_PASSPHRASE"), QStringLiteral("short"));
    result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                  QStringLiteral("--output"), file, QStringLiteral("--include-secrets")},
                 shortPassphrase);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("at least 8")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
}

void ProfileCommandsTest::helpListsProfileCommands()
{
    const RunResult help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"list", "save", "export", "import", "rename", "delete"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const RunResult exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY(exportHelp.out.contains(QLatin1String("--include-secrets")));
    const RunResult missing =
        run({QStringLiteral("rename"), QStringLiteral("--profile"), QStringLiteral("x")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("Missing --to.")));
}

void ProfileCommandsTest::saveWarnsOnUnusualCredential()
{
    const QString name = QStringLiteral("cmd-warning");
    QProcessEnvironment shortKey;
    shortKey.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), QString(40, QLatin1Char('a')));
    const RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                                  QStringLiteral("--account"), QStringLiteral("1234567")},
                                 shortKey);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.startsWith(QLatin1String(
                 "Warning: NETSUITE_CONSUMER_KEY: Consumer Key is 40 characters long;")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Saved profile \"cmd-warning\"")),
             qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("consumer-key")), QString(40, QLatin1Char('a')));
    QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("--profile"), name}).exitCode, 0);
}

void ProfileCommandsTest::saveRejectsInvalidCredential()
{
    const QString name = QStringLiteral("cmd-invalid");
    QProcessEnvironment spaced;
    spaced.insert(QStringLiteral("NETSUITE_TOKEN_ID"), QStringLiteral("ab cd"));
    const RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                                  QStringLiteral("--account"), QStringLiteral("1234567")},
                                 spaced);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(
                 QLatin1String("NETSUITE_TOKEN_ID: Token ID contains whitespace at position 3.")),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("Saved profile")), qPrintable(result.err));
    QVERIFY(lookup(name, QStringLiteral("token-id")).isEmpty());
}

void ProfileCommandsTest::saveWithNewCredentialsClearsLastCheck()
{
    const QString name = QStringLiteral("cmd-recheck");
    const QStringList save = {QStringLiteral("save"), QStringLiteral("--profile"), name,
                              QStringLiteral("--account"), QStringLiteral("1234567")};
    QCOMPARE(run(save).exitCode, 0);

    // Record a passed check in the profile file, as check --profile does.
    const QString file = path(QStringLiteral("config/netsuite-tba-wizard/netsuite-tba-wizard/"
                                             "profiles/cmd-recheck.json"));
    QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
    QVERIFY(!root.isEmpty());
    QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    profile.insert(
        QStringLiteral("lastCheck"),
        QJsonObject{{QStringLiteral("checkedAt"), QStringLiteral("2026-02-01T08:30:00Z")},
                    {QStringLiteral("succeeded"), true},
                    {QStringLiteral("summary"), QStringLiteral("Connected")}});
    root.insert(QStringLiteral("profile"), profile);
    QFile writer(file);
    QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(writer.write(QJsonDocument(root).toJson()) > 0);
    writer.close();
    QVERIFY(run({QStringLiteral("list")}).out.contains(QLatin1String("passed")));

    QProcessEnvironment newCredentials;
    newCredentials.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), exampleValue('e'));
    const RunResult saved = run(save, newCredentials);
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(lookup(name, QStringLiteral("token-secret")), exampleValue('e'));
    const RunResult listed = run({QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QLatin1String("passed")), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(QLatin1String("not checked")), qPrintable(listed.out));
}

void ProfileCommandsTest::messagesNameStoredProfile()
{
    const QString stored = QStringLiteral("cmd-Stored");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), stored,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const QString file = path(QStringLiteral("stored.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--profile"), stored,
                  QStringLiteral("--output"), file})
                 .exitCode,
             0);

    RunResult result = run(
        {QStringLiteral("import"), file, QStringLiteral("--name"), QStringLiteral("CMD-STORED")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("\"cmd-Stored\" already exists")),
             qPrintable(result.err));

    result =
        run({QStringLiteral("rename"), QStringLiteral("--profile"), QStringLiteral("CMD-STORED"),
             QStringLiteral("--to"), QStringLiteral("cmd-Renamed")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Renamed profile \"cmd-Stored\"")),
             qPrintable(result.err));

    result =
        run({QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("CMD-RENAMED")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Deleted profile \"cmd-Renamed\"")),
             qPrintable(result.err));
}

void ProfileCommandsTest::logsOnlyWarningsByDefault()
{
    m_environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList save = {QStringLiteral("save"), QStringLiteral("--profile"),
                              QStringLiteral("cmd-quiet"), QStringLiteral("--account"),
                              QStringLiteral("1234567")};
    RunResult result = run(save);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("tba.core")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("saved profile")), qPrintable(result.err));

    QProcessEnvironment verbose;
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tba.*.info=true"));
    result = run(save, verbose);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("saved profile")), qPrintable(result.err));
}

void ProfileCommandsTest::rejectsInvalidKeychainTimeout_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << "0";
    QTest::newRow("negative") << "-5";
    QTest::newRow("not a number") << "abc";
    QTest::newRow("beyond int") << "99999999999";
    QTest::newRow("fraction") << "1.5";
}

void ProfileCommandsTest::rejectsInvalidKeychainTimeout()
{
    QFETCH(QString, value);
    const QString name = QStringLiteral("cmd-timeout");
    QProcessEnvironment timeout;
    timeout.insert(QStringLiteral("NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS"), value);
    const RunResult result = run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                                  QStringLiteral("--account"), QStringLiteral("1234567")},
                                 timeout);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1Char('"') + value + QLatin1Char('"')),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("from 1 to 3600000")), qPrintable(result.err));
    QCOMPARE(lookup(name, QStringLiteral("token-secret")), QString());
}

void ProfileCommandsTest::exportWritesDashToStandardOutput()
{
    const QString name = QStringLiteral("cmd-stdout");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const RunResult result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                                  QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("netsuite-tba-wizard-profile"));
    QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")),
             QJsonValue(name));
    QVERIFY(!QFile::exists(QStringLiteral("-")));
}

void ProfileCommandsTest::exportRefusesSymbolicLink()
{
    const QString name = QStringLiteral("cmd-symlink");
    QCOMPARE(run({QStringLiteral("save"), QStringLiteral("--profile"), name,
                  QStringLiteral("--account"), QStringLiteral("1234567")})
                 .exitCode,
             0);
    const QString target = path(QStringLiteral("keep.txt"));
    QFile keep(target);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    QVERIFY(keep.write("keep me\n") > 0);
    keep.close();
    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString link = path(QStringLiteral("link.json"));
    QVERIFY(QFile::link(target, link));

    const RunResult result = run({QStringLiteral("export"), QStringLiteral("--profile"), name,
                                  QStringLiteral("--output"), link});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("symbolic link")), qPrintable(result.err));
    QCOMPARE(readFile(target), QByteArray("keep me\n"));
    QCOMPARE(unixMode(target), 0644);
    QVERIFY(QFileInfo(link).isSymLink());
}

void ProfileCommandsTest::commandHelpNamesCommandAndItsExitCodes()
{
    const RunResult sign = run({QStringLiteral("sign"), QStringLiteral("--help")});
    QCOMPARE(sign.exitCode, 0);
    QVERIFY2(sign.out.startsWith(QLatin1String("Usage: netsuite-tba-wizard sign [options]")),
             qPrintable(sign.out));
    QVERIFY2(!sign.out.contains(QLatin1String("5  secret store")), qPrintable(sign.out));

    for (const char *command : {"list", "save", "export", "import", "rename", "delete"}) {
        const RunResult help = run({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("Usage: netsuite-tba-wizard ") +
                                     QLatin1String(command)),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1String("1  invalid usage or input")), command);
        QVERIFY2(!help.out.contains(QLatin1String("2  NetSuite rejected")), command);
        QVERIFY2(!help.out.contains(QLatin1String("3  connected")), command);
        QVERIFY2(!help.out.contains(QLatin1String("4  network")), command);
    }
    const RunResult list = run({QStringLiteral("list"), QStringLiteral("--help")});
    QVERIFY2(!list.out.contains(QLatin1String("5  secret store")), qPrintable(list.out));
    const RunResult remove = run({QStringLiteral("delete"), QStringLiteral("--help")});
    QVERIFY2(remove.out.contains(QLatin1String("5  secret store")), qPrintable(remove.out));

    const RunResult check = run({QStringLiteral("check"), QStringLiteral("--help")});
    QVERIFY2(check.out.contains(QLatin1String("2  NetSuite rejected the login")),
             qPrintable(check.out));
    QVERIFY2(check.out.contains(QLatin1String("5  secret store")), qPrintable(check.out));
}

QTEST_GUILESS_MAIN(ProfileCommandsTest)
#include "tst_profilecommands.moc"
