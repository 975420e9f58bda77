#pragma once

#include "core/credentials.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

/// Runs tests/emulator/netsuite_emulator.py with Debian's /usr/bin/python3 for one test, and
/// reads what it saw. The emulator stops when this object is destroyed.
class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    /// Starts the emulator with `config` (see DEFAULTS in the script) and a certificate of
    /// `certificate` kind: ca, self-signed, expired or wrong-host. Returns false with `error` set
    /// when it did not come up within 20 seconds.
    bool start(const QJsonObject &config = {}, const QString &certificate = QStringLiteral("ca"),
               QString *error = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl otherUrl() const { return m_otherUrl; }
    QString caFile() const { return m_caFile; }
    QString account() const { return m_account; }
    tba::Credentials credentials() const { return m_credentials; }

    /// What the emulator saw so far: max_in_flight, requests, audit_trail, huge_body_bytes_sent.
    QJsonObject state() const;

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QUrl m_baseUrl;
    QUrl m_otherUrl;
    QString m_caFile;
    QString m_account;
    tba::Credentials m_credentials;
};

/// Returns a local port on which nothing listens (bound, then closed).
quint16 closedLocalPort();
