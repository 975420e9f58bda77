#include "app/passphrase.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written Passphrase::tr() so that
/// lupdate records it under the same context that the lookup at run time uses.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(tba::Passphrase)
};

constexpr int terminatingSignals[] = {SIGINT, SIGTERM, SIGHUP};

// The terminal settings to restore when a signal ends the process while echo is off.
termios savedTerminal{};

/// Restores the terminal and ends the process the way the signal would have. It calls only
/// async-signal-safe functions: tcsetattr, write, sigaction and raise.
extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    const char newline = '\n';
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, &newline, 1);
    struct sigaction defaultAction
    {
    };
    defaultAction.sa_handler = SIG_DFL;
    sigemptyset(&defaultAction.sa_mask);
    sigaction(signalNumber, &defaultAction, nullptr);
    raise(signalNumber);
}

/// Switches echo off on the terminal on standard input until destroyed, and restores the
/// terminal's settings when Ctrl-C, a kill or a hang-up ends the process meanwhile.
class EchoOffGuard
{
public:
    explicit EchoOffGuard(const termios &saved)
    {
        savedTerminal = saved;
        struct sigaction action
        {
        };
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(terminatingSignals); ++i)
            sigaction(terminatingSignals[i], &action, &m_previous[i]);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }

    ~EchoOffGuard()
    {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        for (size_t i = 0; i < std::size(terminatingSignals); ++i)
            sigaction(terminatingSignals[i], &m_previous[i], nullptr);
    }

    EchoOffGuard(const EchoOffGuard &) = delete;
    EchoOffGuard &operator=(const EchoOffGuard &) = delete;

private:
    struct sigaction m_previous[std::size(terminatingSignals)] = {};
};

/// Reads one line from the terminal on standard input with echo switched off, restoring the
/// terminal's settings afterwards.
std::optional<QString> readWithoutEcho(const QString &prompt)
{
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    std::string line;
    bool ok = false;
    {
        // Echo goes off before the prompt appears, so no typed character can show.
        const EchoOffGuard echoOff(saved);
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        ok = bool(std::getline(std::cin, line));
    }
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
            const std::optional<QString> again =
                readWithoutEcho(Passphrase::tr("Repeat the passphrase: "));
            if (!again || *again != *passphrase) {
                *error = Passphrase::tr("The two passphrases differ. Run the command again.");
                return std::nullopt;
            }
        }
    } else if (qEnvironmentVariableIsSet("NETSUITE_TBA_PASSPHRASE")) {
        passphrase = qEnvironmentVariable("NETSUITE_TBA_PASSPHRASE");
    } else {
        *error =
            Passphrase::tr("A passphrase is needed but there is no terminal to ask for it. Set "
                           "NETSUITE_TBA_PASSPHRASE, or run the command in a terminal.");
        return std::nullopt;
    }
    if (!passphrase || passphrase->isEmpty()) {
        *error = Passphrase::tr("The passphrase is empty.");
        return std::nullopt;
    }
    return passphrase;
}

} // namespace tba
