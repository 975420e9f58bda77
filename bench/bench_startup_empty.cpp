// The baseline of the start-up benchmark: a minimal Qt program that shows an empty QWizard.
#include "quitwhenshown.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    new QuitWhenShown(&wizard);
    wizard.show();
    return QApplication::exec();
}
