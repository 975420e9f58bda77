#pragma once

#include "core/profiles/connectionstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"

#include <QEventLoop>

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

/// Returns the exit code for a failed operation: ExitSecretStore for keychain errors, otherwise
/// ExitUsage.
int exitCodeFor(const ConnectionResult &result);

} // namespace tba
