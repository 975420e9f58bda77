// Measures the whole connection test against the NetSuite emulator with a delay on every
// response, and compares it in the same run with the slowest single probe sent alone. The
// permission audit runs its 8 probes at most 4 at a time, so it should take at most 3 probes'
// time. Prints one JSON object per round.
//
// Usage: bench_connectiontest [ROUNDS] [DELAY_MS]

#include "core/connection/connectiontest.h"
#include "core/connection/httpprobe.h"
#include "core/connection/permissionpresets.h"
#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace {

/// Sends one signed probe alone and returns its wall time in milliseconds.
qint64 timeSingleProbe(QNetworkAccessManager *manager, const tba::ConnectionSettings &settings,
                       const QUrl &url)
{
    auto signer =
        std::make_shared<const tba::RequestSigner>(settings.credentials, settings.accountInput);
    tba::ProbePolicy policy;
    policy.extraCaCertificates = settings.extraCaCertificates;
    tba::HttpProbe probe(manager, policy, signer);
    QEventLoop loop;
    QObject::connect(&probe, &tba::HttpProbe::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    probe.start({QByteArrayLiteral("GET"), url, {}, {}});
    loop.exec();
    if (!probe.outcome().isSuccess())
        std::fprintf(stderr, "probe failed: HTTP %d\n", probe.outcome().httpStatus);
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int rounds = arguments.size() > 1 ? arguments.at(1).toInt() : 3;
    const int delayMs = arguments.size() > 2 ? arguments.at(2).toInt() : 200;

    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({{QStringLiteral("delay_ms"), delayMs}}, QStringLiteral("ca"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    tba::ConnectionSettings settings;
    settings.accountInput = emulator.account();
    settings.credentials = emulator.credentials();
    settings.lookupBaseUrl = emulator.baseUrl();
    settings.extraCaCertificates =
        tba::CaFileLoader::load(emulator.caFile(), &error).value_or(QList<QSslCertificate>());

    QNetworkAccessManager manager;
    for (int round = 0; round < rounds; ++round) {
        const tba::ConnectionTestResult result =
            tba::ConnectionTest::runAndWait(&manager, settings);
        if (result.diagnosis.status != tba::ConnectionStatus::Connected) {
            std::fprintf(stderr, "not connected: %s\n", qPrintable(result.diagnosis.headline));
            return 1;
        }
        // Each probe alone, one after the other, on the same warm connection pool.
        qint64 slowestProbe = 0;
        for (const tba::PermissionRequirement &permission :
             tba::findIntegrationPreset(settings.presetId)->permissions) {
            if (permission.probe != tba::ProbeKind::RecordList)
                continue;
            QUrl url = emulator.baseUrl();
            url.setPath(QStringLiteral("/services/rest/") + tba::probePath(permission));
            url.setQuery(QStringLiteral("limit=1"));
            slowestProbe = qMax(slowestProbe, timeSingleProbe(&manager, settings, url));
        }
        const qint64 audit = result.step(tba::ConnectionStep::PermissionAudit).elapsedMs;
        const QJsonObject report{
            {QStringLiteral("delay_ms"), delayMs},
            {QStringLiteral("whole_test_ms"), result.elapsedMs},
            {QStringLiteral("permission_audit_ms"), audit},
            {QStringLiteral("slowest_single_probe_ms"), slowestProbe},
            {QStringLiteral("audit_over_probe"),
             double(audit) / double(qMax<qint64>(1, slowestProbe))},
            {QStringLiteral("whole_over_probe"),
             double(result.elapsedMs) / double(qMax<qint64>(1, slowestProbe))}};
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
