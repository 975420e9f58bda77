// Owns org.freedesktop.secrets on the session bus and never answers a call, like a Secret Service
// that waits for an unlock prompt no one can see. The keychain tests use it to reach the timeout.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>

#include <cstdio>

namespace {

class SilentObject : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return QString(); }

    // Claims every message and sends no reply, so each caller waits until its own timeout.
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentObject object;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "hangingsecretservice: cannot register on the session bus\n");
        return 1;
    }
    return QCoreApplication::exec();
}
