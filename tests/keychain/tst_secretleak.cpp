// Saves, exports, imports, renames, checks (against the local NetSuite emulator) and lists a
// profile through the real executable, with every tba logging category at debug level. Then it
// scans what those steps leave behind for the four secret values and the passphrase: the
// configuration folder, the exports without secrets, the temporary folder and the captured output
// and logs. A control scan of an export made with --include-secrets must find the values, so the
// scan itself is known to work.

#include "emulatorprocess.h"

#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString executable = QStringLiteral(TBA_APP_EXECUTABLE);

// The four credentials the NetSuite emulator accepts, set in initTestCase().
QStringList secretValues;
const QString passphrase = QStringLiteral("leak-test passphrase 7f3a");

/// Returns the needles a leak would show: each value whole, its first half, and its Base64 form.
QList<QByteArray> needles()
{
    QList<QByteArray> list;
    for (const QString &value : secretValues + QStringList{passphrase}) {
        list << value.toUtf8() << value.left(value.size() / 2).toUtf8()
             << value.toUtf8().toBase64();
    }
    return list;
}

/// Returns "file: needle" for every needle found in the files under `path` or in `path` itself.
QStringList scan(const QString &path)
{
    QStringList found;
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    } else {
        files << path;
    }
    for (const QString &file : files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = input.readAll();
        for (const QByteArray &needle : needles()) {
            if (content.contains(needle))
                found << file + QStringLiteral(": ") + QString::fromUtf8(needle);
        }
    }
    return found;
}

} // namespace

class SecretLeakTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretInFilesOrLogs();

private:
    void run(const QStringList &arguments);

    EmulatorProcess m_emulator;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QByteArray m_output;
    QString m_configHome;
    QString m_temporary;
};

void SecretLeakTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TBA_TEST_SESSION"),
             "run inside scripts/test-session.sh, which provides a throwaway keyring");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start());
    const tba::Credentials credentials = m_emulator.credentials();
    secretValues = QStringList{credentials.consumerKey, credentials.consumerSecret,
                               credentials.tokenId, credentials.tokenSecret};
    m_configHome = m_dir.filePath(QStringLiteral("config"));
    m_temporary = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_temporary));
    m_environment = QProcessEnvironment::systemEnvironment();
    // The check talks only to the emulator on 127.0.0.1, never through a proxy.
    for (const char *proxy : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                              "ALL_PROXY", "no_proxy", "NO_PROXY"})
        m_environment.remove(QString::fromLatin1(proxy));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
    m_environment.insert(QStringLiteral("TMPDIR"), m_temporary);
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tba.*=true"));
    m_environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), secretValues.at(0));
    m_environment.insert(QStringLiteral("NETSUITE_CONSUMER_SECRET"), secretValues.at(1));
    m_environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), secretValues.at(2));
    m_environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), secretValues.at(3));
    m_environment.insert(QStringLiteral("NETSUITE_TBA_PASSPHRASE"), passphrase);
}

void SecretLeakTest::run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(executable, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    m_output += process.readAllStandardOutput() + err;
    QVERIFY2(process.exitCode() == 0, qPrintable(arguments.join(QLatin1Char(' ')) +
                                                 QStringLiteral(": ") + QString::fromUtf8(err)));
}

void SecretLeakTest::noSecretInFilesOrLogs()
{
    const QString plainJson = m_dir.filePath(QStringLiteral("plain.json"));
    const QString plainEnv = m_dir.filePath(QStringLiteral("plain.env"));
    const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.json"));
    const QString control = m_dir.filePath(QStringLiteral("control.env"));
    const QString name = QStringLiteral("leak-test");

    run({QStringLiteral("save"), QStringLiteral("--profile"), name, QStringLiteral("--account"),
         m_emulator.account(), QStringLiteral("--integration"), QStringLiteral("AfterShip")});
    run({QStringLiteral("export"), QStringLiteral("--profile"), name, QStringLiteral("--output"),
         plainJson});
    run({QStringLiteral("export"), QStringLiteral("--profile"), name, QStringLiteral("--output"),
         plainEnv, QStringLiteral("--format"), QStringLiteral("env")});
    run({QStringLiteral("export"), QStringLiteral("--profile"), name, QStringLiteral("--output"),
         encrypted, QStringLiteral("--include-secrets")});
    run({QStringLiteral("import"), encrypted, QStringLiteral("--name"),
         QStringLiteral("leak-test-copy")});
    run({QStringLiteral("rename"), QStringLiteral("--profile"), QStringLiteral("leak-test-copy"),
         QStringLiteral("--to"), QStringLiteral("leak-test-renamed")});

    // A check against the local NetSuite emulator, which reads the keychain and records the
    // result in the profile.
    for (const bool json : {false, true}) {
        QStringList check{QStringLiteral("check"),
                          QStringLiteral("--profile"),
                          name,
                          QStringLiteral("--lookup-url"),
                          m_emulator.baseUrl().toString(),
                          QStringLiteral("--ca-file"),
                          m_emulator.caFile()};
        if (json)
            check << QStringLiteral("--json");
        run(check);
    }
    run({QStringLiteral("list")});
    QVERIFY(m_output.contains("passed: Connected"));
    run({QStringLiteral("delete"), QStringLiteral("--profile"),
         QStringLiteral("leak-test-renamed")});

    run({QStringLiteral("export"), QStringLiteral("--profile"), name, QStringLiteral("--output"),
         control, QStringLiteral("--format"), QStringLiteral("env"),
         QStringLiteral("--include-secrets")});
    // Each of the four values is found whole and by its first half.
    QCOMPARE(scan(control).size(), 4 * 2);

    QVERIFY(m_output.contains("tba.core."));
    QStringList leaks =
        scan(m_configHome) + scan(plainJson) + scan(plainEnv) + scan(encrypted) + scan(m_temporary);
    for (const QByteArray &needle : needles()) {
        if (m_output.contains(needle))
            leaks << QStringLiteral("output: ") + QString::fromUtf8(needle);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(SecretLeakTest)
#include "tst_secretleak.moc"
