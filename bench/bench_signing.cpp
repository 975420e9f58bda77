// Measures how many NetSuite requests the signer signs per second: a GET of a REST record URL
// with a query, Oracle's example credentials, a fresh random nonce and the current time for each
// request, as in real use. Prints one JSON object.
//
// Usage: bench_signing [SIGNATURES_PER_ROUND] [ROUNDS]

#include "core/requestsigner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int perRound = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;

    const tba::Credentials credentials = {
        QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"),
        QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5"),
        QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"),
        QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295"),
    };
    const tba::RequestSigner signer(credentials, QStringLiteral("1234567_SB1"));
    const QUrl url(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/"
                                  "record/v1/customer?limit=1"));

    std::vector<double> rates;
    qsizetype checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < perRound; ++i)
            checksum += signer.sign("GET", url).authorization.size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        rates.push_back(perRound / seconds);
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];

    const QJsonObject result{
        {QStringLiteral("implementation"), QStringLiteral("netsuite-tba-wizard")},
        {QStringLiteral("signatures_per_second"), median},
        {QStringLiteral("microseconds_per_signature"), 1e6 / median},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("signatures_per_round"), perRound},
        {QStringLiteral("checksum"), double(checksum)},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
