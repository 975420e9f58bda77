#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tba {

/// Result of running an external program to completion.
struct ToolRun
{
    int exitCode = -1; ///< the exit code; -1 when it did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QString failure; ///< why it did not run to completion, empty when it did

    bool succeeded() const { return failure.isEmpty() && exitCode == 0; }
    /// The command, its exit code and both outputs, for a failure message.
    QByteArray describe(const QString &program, const QStringList &arguments) const;
};

/// Runs `program` with `arguments`, waiting at most 120 seconds. The environment is the test's own
/// unless `environment` is given.
ToolRun runTool(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace tba
