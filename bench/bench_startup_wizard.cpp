// Starts the setup wizard as the application does and quits once its first page is shown. It
// repeats the window set-up of app/main.cpp, except loading the translation (about 0.1 ms).
#include "quitwhenshown.h"
#include "ui/applicationicon.h"
#include "ui/wizardsession.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netsuite-tba-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("netsuite-tba-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("NetSuite TBA Wizard"));
    QGuiApplication::setDesktopFileName(QStringLiteral(TBA_APP_ID));
    QApplication::setWindowIcon(tba::applicationIcon());
    tba::WizardSession session;
    new QuitWhenShown(&session.wizard());
    session.wizard().show();
    return QApplication::exec();
}
