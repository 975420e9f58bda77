// Starts the real executable without a display and checks that it explains the problem instead
// of letting Qt abort.

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class StartupTest : public QObject
{
    Q_OBJECT

private slots:
    void withoutDisplayExplainsAndExits();
};

void StartupTest::withoutDisplayExplainsAndExits()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TBA_APP_EXECUTABLE), QStringList());
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("no display found")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("--help")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Reinstalling")), qPrintable(err));
}

QTEST_GUILESS_MAIN(StartupTest)
#include "tst_startup.moc"
