// Runs the real executable on a pseudo-terminal, stops it with a signal while it waits for a
// passphrase with echo off, and checks that the terminal gets its echo back.

#include "core/export/profiledocument.h"
#include "core/export/secretsencryption.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace tba;

namespace {

const QByteArray executable = QByteArrayLiteral(TBA_APP_EXECUTABLE);

/// Writes an export whose secrets are encrypted, so that importing it prompts for a passphrase.
bool writeEncryptedExport(const QString &path)
{
    Profile profile;
    profile.name = QStringLiteral("prompted");
    profile.accountId = QStringLiteral("1234567");
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    const Credentials credentials{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b')),
                                  QString(64, QLatin1Char('c')), QString(64, QLatin1Char('d'))};
    QString error;
    const std::optional<EncryptedSecrets> secrets = SecretsEncryption::encrypt(
        credentials, QStringLiteral("correct horse battery staple"),
        ProfileDocumentFormat::associatedData(profile, ProfileDocumentFormat::currentVersion),
        &error);
    QFile file(path);
    return secrets && file.open(QIODevice::WriteOnly) &&
           file.write(ProfileDocumentFormat::serialize({profile, secrets})) > 0;
}

/// Reads from the terminal's master side until `expected` appears or the output ends.
bool waitForOutput(int master, const QByteArray &expected, QByteArray *output)
{
    char buffer[256];
    while (!output->contains(expected)) {
        pollfd descriptor{master, POLLIN, 0};
        if (poll(&descriptor, 1, 30000) <= 0)
            return false;
        const ssize_t count = read(master, buffer, sizeof buffer);
        if (count <= 0)
            return false;
        output->append(buffer, count);
    }
    return true;
}

bool echoIsOn(int master)
{
    termios settings{};
    return tcgetattr(master, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
}

} // namespace

class PassphrasePromptTest : public QObject
{
    Q_OBJECT

private slots:
    void signalRestoresEcho_data();
    void signalRestoresEcho();
};

void PassphrasePromptTest::signalRestoresEcho_data()
{
    QTest::addColumn<int>("signalNumber");

    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
}

void PassphrasePromptTest::signalRestoresEcho()
{
    QFETCH(int, signalNumber);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString exportPath = dir.filePath(QStringLiteral("prompted.json"));
    QVERIFY(writeEncryptedExport(exportPath));
    const QByteArray home = QFile::encodeName(dir.path());
    const QByteArray exportArgument = QFile::encodeName(exportPath);

    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
    QVERIFY(child >= 0);
    if (child == 0) {
        // Only this child's configuration folder is touched; the keychain is never reached,
        // because the signal comes before the import saves anything.
        setenv("HOME", home.constData(), 1);
        setenv("XDG_CONFIG_HOME", home.constData(), 1);
        unsetenv("NETSUITE_TBA_PASSPHRASE");
        execl(executable.constData(), executable.constData(), "import", exportArgument.constData(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    QVERIFY(echoIsOn(master));

    QByteArray output;
    const bool prompted = waitForOutput(master, QByteArrayLiteral("Passphrase"), &output);
    QVERIFY2(prompted, output.constData());
    QVERIFY(!echoIsOn(master));

    QCOMPARE(kill(child, signalNumber), 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), signalNumber);
    QVERIFY(echoIsOn(master));
    close(master);
}

QTEST_GUILESS_MAIN(PassphrasePromptTest)
#include "tst_passphraseprompt.moc"
