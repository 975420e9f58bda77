#pragma once

namespace tba {

/// Exit status of the command line. The values are part of the documented interface.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1, ///< invalid usage or input
    ExitAuthenticationRejected = 2,
    ExitPermissionsMissing = 3, ///< connected, but the role lacks permissions
    ExitNetwork = 4,            ///< network, TLS, timeout or server error
    ExitSecretStore = 5,
};

} // namespace tba
