// Runs lupdate over app/ with the options of the update_translations target. Checks that no
// string lands in the bare namespace's context, where the program never looks it up, and that a
// string of each file is in its class's context, in lupdate's output and in the committed
// translation file.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

/// One translatable string: its context and source text.
using Message = QPair<QString, QString>;

const QString projectDirectory = QStringLiteral(TBA_TEST_SOURCE_DIR "/..");
const QString committedFile = projectDirectory + QStringLiteral("/translations/"
                                                                "netsuite-tba-wizard_en.ts");

/// Returns every message of the .ts file at `path`; an unreadable or malformed file gives none.
QSet<Message> readMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messages.insert({context, xml.readElementText()});
    }
    return xml.hasError() ? QSet<Message>() : messages;
}

QSet<QString> contextsOf(const QSet<Message> &messages)
{
    QSet<QString> contexts;
    for (const Message &message : messages)
        contexts.insert(message.first);
    return contexts;
}

} // namespace

class TranslationContextsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appStringInClassContext_data();
    void appStringInClassContext();
    void noStringInNamespaceContext();

private:
    QTemporaryDir m_directory;
    QSet<Message> m_found;
    QSet<Message> m_committed;
};

void TranslationContextsTest::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QStringList sources = QDir(projectDirectory + QStringLiteral("/app"))
                                    .entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")});
    QVERIFY(!sources.isEmpty());
    const QString tsFile = m_directory.filePath(QStringLiteral("app.ts"));
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                             QStringLiteral("-locations"), QStringLiteral("none")};
    for (const QString &source : sources)
        arguments << projectDirectory + QStringLiteral("/app/") + source;
    arguments << QStringLiteral("-ts") << tsFile;

    QProcess lupdate;
    lupdate.start(QStringLiteral(TBA_LUPDATE_EXECUTABLE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    m_found = readMessages(tsFile);
    QVERIFY(!m_found.isEmpty());
    m_committed = readMessages(committedFile);
    QVERIFY2(!m_committed.isEmpty(), qPrintable(committedFile));
}

void TranslationContextsTest::appStringInClassContext_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");

    QTest::newRow("commandLine") << "tba::CommandLine"
                                 << "Show this help.";
    QTest::newRow("exitCodeHelp") << "tba::ExitCodeHelp"
                                  << "secret store (keychain) error";
    QTest::newRow("signCommand") << "tba::SignCommand"
                                 << "HTTP method, such as GET.";
    QTest::newRow("checkCommand") << "tba::CheckCommand"
                                  << "Give either --profile NAME or --account ID.";
    QTest::newRow("profileCommands") << "tba::ProfileCommands"
                                     << "Name of the profile.";
    QTest::newRow("transferCommands") << "tba::TransferCommands"
                                      << "Name of the profile to export.";
    QTest::newRow("passphrase") << "tba::Passphrase"
                                << "The passphrase is empty.";
}

void TranslationContextsTest::appStringInClassContext()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QVERIFY2(m_found.contains({context, source}), "not found by lupdate in this context");
    QVERIFY2(m_committed.contains({context, source}),
             "missing from the committed translation file; run the update_translations target");
}

void TranslationContextsTest::noStringInNamespaceContext()
{
    // A bare tr() in a namespace gives the namespace's context, which no lookup uses.
    QVERIFY(!contextsOf(m_found).contains(QStringLiteral("tba")));
    QVERIFY(!contextsOf(m_committed).contains(QStringLiteral("tba")));
}

QTEST_GUILESS_MAIN(TranslationContextsTest)
#include "tst_translationcontexts.moc"
