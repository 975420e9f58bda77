#include "app/exitcodehelp.h"

#include <QCoreApplication>
#include <QStringList>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written ExitCodeHelp::tr() so
/// that lupdate records it under the same context that the lookup at run time uses.
class ExitCodeHelp
{
    Q_DECLARE_TR_FUNCTIONS(tba::ExitCodeHelp)
};

QString exitCodeMeaning(ExitCode code, bool checksConnection)
{
    switch (code) {
    case ExitOk:
        return checksConnection ? ExitCodeHelp::tr("success: connected, and every permission that "
                                                   "can be verified is present")
                                : ExitCodeHelp::tr("success");
    case ExitUsage:
        return checksConnection
                   ? ExitCodeHelp::tr("invalid usage or input, including an account ID that "
                                      "NetSuite's data-center lookup does not find")
                   : ExitCodeHelp::tr("invalid usage or input");
    case ExitAuthenticationRejected:
        return ExitCodeHelp::tr("NetSuite rejected the login: authentication failed (401), or the "
                                "role may not log in with access tokens or use REST web services "
                                "(403)");
    case ExitPermissionsMissing:
        return ExitCodeHelp::tr("connected, but the role lacks permissions");
    case ExitNetwork:
        return ExitCodeHelp::tr("network, TLS or timeout error, NetSuite's rate limit (429), or "
                                "another HTTP error that codes 2 and 3 do not cover, such as 400, "
                                "a 5xx or an answer that is not NetSuite's");
    case ExitSecretStore:
        return ExitCodeHelp::tr("secret store (keychain) error");
    }
    return QString();
}

/// Returns one row of the table: "  2  " and the meaning, whose words continue on lines indented
/// as far as the first one's. No line is longer than 79 characters, so the table fits an
/// 80-column terminal as QCommandLineParser's option list does. A longer word stays whole.
QString tableRow(ExitCode code, const QString &meaning)
{
    constexpr qsizetype maxLineLength = 79;
    QString line = QStringLiteral("  %1  ").arg(int(code));
    const QString indent(line.size(), QLatin1Char(' '));
    QStringList lines;
    for (const QString &word : meaning.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool lineHasWord = line.size() > indent.size();
        if (lineHasWord && line.size() + 1 + word.size() > maxLineLength) {
            lines << line;
            line = indent;
        } else if (lineHasWord) {
            line += QLatin1Char(' ');
        }
        line += word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString exitCodeHelp(const QList<ExitCode> &codes)
{
    const bool checksConnection = codes.contains(ExitAuthenticationRejected);
    QString text = ExitCodeHelp::tr("Exit status:\n");
    for (const ExitCode code : codes)
        text += tableRow(code, exitCodeMeaning(code, checksConnection));
    return text;
}

} // namespace tba
