#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool EmulatorProcess::start(const QJsonObject &config, const QString &certificate, QString *error)
{
    QString failure;
    const QString script = QStringLiteral(TBA_EMULATOR_SCRIPT);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {script, QStringLiteral("--ready-json"), QStringLiteral("--certificate"),
                     certificate, QStringLiteral("--state-file"),
                     m_dir.filePath(QStringLiteral("state.json")), QStringLiteral("--config"),
                     QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))});
    QByteArray line;
    QDeadlineTimer deadline(20000);
    while (!line.contains('\n') && !deadline.hasExpired() &&
           m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        line += m_process.readAllStandardOutput();
    }
    const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
    if (ready.isEmpty()) {
        failure = QStringLiteral("The emulator did not start: ") + QString::fromUtf8(line);
        if (error)
            *error = failure;
        return false;
    }
    m_baseUrl = QUrl(ready.value(QLatin1String("base_url")).toString());
    m_otherUrl = QUrl(ready.value(QLatin1String("other_url")).toString());
    m_caFile = ready.value(QLatin1String("ca_file")).toString();
    m_account = ready.value(QLatin1String("account")).toString();
    const QJsonObject credentials = ready.value(QLatin1String("credentials")).toObject();
    m_credentials.consumerKey = credentials.value(QLatin1String("consumer_key")).toString();
    m_credentials.consumerSecret = credentials.value(QLatin1String("consumer_secret")).toString();
    m_credentials.tokenId = credentials.value(QLatin1String("token_id")).toString();
    m_credentials.tokenSecret = credentials.value(QLatin1String("token_secret")).toString();
    return true;
}

QJsonObject EmulatorProcess::state() const
{
    QFile file(m_dir.filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

quint16 closedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
