// Installs the build into a throwaway folder with "cmake --install" and checks the desktop
// integration files there. The desktop entry and the AppStream metainfo must pass their
// validators, the icon must exist at every size, and the manual page must render without warnings
// and agree with --help.

#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

using tba::runTool;
using tba::ToolRun;

namespace {

const QString appId = QStringLiteral(TBA_APP_ID);

/// Returns the keys and values of the [Desktop Entry] group of a desktop file.
QMap<QString, QString> readDesktopEntry(const QString &path)
{
    QMap<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inGroup && equals > 0)
            entry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entry;
}

/// Returns the text of one section of a rendered manual page, with runs of white space collapsed
/// to one space.
QString manualSection(const QString &page, const QString &heading)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1\\n(.*?)(?=^\\S|\\z)").arg(QRegularExpression::escape(heading)),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(page).captured(1).simplified();
}

} // namespace

class InstalledFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopEntryPassesValidator();
    void metainfoPassesValidator();
    void desktopEntryNamesBinaryAndIcon();
    void metainfoDescribesThisRelease();
    void metainfoNamesEveryScreenshot();
    void pngIconAtEachSize_data();
    void pngIconAtEachSize();
    void scalableIconIsSvg();
    void manualPageRendersWithoutWarnings();
    void manualPageDocumentsEveryCommand();
    void manualPageListsEveryExitCode();

private:
    QString installedPath(const QString &relative) const;
    QString renderedManualPage();
    QString helpText();

    QTemporaryDir m_root;
};

QString InstalledFilesTest::installedPath(const QString &relative) const
{
    return m_root.filePath(QStringLiteral("usr/") + relative);
}

void InstalledFilesTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_root.path());
    const QStringList arguments = {QStringLiteral("--install"), QStringLiteral(TBA_BUILD_DIR),
                                   QStringLiteral("--prefix"), QStringLiteral("/usr")};
    const ToolRun install = runTool(QStringLiteral(TBA_CMAKE_COMMAND), arguments, environment);
    QVERIFY2(install.succeeded(),
             install.describe(QStringLiteral(TBA_CMAKE_COMMAND), arguments).constData());
}

void InstalledFilesTest::desktopEntryPassesValidator()
{
    const QString path = installedPath(QStringLiteral("share/applications/%1.desktop").arg(appId));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const ToolRun validate = runTool(QStringLiteral("desktop-file-validate"), {path});
    QVERIFY2(validate.succeeded(),
             validate.describe(QStringLiteral("desktop-file-validate"), {path}).constData());
    // desktop-file-validate prints hints and warnings but exits with 0, so its output is checked.
    QVERIFY2(validate.out.trimmed().isEmpty(), validate.out.constData());
}

void InstalledFilesTest::metainfoPassesValidator()
{
    const QString path = installedPath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QStringList arguments = {QStringLiteral("validate"), QStringLiteral("--no-net"), path};
    const ToolRun validate = runTool(QStringLiteral("appstreamcli"), arguments);
    QVERIFY2(validate.succeeded(),
             validate.describe(QStringLiteral("appstreamcli"), arguments).constData());
    // It exits with 0 despite warnings ("W:") and infos ("I:"), so the output is checked too.
    QVERIFY2(validate.out.contains("Validation was successful"), validate.out.constData());
    QVERIFY2(!validate.out.contains("W: "), validate.out.constData());
    QVERIFY2(!validate.out.contains("I: "), validate.out.constData());
}

void InstalledFilesTest::desktopEntryNamesBinaryAndIcon()
{
    const QMap<QString, QString> entry =
        readDesktopEntry(installedPath(QStringLiteral("share/applications/%1.desktop").arg(appId)));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("netsuite-tba-wizard"));
    QVERIFY(QFile::exists(installedPath(QStringLiteral("bin/netsuite-tba-wizard"))));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
}

void InstalledFilesTest::metainfoDescribesThisRelease()
{
    QFile file(installedPath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    QString launchable;
    QString newestRelease;
    bool hasContentRating = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (xml.name() == QLatin1String("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
        else if (xml.name() == QLatin1String("content_rating"))
            hasContentRating = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QLatin1String(".desktop"));
    QCOMPARE(newestRelease, QStringLiteral(TBA_PROJECT_VERSION));
    QVERIFY(hasContentRating);
}

void InstalledFilesTest::metainfoNamesEveryScreenshot()
{
    QFile file(installedPath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList images;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("image"))
            images << xml.readElementText().section(QLatin1Char('/'), -1);
    }
    const QStringList expected = {
        QStringLiteral("01-account.png"),     QStringLiteral("02-features.png"),
        QStringLiteral("03-integration.png"), QStringLiteral("04-role.png"),
        QStringLiteral("05-token.png"),       QStringLiteral("06-result.png"),
    };
    QCOMPARE(images, expected);
}

void InstalledFilesTest::pngIconAtEachSize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::newRow(qPrintable(QStringLiteral("%1x%1").arg(size))) << size;
}

void InstalledFilesTest::pngIconAtEachSize()
{
    QFETCH(int, size);
    const QString path =
        installedPath(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // The tile's centre is opaque, so the SVG did render.
    QCOMPARE(image.pixelColor(size / 2, size / 2).alpha(), 255);
}

void InstalledFilesTest::scalableIconIsSvg()
{
    QFile file(
        installedPath(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId)));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QVERIFY(file.readAll().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

QString InstalledFilesTest::renderedManualPage()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QStringList arguments = {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                   installedPath(QStringLiteral("share/man/man1/"
                                                                "netsuite-tba-wizard.1.gz"))};
    const ToolRun man = runTool(QStringLiteral("man"), arguments, environment);
    if (!man.succeeded() || !man.err.isEmpty()) {
        qWarning().noquote() << man.describe(QStringLiteral("man"), arguments);
        return {};
    }
    return QString::fromUtf8(man.out);
}

QString InstalledFilesTest::helpText()
{
    const ToolRun help = runTool(QStringLiteral(TBA_APP_EXECUTABLE), {QStringLiteral("--help")});
    return help.succeeded() ? QString::fromUtf8(help.out) : QString();
}

void InstalledFilesTest::manualPageRendersWithoutWarnings()
{
    const QString page = renderedManualPage();
    QVERIFY(!page.isEmpty());
    QVERIFY(page.contains(QStringLiteral("netsuite-tba-wizard ") +
                          QStringLiteral(TBA_PROJECT_VERSION)));
}

void InstalledFilesTest::manualPageDocumentsEveryCommand()
{
    const QString page = renderedManualPage();
    QVERIFY(!page.isEmpty());
    const QString help = helpText();
    QVERIFY(!help.isEmpty());

    // The commands in --help are the indented lines between "Commands:" and the next blank line.
    const QString commandList =
        help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList commands;
    for (const QString &line : commandList.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        commands << line.simplified().section(QLatin1Char(' '), 0, 0);
    QVERIFY(commands.contains(QStringLiteral("sign")));

    // Each command is a tagged paragraph of the COMMANDS section, its name starting the tag line.
    const QString section = page.section(QStringLiteral("\nCOMMANDS\n"), 1)
                                .section(QStringLiteral("\nOPTIONS\n"), 0, 0);
    for (const QString &command : commands) {
        const QRegularExpression tag(
            QStringLiteral("^ {7}%1( |$)").arg(QRegularExpression::escape(command)),
            QRegularExpression::MultilineOption);
        QVERIFY2(tag.match(section).hasMatch(), qPrintable(command));
    }
}

void InstalledFilesTest::manualPageListsEveryExitCode()
{
    const QString page = renderedManualPage();
    QVERIFY(!page.isEmpty());
    const QString help = helpText();
    QVERIFY(!help.isEmpty());

    const QString exitStatus = manualSection(page, QStringLiteral("EXIT STATUS"));
    const QString helpTable = help.section(QStringLiteral("Exit status:\n"), 1);
    // A row is "  2  meaning" and the lines indented under it that continue the meaning.
    const QRegularExpression row(QStringLiteral("^  (\\d+)  (.+(?:\\n {5}\\S.*)*)$"),
                                 QRegularExpression::MultilineOption);
    int rows = 0;
    for (const QRegularExpressionMatch &match : row.globalMatch(helpTable)) {
        const QString expected =
            match.captured(1) + QLatin1Char(' ') + match.captured(2).simplified();
        QVERIFY2(exitStatus.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" is not in the manual page's EXIT STATUS: %2")
                                .arg(expected, exitStatus)));
        ++rows;
    }
    QCOMPARE(rows, 6);
}

QTEST_GUILESS_MAIN(InstalledFilesTest)
#include "tst_installedfiles.moc"
