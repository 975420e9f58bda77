#include "app/commandline.h"

#include "app/checkcommand.h"
#include "app/exitcode.h"
#include "app/exitcodehelp.h"
#include "app/profilecommands.h"
#include "app/signcommand.h"
#include "app/storesession.h"
#include "app/transfercommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <functional>

namespace tba {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
    /// The exit codes the command can return, listed in its help.
    QList<ExitCode> exitCodes;
};

const QList<ExitCode> profileExitCodes = {ExitOk, ExitUsage, ExitSecretStore};

/// The translation context of this file's messages. Each call is written CommandLine::tr() so that
/// lupdate records it under the same context that the lookup at run time uses.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tba::CommandLine)
};

/// The log filter rules set so far; the first ones hide Debug and Info lines.
QString &logFilterRules()
{
    static QString rules = QStringLiteral("*.debug=false\n*.info=false");
    return rules;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"sign",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Print the OAuth 1.0a Authorization header for a request."),
         runSignCommand,
         {ExitOk, ExitUsage}},
        {"check",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Test a connection: lookup, clock, login and permissions."),
         runCheckCommand,
         {ExitOk, ExitUsage, ExitAuthenticationRejected, ExitPermissionsMissing, ExitNetwork,
          ExitSecretStore}},
        {"list",
         QT_TRANSLATE_NOOP("tba::CommandLine", "List the saved connection profiles."),
         runListCommand,
         {ExitOk, ExitUsage}},
        {"save",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Save a profile with the credentials from the environment."),
         runSaveCommand, profileExitCodes},
        {"export",
         QT_TRANSLATE_NOOP("tba::CommandLine", "Export a profile as json, env, ini or postman."),
         runExportCommand, profileExitCodes},
        {"import", QT_TRANSLATE_NOOP("tba::CommandLine", "Import a profile exported as json."),
         runImportCommand, profileExitCodes},
        {"rename", QT_TRANSLATE_NOOP("tba::CommandLine", "Rename a profile."), runRenameCommand,
         profileExitCodes},
        {"delete",
         QT_TRANSLATE_NOOP("tba::CommandLine", "Delete a profile and its keychain entries."),
         runDeleteCommand, profileExitCodes},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

/// Returns the parser's help with the usage line naming the program and the command, because
/// QCommandLineParser names only the path the program was started by.
QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString startedAs = QCoreApplication::arguments().value(0);
    const qsizetype programAt = startedAs.isEmpty() ? -1 : text.indexOf(startedAs);
    if (programAt >= 0 && programAt < lineEnd) {
        text.replace(programAt, startedAs.size(),
                     QCoreApplication::applicationName() + QLatin1Char(' ') + command);
    }
    const Command *entry = findCommand(command);
    return text + QLatin1Char('\n') + exitCodeHelp(entry ? entry->exitCodes : QList<ExitCode>());
}

QString generalHelp()
{
    QString text = CommandLine::tr("Usage: %1 [COMMAND] [OPTIONS]\n\n"
                                   "Without a command, opens the setup wizard window.\n\n"
                                   "Commands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         CommandLine::tr(command.summary));
    }
    text += CommandLine::tr("\nRun \"%1 COMMAND --help\" for the options of a command.\n\n"
                            "Options:\n"
                            "  -h, --help     Show this help.\n"
                            "  -v, --version  Show the version.\n\n")
                .arg(QCoreApplication::applicationName());
    text += exitCodeHelp({ExitOk, ExitUsage, ExitAuthenticationRejected, ExitPermissionsMissing,
                          ExitNetwork, ExitSecretStore});
    return text;
}

} // namespace

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool wantsCommandLine(const QStringList &arguments)
{
    return !arguments.isEmpty();
}

int parseCommandArguments(QCommandLineParser &parser, const QString &command,
                          const QStringList &arguments, int maxPositional, QString *usageError)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CommandLine::tr("Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + command);
    const QString helpHint = CommandLine::tr("Run \"%1 %2 --help\" for its options.")
                                 .arg(QCoreApplication::applicationName(), command);
    if (!parser.parse(withProgram)) {
        *usageError = parser.errorText() + QLatin1Char(' ') + helpHint;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        Console().out() << commandHelpText(parser, command) << Qt::flush;
        return ExitOk;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        *usageError = CommandLine::tr("Unexpected argument \"%1\".")
                          .arg(parser.positionalArguments().value(maxPositional)) +
                      QLatin1Char(' ') + helpHint;
        return ExitUsage;
    }
    return -1;
}

int parseCommandArguments(QCommandLineParser &parser, const QString &command,
                          const QStringList &arguments, int maxPositional)
{
    QString usageError;
    const int code = parseCommandArguments(parser, command, arguments, maxPositional, &usageError);
    if (!usageError.isEmpty())
        Console().err() << usageError << Qt::endl;
    return code;
}

int requireOptions(const QCommandLineParser &parser,
                   const QList<const QCommandLineOption *> &required, const QString &command)
{
    QStringList errors;
    for (const QCommandLineOption *option : required) {
        if (!parser.isSet(*option))
            errors << CommandLine::tr("Missing --%1.").arg(option->names().constFirst());
    }
    if (errors.isEmpty())
        return -1;
    Console().err() << errors.join(QLatin1Char(' ')) << ' '
                    << CommandLine::tr("Run \"%1 %2 --help\" for its options.")
                           .arg(QCoreApplication::applicationName(), command)
                    << Qt::endl;
    return ExitUsage;
}

void addLogFilterRules(const QString &rules)
{
    logFilterRules() += QLatin1Char('\n') + rules;
    QLoggingCategory::setFilterRules(logFilterRules());
}

int runCommandLine(const QStringList &arguments)
{
    // The command line prints its own results, so it shows log lines only for warnings and
    // errors. QT_LOGGING_RULES is applied after these rules and can ask for more.
    QLoggingCategory::setFilterRules(logFilterRules());
    Console console;
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        console.out() << generalHelp() << Qt::flush;
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out() << QCoreApplication::applicationName() << ' '
                      << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (const Command *command = findCommand(first)) {
        // Every command that can fail with a keychain error uses the keychain timeout.
        QString error;
        if (command->exitCodes.contains(ExitSecretStore) &&
            !keychainTimeoutFromEnvironment(&error)) {
            console.err() << error << Qt::endl;
            return ExitUsage;
        }
        return command->run(arguments.mid(1));
    }
    console.err() << CommandLine::tr(
                         "Unknown command \"%1\". Run \"%2 --help\" for the list of commands.")
                         .arg(first, QCoreApplication::applicationName())
                  << Qt::endl;
    return ExitUsage;
}

} // namespace tba
