#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace tba {

/// Returns true when `arguments` (argv without the program name) ask for the command line rather
/// than the window: a command name, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

/// Runs the command line and returns the process's exit code. Expects a QCoreApplication.
int runCommandLine(const QStringList &arguments);

/// Adds `rules` (lines in QT_LOGGING_RULES syntax) to the log filter rules of the command line,
/// which show only warnings and errors. QLoggingCategory::setFilterRules() replaces every earlier
/// rule, so commands add theirs here instead of calling it. QT_LOGGING_RULES still wins.
void addLogFilterRules(const QString &rules);

/// Standard output and error of the command line, shared by every command.
struct Console
{
    QTextStream &out();
    QTextStream &err();
};

/// Parses a command's arguments with `parser`, which the caller has filled with options.
/// Handles --help itself and rejects more than `maxPositional` positional arguments. Returns -1
/// when the command should go on, otherwise the exit code.
int parseCommandArguments(QCommandLineParser &parser, const QString &command,
                          const QStringList &arguments, int maxPositional = 0);

/// Like parseCommandArguments(), but stores a usage error in `usageError` instead of printing it,
/// for a command that reports errors in its own format. --help is still printed.
int parseCommandArguments(QCommandLineParser &parser, const QString &command,
                          const QStringList &arguments, int maxPositional, QString *usageError);

/// Prints one line naming every option of `required` that is missing. Returns -1 when all are
/// set, otherwise ExitUsage.
int requireOptions(const QCommandLineParser &parser,
                   const QList<const QCommandLineOption *> &required, const QString &command);

} // namespace tba
