#pragma once

// The end-to-end scenarios both network tests run: through the core API (tst_connectiontest) and
// through the `check` command (tst_checkcommand). One row per diagnosis of issue 3.

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
