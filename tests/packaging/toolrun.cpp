#include "toolrun.h"

#include <QProcess>

namespace tba {

QByteArray ToolRun::describe(const QString &program, const QStringList &arguments) const
{
    QByteArray text = (program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))).toLocal8Bit();
    if (!failure.isEmpty())
        text += "\nfailed to run: " + failure.toLocal8Bit();
    else
        text += "\nexit code " + QByteArray::number(exitCode);
    text += "\nstandard output:\n" + out + "\nstandard error:\n" + err;
    return text;
}

ToolRun runTool(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment)
{
    ToolRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        run.failure = process.errorString();
        return run;
    }
    if (!process.waitForFinished(120000)) {
        run.failure = QStringLiteral("timed out after 120 s");
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        run.failure = QStringLiteral("crashed: ") + process.errorString();
    else
        run.exitCode = process.exitCode();
    return run;
}

} // namespace tba
