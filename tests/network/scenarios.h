#pragma once

// The end-to-end scenarios both network tests run: through the core API (tst_connectiontest) and
// through the `check` command (tst_checkcommand). One row per diagnosis that the connection test can reach.

#include "core/connection/diagnosis.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct Scenario
{
    enum class Target
    {
        Lookup,      ///< --lookup-url at the emulator: the lookup gives the REST domain
        BaseUrl,     ///< --base-url at the emulator: no lookup
        UnknownHost, ///< --base-url at a name that does not resolve
        ClosedPort,  ///< --base-url at a local port where nothing listens
    };

    QString name;
    QJsonObject config; ///< the emulator's settings
    QString certificate = QStringLiteral("ca");
    bool trustCa = true; ///< pass the emulator's CA file
    Target target = Target::Lookup;
    int timeoutMs = 20000;
    bool wrongTokenSecret = false;
    QString proxy; ///< https_proxy for the check command; "closed"

    tba::ConnectionStatus status = tba::ConnectionStatus::Connected;
    tba::ConnectionStep failedStep = tba::ConnectionStep::LocalChecks;
    QString firstCause; ///< id of the top-ranked cause; empty for none
    int exitCode = 0;
};

QList<Scenario> endToEndScenarios();

/// Returns true when resolving `scenario`'s host could send a DNS query to the machine's resolver.
/// Such a scenario runs only inside scripts/test-session.sh, which points the resolver at
/// 127.0.0.1 in a private mount namespace and sets TBA_DNS_ISOLATED=1, so no query leaves the
/// machine.
bool needsDnsIsolation(const Scenario &scenario);

/// Skips the current test when `scenario` needs DNS isolation and the session does not provide it.
#define SKIP_WITHOUT_DNS_ISOLATION(scenario)                                                       \
    do {                                                                                           \
        if (needsDnsIsolation(scenario) && qgetenv("TBA_DNS_ISOLATED") != "1")                     \
            QSKIP("Resolving an unknown host needs the DNS isolation of scripts/test-session.sh"); \
    } while (false)
