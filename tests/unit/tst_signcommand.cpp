// Runs the real executable's "sign" command and checks its output and exit codes.

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

namespace {

const QString executable = QStringLiteral(TBA_APP_EXECUTABLE);

QProcessEnvironment exampleEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("NETSUITE_CONSUMER_KEY"),
        QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"));
    environment.insert(
        QStringLiteral("NETSUITE_CONSUMER_SECRET"),
        QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5"));
    environment.insert(
        QStringLiteral("NETSUITE_TOKEN_ID"),
        QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"));
    environment.insert(
        QStringLiteral("NETSUITE_TOKEN_SECRET"),
        QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295"));
    return environment;
}

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult run(const QStringList &arguments,
              const QProcessEnvironment &environment = exampleEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(executable, arguments);
    RunResult result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

const QStringList exampleArguments = {
    QStringLiteral("sign"),
    QStringLiteral("--account"),
    QStringLiteral("1234567_SB1"),
    QStringLiteral("--method"),
    QStringLiteral("GET"),
    QStringLiteral("--url"),
    QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/"
                   "customer?limit=1"),
    QStringLiteral("--nonce"),
    QStringLiteral("fjaLirsIcCGVZWzBX0pg"),
    QStringLiteral("--timestamp"),
    QStringLiteral("1508242306"),
};

} // namespace

class SignCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void printsHeaderOnOneLine();
    void verbosePrintsBaseString();
    void randomNonceByDefault();
    void missingVariableIsUsageError();
    void unusualCredentialWarnsAndSigns();
    void invalidCredentialIsUsageError();
    void invalidInput_data();
    void invalidInput();
    void nonceOfSixToSixtyFourCharactersIsSigned_data();
    void nonceOfSixToSixtyFourCharactersIsSigned();
    void helpNamesNonceLimits();
    void helpAndVersion();
};

void SignCommandTest::printsHeaderOnOneLine()
{
    const RunResult result = run(exampleArguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(result.out.startsWith("OAuth realm=\"1234567_SB1\", "));
    QVERIFY(result.out.contains(
        "oauth_signature=\"pCtsiEsCvgZeR9YTRhZvMnWPpgWcIDNNED92pVIC%2Bw4%3D\""));
    QVERIFY(
        !result.out.contains("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295"));
    QVERIFY(result.err.isEmpty());
}

void SignCommandTest::verbosePrintsBaseString()
{
    const RunResult result = run(exampleArguments + QStringList{QStringLiteral("--verbose")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("GET&https%3A%2F%2F1234567-sb1.suitetalk.api.netsuite.com%2F"));
    QCOMPARE(result.out.count('\n'), 1);
}

void SignCommandTest::randomNonceByDefault()
{
    const QStringList arguments = exampleArguments.mid(0, 7);
    const RunResult first = run(arguments);
    const RunResult second = run(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(first.out != second.out);
}

void SignCommandTest::missingVariableIsUsageError()
{
    QProcessEnvironment environment = exampleEnvironment();
    environment.remove(QStringLiteral("NETSUITE_TOKEN_SECRET"));
    const RunResult result = run(exampleArguments, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("NETSUITE_TOKEN_SECRET"));
    QVERIFY(result.out.isEmpty());
}

void SignCommandTest::unusualCredentialWarnsAndSigns()
{
    QProcessEnvironment environment = exampleEnvironment();
    environment.insert(QStringLiteral("NETSUITE_TOKEN_ID"), QString(40, QLatin1Char('a')));
    const RunResult result = run(exampleArguments, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.startsWith("Warning: NETSUITE_TOKEN_ID: Token ID is 40 characters long;"),
             result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.out.startsWith("OAuth realm=\"1234567_SB1\""), result.out.constData());
}

void SignCommandTest::invalidCredentialIsUsageError()
{
    QProcessEnvironment environment = exampleEnvironment();
    environment.insert(QStringLiteral("NETSUITE_CONSUMER_KEY"), QStringLiteral("ab cd"));
    environment.insert(QStringLiteral("NETSUITE_TOKEN_SECRET"), QStringLiteral("ab\u00e9cd"));
    const RunResult result = run(exampleArguments, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("NETSUITE_CONSUMER_KEY: Consumer Key contains whitespace at "
                                 "position 3."),
             result.err.constData());
    QVERIFY2(result.err.contains("NETSUITE_TOKEN_SECRET: Token Secret contains the character"),
             result.err.constData());
    QVERIFY2(!result.err.contains("Warning: "), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void SignCommandTest::invalidInput_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("account") << 2 << "12ab" << QByteArray("\"12ab\" is not a NetSuite account ID");
    QTest::newRow("method") << 4 << "G ET" << QByteArray("Invalid --method \"G ET\"");
    QTest::newRow("url") << 6 << "not a url" << QByteArray("Invalid --url \"not a url\"");
    QTest::newRow("nonce") << 8 << "ab" << QByteArray("Invalid --nonce \"ab\"");
    QTest::newRow("nonceOfFiveCharacters")
        << 8 << "abcde" << QByteArray("Invalid --nonce \"abcde\": give 6 to 64 letters and digits");
    QTest::newRow("nonceOf65Characters")
        << 8 << QString(65, QLatin1Char('a'))
        << QByteArray("Invalid --nonce of 65 characters: give 6 to 64 letters and digits");
    QTest::newRow("nonceOf5000Characters")
        << 8 << QString(5000, QLatin1Char('a')) << QByteArray("Invalid --nonce of 5000 characters");
    QTest::newRow("nonceWithPunctuation")
        << 8 << "abc-def" << QByteArray("Invalid --nonce \"abc-def\"");
    QTest::newRow("timestamp") << 10 << "yesterday"
                               << QByteArray("Invalid --timestamp \"yesterday\"");
}

void SignCommandTest::invalidInput()
{
    QFETCH(int, index);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);

    QStringList arguments = exampleArguments;
    arguments[index] = value;
    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void SignCommandTest::nonceOfSixToSixtyFourCharactersIsSigned_data()
{
    QTest::addColumn<QString>("nonce");
    QTest::newRow("sixCharacters") << QStringLiteral("a1B2c3");
    QTest::newRow("sixtyFourCharacters") << QString(64, QLatin1Char('Z'));
}

void SignCommandTest::nonceOfSixToSixtyFourCharactersIsSigned()
{
    QFETCH(QString, nonce);
    QStringList arguments = exampleArguments;
    arguments[8] = nonce;
    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected = QByteArray("oauth_nonce=\"") + nonce.toLatin1() + '"';
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void SignCommandTest::helpNamesNonceLimits()
{
    const RunResult help = run({QStringLiteral("sign"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.simplified().contains("6 to 64 letters and digits"), help.out.constData());
}

void SignCommandTest::helpAndVersion()
{
    const RunResult help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("sign"));
    QVERIFY(help.out.contains("Exit status"));

    const RunResult signHelp = run({QStringLiteral("sign"), QStringLiteral("--help")});
    QCOMPARE(signHelp.exitCode, 0);
    QVERIFY(signHelp.out.contains("--timestamp"));

    const RunResult version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("netsuite-tba-wizard "));

    const RunResult unknown = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("Unknown command \"frobnicate\""));
}

QTEST_GUILESS_MAIN(SignCommandTest)
#include "tst_signcommand.moc"
