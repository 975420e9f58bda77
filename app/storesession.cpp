#include "app/storesession.h"

#include "app/exitcode.h"

#include <QCoreApplication>

#include <chrono>

namespace tba {
namespace {

/// Starts an operation with a callback that stores its result, and runs an event loop until the
/// callback has run. Every ConnectionStore operation calls back later, never inside the call, so
/// the loop always receives the quit.
template <typename Start>
ConnectionResult waitFor(Start start)
{
    QEventLoop loop;
    ConnectionResult result;
    start([&](const ConnectionResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

std::optional<std::chrono::milliseconds> keychainTimeoutFromEnvironment(QString *error)
{
    const QByteArray text = qgetenv(keychainTimeoutVariable);
    if (text.isEmpty())
        return KeychainSecretStore::defaultTimeout;
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > maxKeychainTimeoutMs) {
        *error = QCoreApplication::translate("tba::StoreSession",
                                             "Invalid %1 \"%2\": use a whole number of "
                                             "milliseconds from 1 to %3, or unset it for the "
                                             "default of %4.")
                     .arg(QLatin1String(keychainTimeoutVariable), QString::fromLocal8Bit(text))
                     .arg(maxKeychainTimeoutMs)
                     .arg(KeychainSecretStore::defaultTimeout.count());
        return std::nullopt;
    }
    return std::chrono::milliseconds(value);
}

StoreSession::StoreSession()
    : m_profiles(ProfileStore::defaultDirectory()), m_connections(m_profiles, m_secrets)
{
    // The command line checks the variable before any command runs, so this falls back to the
    // default only where no command line ran.
    QString error;
    m_secrets.setTimeout(
        keychainTimeoutFromEnvironment(&error).value_or(KeychainSecretStore::defaultTimeout));
}

ConnectionResult StoreSession::save(const Profile &profile, const Credentials &credentials,
                                    ConnectionStore::SaveMode mode)
{
    return waitFor([&](ConnectionStore::Done done) {
        m_connections.save(profile, credentials, mode, std::move(done));
    });
}

ConnectionResult StoreSession::loadCredentials(const QString &name, Credentials *credentials)
{
    return waitFor([&](ConnectionStore::Done done) {
        m_connections.loadCredentials(
            name, [credentials, done](const ConnectionResult &result, const Credentials &values) {
                *credentials = values;
                done(result);
            });
    });
}

ConnectionResult StoreSession::rename(const QString &from, const QString &to)
{
    return waitFor(
        [&](ConnectionStore::Done done) { m_connections.rename(from, to, std::move(done)); });
}

ConnectionResult StoreSession::remove(const QString &name)
{
    return waitFor(
        [&](ConnectionStore::Done done) { m_connections.remove(name, std::move(done)); });
}

int exitCodeFor(const ConnectionResult &result)
{
    if (result.ok())
        return ExitOk;
    return result.secretError != SecretStoreError::None ? ExitSecretStore : ExitUsage;
}

} // namespace tba
