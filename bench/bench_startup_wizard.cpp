// Starts the setup wizard as the application does and quits once its first page is shown.
#include "quitwhenshown.h"
#include "ui/wizardsession.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netsuite-tba-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("netsuite-tba-wizard"));
    tba::WizardSession session;
    new QuitWhenShown(&session.wizard());
    session.wizard().show();
    return QApplication::exec();
}
