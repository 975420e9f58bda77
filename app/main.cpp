#include "app/commandline.h"
#include "ui/applicationicon.h"
#include "ui/wizardsession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
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

/// Returns false on Linux when no display is set and no Qt platform plugin is chosen. Without
/// this check, QApplication aborts with a message about reinstalling the application.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsWithoutProgram(argc, argv);
    if (tba::wantsCommandLine(arguments)) {
        QCoreApplication application(argc, argv);
        setApplicationNames();
        // Also for the command line, whose counts need the plural forms.
        installTranslations(application);
        return tba::runCommandLine(arguments);
    }
    if (!displayAvailable()) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "tba::Main",
                       "netsuite-tba-wizard: no display found to open the wizard window "
                       "(DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, "
                       "or run a command instead, such as \"netsuite-tba-wizard --help\".\n")),
                   stderr);
        return 1;
    }

    QApplication application(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QObject::tr("NetSuite TBA Wizard"));
    // The desktop file name lets Wayland compositors match the window to the installed desktop
    // entry, whose icon comes from the hicolor theme. X11 window managers show the window icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(TBA_APP_ID));
    QApplication::setWindowIcon(tba::applicationIcon());
    installTranslations(application);
    tba::WizardSession session;
    session.wizard().show();
    return QApplication::exec();
}
