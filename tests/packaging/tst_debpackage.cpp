// Builds the .deb with CPack from the build folder and extracts it with "dpkg -x" into a throwaway
// root. Then it checks the package as a user's system would see it: the control fields and
// dependencies, the libraries resolved with ldd, the installed binary's --version and --help, an
// installation with dpkg into a fresh root, and lintian.

#include "toolrun.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using tba::runTool;
using tba::ToolRun;

namespace {

const QString appId = QStringLiteral(TBA_APP_ID);

/// Returns the package names of a Depends or Recommends field, without versions, architecture
/// qualifiers or the grouping of alternatives.
QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QString &alternatives : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const QString &relation : alternatives.split(QLatin1Char('|'))) {
            const QString name = relation.trimmed().section(QLatin1Char(' '), 0, 0);
            names << name.section(QLatin1Char(':'), 0, 0);
        }
    }
    return names;
}

/// Returns the package that owns a library file, asking dpkg under each name the file has on a
/// merged-/usr system, or an empty string.
QString owningPackage(const QString &libraryPath)
{
    QStringList candidates = {libraryPath, QFileInfo(libraryPath).canonicalFilePath()};
    for (const QString &path : QStringList(candidates)) {
        if (path.startsWith(QLatin1String("/usr/")))
            candidates << path.mid(4);
    }
    for (const QString &path : candidates) {
        const ToolRun query = runTool(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), path});
        if (query.succeeded())
            return QString::fromUtf8(query.out).section(QLatin1Char(':'), 0, 0).trimmed();
    }
    return {};
}

} // namespace

class DebPackageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlNamesPackageAndVersion();
    void controlDescribesPackage();
    void dependsListsRuntimeLibraries();
    void recommendsGnomeKeyring();
    void dependsCoversEveryNeededLibrary();
    void installedBinaryHasNoRunpath();
    void dependenciesSatisfiedOnThisSystem();
    void lddResolvesEveryLibrary();
    void installedBinaryPrintsVersion();
    void installedBinaryPrintsHelp();
    void packageContainsFile_data();
    void packageContainsFile();
    void dpkgInstallsIntoFreshRoot();
    void lintianReportsNoErrors();

private:
    QString controlField(const QString &name) const;
    QString installedBinary() const;
    QString dynamicSection(QByteArray *failure) const;
    QMap<QString, QString> lddLibraries(QByteArray *failure) const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

void DebPackageTest::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString output = m_work.filePath(QStringLiteral("cpack"));
    const QStringList cpackArguments = {
        QStringLiteral("--config"), QStringLiteral(TBA_BUILD_DIR "/CPackConfig.cmake"),
        QStringLiteral("-G"),       QStringLiteral("DEB"),
        QStringLiteral("-B"),       output};
    const ToolRun cpack = runTool(QStringLiteral(TBA_CPACK_COMMAND), cpackArguments);
    QVERIFY2(cpack.succeeded(),
             cpack.describe(QStringLiteral(TBA_CPACK_COMMAND), cpackArguments).constData());

    const QStringList debs = QDir(output).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(output).filePath(debs.constFirst());

    m_root = m_work.filePath(QStringLiteral("root"));
    const ToolRun extract = runTool(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.succeeded(),
             extract.describe(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root})
                 .constData());
}

QString DebPackageTest::controlField(const QString &name) const
{
    const ToolRun field = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name});
    return field.succeeded() ? QString::fromUtf8(field.out).trimmed() : QString();
}

QString DebPackageTest::installedBinary() const
{
    return m_root + QStringLiteral("/usr/bin/netsuite-tba-wizard");
}

void DebPackageTest::controlNamesPackageAndVersion()
{
    QCOMPARE(controlField(QStringLiteral("Package")), QStringLiteral("netsuite-tba-wizard"));
    QCOMPARE(controlField(QStringLiteral("Version")), QStringLiteral(TBA_PROJECT_VERSION));
    const ToolRun architecture =
        runTool(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QVERIFY(architecture.succeeded());
    QCOMPARE(controlField(QStringLiteral("Architecture")),
             QString::fromUtf8(architecture.out).trimmed());
    QCOMPARE(QFileInfo(m_deb).fileName(), QStringLiteral("netsuite-tba-wizard_%1_%2.deb")
                                              .arg(QStringLiteral(TBA_PROJECT_VERSION),
                                                   QString::fromUtf8(architecture.out).trimmed()));
}

void DebPackageTest::controlDescribesPackage()
{
    QVERIFY(controlField(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
    QCOMPARE(controlField(QStringLiteral("Section")), QStringLiteral("utils"));
    QCOMPARE(controlField(QStringLiteral("Priority")), QStringLiteral("optional"));
    const QStringList description =
        controlField(QStringLiteral("Description")).split(QLatin1Char('\n'));
    QVERIFY2(description.size() > 2, qPrintable(description.join(QLatin1Char('\n'))));
    QVERIFY(description.constFirst().contains(QLatin1String("Token-Based Authentication")));
}

void DebPackageTest::dependsListsRuntimeLibraries()
{
    const QStringList depends = packageNames(controlField(QStringLiteral("Depends")));
    // libsecret is listed by hand because qtkeychain opens it with dlopen. The others come from
    // dpkg-shlibdeps, so their presence shows that shlibdeps ran.
    for (const char *package : {"libsecret-1-0", "libc6", "libqt6core6", "libqt6widgets6"})
        QVERIFY2(depends.contains(QLatin1String(package)), package);
}

void DebPackageTest::recommendsGnomeKeyring()
{
    QCOMPARE(controlField(QStringLiteral("Recommends")), QStringLiteral("gnome-keyring"));
}

QMap<QString, QString> DebPackageTest::lddLibraries(QByteArray *failure) const
{
    QMap<QString, QString> libraries;
    const ToolRun ldd = runTool(QStringLiteral("ldd"), {installedBinary()});
    if (!ldd.succeeded()) {
        *failure = ldd.describe(QStringLiteral("ldd"), {installedBinary()});
        return libraries;
    }
    // Lines look like "libQt6Core.so.6 => /lib/x86_64-linux-gnu/libQt6Core.so.6 (0x...)" or
    // "libfoo.so.1 => not found". The dynamic loader has its path alone:
    // "/lib64/ld-linux-x86-64.so.2 (0x...)", and the kernel's vDSO has no file.
    const QRegularExpression mapped(QStringLiteral("^\\s*(\\S+) => (.+?)(?: \\(0x[0-9a-f]+\\))?$"),
                                    QRegularExpression::MultilineOption);
    const QRegularExpression loader(QStringLiteral("^\\s*(/\\S+) \\(0x[0-9a-f]+\\)$"),
                                    QRegularExpression::MultilineOption);
    const QString output = QString::fromUtf8(ldd.out);
    for (const QRegularExpressionMatch &match : mapped.globalMatch(output))
        libraries.insert(match.captured(1), match.captured(2));
    for (const QRegularExpressionMatch &match : loader.globalMatch(output))
        libraries.insert(QFileInfo(match.captured(1)).fileName(), match.captured(1));
    return libraries;
}

void DebPackageTest::lddResolvesEveryLibrary()
{
    QByteArray failure;
    const QMap<QString, QString> libraries = lddLibraries(&failure);
    QVERIFY2(failure.isEmpty(), failure.constData());
    QVERIFY(libraries.contains(QStringLiteral("libQt6Core.so.6")));
    for (auto it = libraries.cbegin(); it != libraries.cend(); ++it)
        QVERIFY2(QFileInfo::exists(it.value()),
                 qPrintable(it.key() + QLatin1String(" => ") + it.value()));
}

QString DebPackageTest::dynamicSection(QByteArray *failure) const
{
    const QStringList arguments = {QStringLiteral("-p"), installedBinary()};
    const ToolRun objdump = runTool(QStringLiteral("objdump"), arguments);
    if (!objdump.succeeded())
        *failure = objdump.describe(QStringLiteral("objdump"), arguments);
    return QString::fromUtf8(objdump.out);
}

void DebPackageTest::dependsCoversEveryNeededLibrary()
{
    QByteArray failure;
    const QString headers = dynamicSection(&failure);
    QVERIFY2(failure.isEmpty(), failure.constData());
    const QRegularExpression neededLine(QStringLiteral("^\\s*NEEDED\\s+(\\S+)$"),
                                        QRegularExpression::MultilineOption);
    QStringList needed;
    for (const QRegularExpressionMatch &match : neededLine.globalMatch(headers))
        needed << match.captured(1);
    QVERIFY(needed.contains(QStringLiteral("libQt6Core.so.6")));

    const QMap<QString, QString> libraries = lddLibraries(&failure);
    QVERIFY2(failure.isEmpty(), failure.constData());
    const QStringList depends = packageNames(controlField(QStringLiteral("Depends")));
    for (const QString &soname : needed) {
        const QString package = owningPackage(libraries.value(soname));
        QVERIFY2(!package.isEmpty(), qPrintable(soname + QLatin1String(" belongs to no package")));
        QVERIFY2(depends.contains(package),
                 qPrintable(QStringLiteral("%1 comes from %2, which Depends lacks: %3")
                                .arg(soname, package, depends.join(QLatin1String(", ")))));
    }
}

void DebPackageTest::installedBinaryHasNoRunpath()
{
    // Everything it links comes from the system's library folders, so it needs no search path.
    // qt_standard_project_setup adds $ORIGIN ones, which lintian does not report.
    QByteArray failure;
    const QString headers = dynamicSection(&failure);
    QVERIFY2(failure.isEmpty(), failure.constData());
    QVERIFY(headers.contains(QLatin1String("NEEDED")));
    QVERIFY2(!headers.contains(QLatin1String("RUNPATH")), qPrintable(headers));
    QVERIFY2(!headers.contains(QLatin1String("RPATH")), qPrintable(headers));
}

void DebPackageTest::dependenciesSatisfiedOnThisSystem()
{
    // Each relation is "name" or "name (op version)". None of ours has alternatives ("a | b"), so
    // the pattern rejects them.
    const QString depends = controlField(QStringLiteral("Depends"));
    QVERIFY(!depends.isEmpty());
    const QRegularExpression relation(
        QStringLiteral("^([a-z0-9][a-z0-9+.-]+)(?::\\S+)?(?: \\((<<|<=|=|>=|>>) ([^)]+)\\))?$"));
    for (const QString &entry : depends.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = relation.match(entry.trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(entry));
        const QString package = match.captured(1);
        const ToolRun installed =
            runTool(QStringLiteral("dpkg-query"),
                    {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), package});
        QVERIFY2(installed.succeeded() && !installed.out.isEmpty(),
                 qPrintable(package + QLatin1String(" is not installed")));
        if (match.captured(2).isEmpty())
            continue;
        static const QMap<QString, QString> operators = {
            {QStringLiteral("<<"), QStringLiteral("lt")},
            {QStringLiteral("<="), QStringLiteral("le")},
            {QStringLiteral("="), QStringLiteral("eq")},
            {QStringLiteral(">="), QStringLiteral("ge")},
            {QStringLiteral(">>"), QStringLiteral("gt")},
        };
        const QStringList compare = {QStringLiteral("--compare-versions"),
                                     QString::fromUtf8(installed.out).trimmed(),
                                     operators.value(match.captured(2)), match.captured(3)};
        QVERIFY2(runTool(QStringLiteral("dpkg"), compare).succeeded(),
                 qPrintable(package + QLatin1String(" is installed at ") + compare.value(1) +
                            QLatin1String(", but the package needs ") + entry.trimmed()));
    }
}

void DebPackageTest::installedBinaryPrintsVersion()
{
    const ToolRun version = runTool(installedBinary(), {QStringLiteral("--version")});
    QVERIFY2(version.succeeded(),
             version.describe(installedBinary(), {QStringLiteral("--version")}).constData());
    QCOMPARE(version.out, QByteArray("netsuite-tba-wizard " TBA_PROJECT_VERSION "\n"));
}

void DebPackageTest::installedBinaryPrintsHelp()
{
    const ToolRun help = runTool(installedBinary(), {QStringLiteral("--help")});
    QVERIFY2(help.succeeded(),
             help.describe(installedBinary(), {QStringLiteral("--help")}).constData());
    QVERIFY(help.out.startsWith("Usage: netsuite-tba-wizard [COMMAND] [OPTIONS]"));
    QVERIFY(help.out.contains("\nCommands:\n  sign "));
    QVERIFY(help.out.contains("\nExit status:\n"));
}

void DebPackageTest::packageContainsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("desktop entry")
        << QStringLiteral("usr/share/applications/%1.desktop").arg(appId);
    QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::newRow("scalable icon")
        << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
    QTest::newRow("48 pixel icon")
        << QStringLiteral("usr/share/icons/hicolor/48x48/apps/%1.png").arg(appId);
    QTest::newRow("manual page") << QStringLiteral("usr/share/man/man1/netsuite-tba-wizard.1.gz");
    QTest::newRow("copyright") << QStringLiteral("usr/share/doc/netsuite-tba-wizard/copyright");
    QTest::newRow("changelog") << QStringLiteral("usr/share/doc/netsuite-tba-wizard/changelog.gz");
}

void DebPackageTest::packageContainsFile()
{
    QFETCH(QString, path);
    const QFileInfo file(m_root + QLatin1Char('/') + path);
    QVERIFY2(file.isFile(), qPrintable(file.filePath()));
    QVERIFY(file.size() > 0);
}

void DebPackageTest::dpkgInstallsIntoFreshRoot()
{
    // A root with an empty dpkg database. Its dependencies are not in that root, so they are
    // forced, and dependenciesSatisfiedOnThisSystem checks them against this system instead.
    const QString root = m_work.filePath(QStringLiteral("dpkg-root"));
    QVERIFY(QDir().mkpath(root + QLatin1String("/var/lib/dpkg/info")));
    QVERIFY(QDir().mkpath(root + QLatin1String("/var/lib/dpkg/updates")));
    QFile status(root + QLatin1String("/var/lib/dpkg/status"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.close();

    const QString rootOption = QLatin1String("--root=") + root;
    const QStringList install = {rootOption, QStringLiteral("--force-depends"),
                                 QStringLiteral("--force-not-root"), QStringLiteral("-i"), m_deb};
    const ToolRun dpkg = runTool(QStringLiteral("dpkg"), install);
    QVERIFY2(dpkg.succeeded(), dpkg.describe(QStringLiteral("dpkg"), install).constData());

    const ToolRun state = runTool(QStringLiteral("dpkg-query"),
                                  {rootOption, QStringLiteral("-W"), QStringLiteral("-f=${Status}"),
                                   QStringLiteral("netsuite-tba-wizard")});
    QCOMPARE(state.out, QByteArray("install ok installed"));
    QVERIFY(QFileInfo(root + QLatin1String("/usr/bin/netsuite-tba-wizard")).isExecutable());
}

void DebPackageTest::lintianReportsNoErrors()
{
    const QStringList arguments = {QStringLiteral("--no-cfg"), QStringLiteral("--fail-on"),
                                   QStringLiteral("error"), m_deb};
    const ToolRun lintian = runTool(QStringLiteral("lintian"), arguments);
    QVERIFY2(lintian.succeeded(),
             lintian.describe(QStringLiteral("lintian"), arguments).constData());
    QVERIFY2(!lintian.out.contains("E: "), lintian.out.constData());
}

QTEST_GUILESS_MAIN(DebPackageTest)
#include "tst_debpackage.moc"
