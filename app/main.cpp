#include "app/commandline.h"
#include "ui/setupwizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

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
    tba::SetupWizard wizard;
    wizard.show();
    return QApplication::exec();
}
