// Checks the .env, INI and Postman exports: secrets only on request and files of mode 0600. The
// programs that read these files (a POSIX shell, Python's configparser as the "netsuite" package
// uses it, a JSON parser) must get the values back unchanged.

#include "core/export/exportformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tba;

#include <sys/stat.h>

namespace {

/// Returns the permission bits of `path`, such as 0600, or -1 when it cannot be read.
int unixMode(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

Profile exampleProfile()
{
    Profile profile;
    profile.name = QStringLiteral("production");
    profile.accountId = QStringLiteral("1234567_SB1");
    profile.restDomain = QUrl(QStringLiteral("https://1234567-sb1.restlets.api.netsuite.com"));
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    return profile;
}

Credentials exampleCredentials()
{
    // The token secret contains the characters each format must escape.
    return {QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"),
            QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5"),
            QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"),
            QStringLiteral("c29a%77\"f7$d5`439\\a458#c06")};
}

QByteArray render(ExportFormat format, bool withSecrets)
{
    ExportRequest request;
    request.format = format;
    request.profile = exampleProfile();
    if (withSecrets)
        request.credentials = exampleCredentials();
    QString error;
    const std::optional<QByteArray> data = ProfileExporter::render(request, &error);
    return data.value_or(QByteArray());
}

QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

Q_DECLARE_METATYPE(tba::ExportFormat)

class ExportFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void omitsSecretsByDefault_data();
    void omitsSecretsByDefault();
    void writesOwnerOnlyFile();
    void replacesFileAndMode();
    void envReadsBackInShell();
    void iniReadsBackInConfigparser();
    void postmanMarksSecrets();
    void parsesFormatNames();
};

void ExportFormatTest::omitsSecretsByDefault_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("json") << ExportFormat::Json;
    QTest::newRow("env") << ExportFormat::Env;
    QTest::newRow("ini") << ExportFormat::Ini;
    QTest::newRow("postman") << ExportFormat::Postman;
}

void ExportFormatTest::omitsSecretsByDefault()
{
    QFETCH(ExportFormat, format);
    const QByteArray data = render(format, false);
    QVERIFY(data.contains("1234567_SB1"));
    for (const CredentialField field : allCredentialFields)
        QVERIFY(!data.contains(exampleCredentials().value(field).left(12).toUtf8()));
    QVERIFY(!data.contains("CONSUMER_KEY") && !data.contains("consumer_key"));
}

void ExportFormatTest::writesOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.env"));
    QString error;
    QVERIFY2(ProfileExporter::writePrivateFile(path, render(ExportFormat::Env, true), &error),
             qPrintable(error));
    QCOMPARE(unixMode(path), 0600);
}

void ExportFormatTest::replacesFileAndMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.ini"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QString error;
    QVERIFY2(ProfileExporter::writePrivateFile(path, render(ExportFormat::Ini, true), &error),
             qPrintable(error));
    QCOMPARE(unixMode(path), 0600);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QVERIFY(existing.readAll().startsWith("; NetSuite connection profile"));
}

void ExportFormatTest::envReadsBackInShell()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.env"));
    QString error;
    QVERIFY(ProfileExporter::writePrivateFile(path, render(ExportFormat::Env, true), &error));
    const QString script = QStringLiteral(". \"$1\"; printf '%s|%s|%s' \"$NETSUITE_ACCOUNT_ID\" "
                                          "\"$NETSUITE_REST_DOMAIN\" \"$NETSUITE_TOKEN_SECRET\"");
    const QString output = runProgram(QStringLiteral("sh"),
                                      {QStringLiteral("-c"), script, QStringLiteral("sh"), path});
    QCOMPARE(output, QStringLiteral("1234567_SB1|https://1234567-sb1.restlets.api.netsuite.com|") +
                         exampleCredentials().tokenSecret);
}

void ExportFormatTest::iniReadsBackInConfigparser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("netsuite.ini"));
    QString error;
    QVERIFY(ProfileExporter::writePrivateFile(path, render(ExportFormat::Ini, true), &error));
    // The "netsuite" package reads its file with configparser.ConfigParser() and section
    // "netsuite"; Debian's python3 is called by path because another python3 may come first.
    const QString script = QStringLiteral(
        "import configparser, sys\n"
        "c = configparser.ConfigParser()\n"
        "c.read(sys.argv[1])\n"
        "s = c['netsuite']\n"
        "print('|'.join([s['auth_type'], s['account'], s['consumer_key'], s['token_secret']]))\n");
    const QString output =
        runProgram(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    const Credentials credentials = exampleCredentials();
    QCOMPARE(output, QStringLiteral("token|1234567_SB1|") + credentials.consumerKey +
                         QLatin1Char('|') + credentials.tokenSecret);
}

void ExportFormatTest::postmanMarksSecrets()
{
    const QJsonDocument document = QJsonDocument::fromJson(render(ExportFormat::Postman, true));
    QCOMPARE(document.object().value(QStringLiteral("_postman_variable_scope")).toString(),
             QStringLiteral("environment"));
    QHash<QString, QJsonObject> variables;
    for (const QJsonValue &value : document.object().value(QStringLiteral("values")).toArray())
        variables.insert(value[QStringLiteral("key")].toString(), value.toObject());
    QCOMPARE(variables.value(QStringLiteral("ACCOUNT_ID"))[QStringLiteral("type")].toString(),
             QStringLiteral("default"));
    QCOMPARE(variables.value(QStringLiteral("TOKEN_SECRET"))[QStringLiteral("type")].toString(),
             QStringLiteral("secret"));
    QCOMPARE(variables.value(QStringLiteral("TOKEN_SECRET"))[QStringLiteral("value")].toString(),
             exampleCredentials().tokenSecret);
    QCOMPARE(variables.size(), 6);
}

void ExportFormatTest::parsesFormatNames()
{
    QCOMPARE(ProfileExporter::parseFormat(QStringLiteral("ENV")), ExportFormat::Env);
    QCOMPARE(ProfileExporter::parseFormat(QStringLiteral("postman")), ExportFormat::Postman);
    QVERIFY(!ProfileExporter::parseFormat(QStringLiteral("yaml")));
}

QTEST_GUILESS_MAIN(ExportFormatTest)
#include "tst_exportformat.moc"
