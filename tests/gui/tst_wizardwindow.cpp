#include "ui/setupwizard.h"

#include <QApplication>
#include <QtTest>

class WizardWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void opensAWindow();
    void cleanup();
};

void WizardWindowTest::opensAWindow()
{
    tba::SetupWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.windowTitle().isEmpty());
}

void WizardWindowTest::cleanup()
{
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

QTEST_MAIN(WizardWindowTest)
#include "tst_wizardwindow.moc"
