#include "core/secrets/secretservicelock.h"

#include "core/secrets/secretslogging.h"

#ifdef TBA_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace tba {

#ifdef TBA_HAVE_QTDBUS
namespace {

const QString service = QStringLiteral("org.freedesktop.secrets");

/// Sends `message` and calls `onReply` with the reply, or with nothing on error, from the event
/// loop.
void callAsync(QObject *context, const QDBusMessage &message, std::chrono::milliseconds timeout,
               std::function<void(const QDBusMessage *reply)> onReply)
{
    const QDBusPendingCall call =
        QDBusConnection::sessionBus().asyncCall(message, int(timeout.count()));
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, onReply](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         const QDBusMessage reply = watcher->reply();
                         onReply(reply.type() == QDBusMessage::ReplyMessage ? &reply : nullptr);
                     });
}

} // namespace
#endif

void probeDefaultCollectionLocked(QObject *context, std::chrono::milliseconds timeout,
                                  std::function<void(bool locked)> done)
{
#ifdef TBA_HAVE_QTDBUS
    if (!QDBusConnection::sessionBus().isConnected()) {
        QMetaObject::invokeMethod(
            context, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    const QDBusMessage readAlias = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    callAsync(context, QDBusMessage(readAlias) << QStringLiteral("default"), timeout,
              [context, timeout, done](const QDBusMessage *reply) {
                  const QString path =
                      reply ? qvariant_cast<QDBusObjectPath>(reply->arguments().value(0)).path()
                            : QString();
                  if (path.isEmpty() || path == QLatin1String("/")) {
                      done(false);
                      return;
                  }
                  QDBusMessage get = QDBusMessage::createMethodCall(
                      service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("Get"));
                  get << QStringLiteral("org.freedesktop.Secret.Collection")
                      << QStringLiteral("Locked");
                  callAsync(context, get, timeout, [done](const QDBusMessage *lockedReply) {
                      const bool locked = lockedReply && qvariant_cast<QDBusVariant>(
                                                             lockedReply->arguments().value(0))
                                                             .variant()
                                                             .toBool();
                      if (locked)
                          qCInfo(lcSecrets) << "the default Secret Service collection is locked";
                      done(locked);
                  });
              });
#else
    Q_UNUSED(timeout)
    QMetaObject::invokeMethod(
        context, [done] { done(false); }, Qt::QueuedConnection);
#endif
}

} // namespace tba
