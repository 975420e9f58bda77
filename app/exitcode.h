#pragma once

namespace tba {

/// Exit status of the command line. The values are part of the documented interface.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1, ///< invalid usage or input, or an account ID that the lookup does not find
    ExitAuthenticationRejected = 2, ///< NetSuite answered the login with 401 or 403
    ExitPermissionsMissing = 3,     ///< connected, but the role lacks permissions
    ExitNetwork = 4, ///< network, TLS or timeout error, rate limit (429), or another HTTP error
    ExitSecretStore = 5,
};

} // namespace tba
