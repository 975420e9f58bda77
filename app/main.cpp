#include "app/commandline.h"
#include "ui/wizardsession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("netsuite-tba-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TBA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("netsuite-tba-wizard"));
}

QStringList argumentsWithoutProgram(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Loads the application's translation for the user's language, then Qt's own, so that the
// standard dialog buttons match. A missing translation leaves the English text.
void installTranslations(QCoreApplication &application)
{
    // The English file contains the plural forms of the English source text, so it is the fallback.
    auto *own = new QTranslator(&application);
    if (own->load(QLocale(), QStringLiteral("netsuite-tba-wizard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/netsuite-tba-wizard_en")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&application);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsWithoutProgram(argc, argv);
    if (tba::wantsCommandLine(arguments)) {
        QCoreApplication application(argc, argv);
        setApplicationNames();
        return tba::runCommandLine(arguments);
    }

    QApplication application(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QObject::tr("NetSuite TBA Wizard"));
    // The desktop file name lets Wayland compositors match the window to the installed desktop
    // entry. The icon comes from the hicolor theme, so it is empty when run from the build folder.
    QGuiApplication::setDesktopFileName(QStringLiteral(TBA_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TBA_APP_ID)));
    installTranslations(application);
    tba::WizardSession session;
    session.wizard().show();
    return QApplication::exec();
}
