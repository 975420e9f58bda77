#include "app/passphrase.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tba {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tba::Passphrase", text);
}

/// Reads one line from the terminal on standard input with echo switched off, restoring the
/// terminal's settings afterwards.
std::optional<QString> readWithoutEcho(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (!ok)
        return std::nullopt;
    QString passphrase = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return passphrase;
}

} // namespace

std::optional<QString> readPassphrase(const QString &prompt, bool confirm, QString *error)
{
    std::optional<QString> passphrase;
    if (isatty(STDIN_FILENO)) {
        passphrase = readWithoutEcho(prompt);
        if (passphrase && confirm) {
            const std::optional<QString> again = readWithoutEcho(tr("Repeat the passphrase: "));
            if (!again || *again != *passphrase) {
                *error = tr("The two passphrases differ. Run the command again.");
                return std::nullopt;
            }
        }
    } else if (qEnvironmentVariableIsSet("NETSUITE_TBA_PASSPHRASE")) {
        passphrase = qEnvironmentVariable("NETSUITE_TBA_PASSPHRASE");
    } else {
        *error = tr("A passphrase is needed but there is no terminal to ask for it. Set "
                    "NETSUITE_TBA_PASSPHRASE, or run the command in a terminal.");
        return std::nullopt;
    }
    if (!passphrase || passphrase->isEmpty()) {
        *error = tr("The passphrase is empty.");
        return std::nullopt;
    }
    return passphrase;
}

} // namespace tba
