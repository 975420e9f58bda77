#include "app/commandline.h"

#include "app/checkcommand.h"
#include "app/exitcode.h"
#include "app/profilecommands.h"
#include "app/signcommand.h"
#include "app/transfercommands.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace tba {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("tba::CommandLine", text);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"sign",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Print the OAuth 1.0a Authorization header for a request."),
         runSignCommand},
        {"check",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Test a connection: lookup, clock, login and permissions."),
         runCheckCommand},
        {"list", QT_TRANSLATE_NOOP("tba::CommandLine", "List the saved connection profiles."),
         runListCommand},
        {"save",
         QT_TRANSLATE_NOOP("tba::CommandLine",
                           "Save a profile with the credentials from the environment."),
         runSaveCommand},
        {"export",
         QT_TRANSLATE_NOOP("tba::CommandLine", "Export a profile as json, env, ini or postman."),
         runExportCommand},
        {"import", QT_TRANSLATE_NOOP("tba::CommandLine", "Import a profile exported as json."),
         runImportCommand},
        {"rename", QT_TRANSLATE_NOOP("tba::CommandLine", "Rename a profile."), runRenameCommand},
        {"delete",
         QT_TRANSLATE_NOOP("tba::CommandLine", "Delete a profile and its keychain entries."),
         runDeleteCommand},
    };
    return list;
}

QString exitCodeHelp()
{
    return tr("Exit status:\n"
              "  0  success: connected, and every permission that can be verified is present\n"
              "  1  invalid usage or input\n"
              "  2  NetSuite rejected the authentication\n"
              "  3  connected, but the role lacks permissions\n"
              "  4  network, TLS, timeout or server error\n"
              "  5  secret store (keychain) error\n");
}

QString generalHelp()
{
    QString text = tr("Usage: %1 [COMMAND] [OPTIONS]\n\n"
                      "Without a command, opens the setup wizard window.\n\n"
                      "Commands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("tba::CommandLine", command.summary));
    }
    text += tr("\nRun \"%1 COMMAND --help\" for the options of a command.\n\n"
               "Options:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n\n")
                .arg(QCoreApplication::applicationName());
    text += exitCodeHelp();
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
                          const QStringList &arguments, int maxPositional)
{
    Console console;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + command);
    if (!parser.parse(withProgram)) {
        console.err() << parser.errorText() << '\n'
                      << tr("Run \"%1 %2 --help\" for its options.")
                             .arg(QCoreApplication::applicationName(), command)
                      << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        console.out() << parser.helpText() << '\n' << exitCodeHelp() << Qt::flush;
        return ExitOk;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        console.err() << tr("Unexpected argument \"%1\". Run \"%2 %3 --help\" for its options.")
                             .arg(parser.positionalArguments().value(maxPositional),
                                  QCoreApplication::applicationName(), command)
                      << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

int requireOptions(const QCommandLineParser &parser,
                   const QList<const QCommandLineOption *> &required, const QString &command)
{
    QStringList errors;
    for (const QCommandLineOption *option : required) {
        if (!parser.isSet(*option))
            errors << tr("Missing --%1.").arg(option->names().constFirst());
    }
    if (errors.isEmpty())
        return -1;
    Console().err() << errors.join(QLatin1Char(' ')) << ' '
                    << tr("Run \"%1 %2 --help\" for its options.")
                           .arg(QCoreApplication::applicationName(), command)
                    << Qt::endl;
    return ExitUsage;
}

int runCommandLine(const QStringList &arguments)
{
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
    for (const Command &command : commands()) {
        if (first == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    console.err() << tr("Unknown command \"%1\". Run \"%2 --help\" for the list of commands.")
                         .arg(first, QCoreApplication::applicationName())
                  << Qt::endl;
    return ExitUsage;
}

} // namespace tba
