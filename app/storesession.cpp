#include "app/storesession.h"

#include "app/exitcode.h"

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

std::chrono::milliseconds timeoutFromEnvironment()
{
    // NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS lets tests and slow desktops change the 15 s default.
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS", &ok);
    return ok && value > 0 ? std::chrono::milliseconds(value) : KeychainSecretStore::defaultTimeout;
}

} // namespace

StoreSession::StoreSession()
    : m_profiles(ProfileStore::defaultDirectory()), m_connections(m_profiles, m_secrets)
{
    m_secrets.setTimeout(timeoutFromEnvironment());
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
