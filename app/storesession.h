#pragma once

#include "core/profiles/connectionstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"

#include <QEventLoop>

#include <chrono>
#include <optional>

namespace tba {

/// The profile and secret stores of one command, with blocking calls for the command line, which
/// has no window to keep responsive. Each call runs the event loop until its operation finishes.
class StoreSession
{
public:
    StoreSession();

    ProfileStore &profiles() { return m_profiles; }
    ConnectionStore &connections() { return m_connections; }

    ConnectionResult save(const Profile &profile, const Credentials &credentials,
                          ConnectionStore::SaveMode mode);
    ConnectionResult loadCredentials(const QString &name, Credentials *credentials);
    ConnectionResult rename(const QString &from, const QString &to);
    ConnectionResult remove(const QString &name);

private:
    ProfileStore m_profiles;
    KeychainSecretStore m_secrets;
    ConnectionStore m_connections;
};

/// The environment variable that changes the time allowed for each keychain job.
inline constexpr const char *keychainTimeoutVariable = "NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS";
/// The highest value of keychainTimeoutVariable: one hour.
inline constexpr qlonglong maxKeychainTimeoutMs = 3600000;

/// Returns the keychain job timeout from NETSUITE_TBA_KEYCHAIN_TIMEOUT_MS, or the 15 s default
/// when it is unset or empty. Returns nothing, with `error` naming the value and the valid range,
/// when it is not a whole number from 1 to maxKeychainTimeoutMs.
std::optional<std::chrono::milliseconds> keychainTimeoutFromEnvironment(QString *error);

/// Returns the exit code for a failed operation: ExitSecretStore for keychain errors, otherwise
/// ExitUsage.
int exitCodeFor(const ConnectionResult &result);

} // namespace tba
