#include "app/credentialsource.h"

#include "app/environmentcredentials.h"
#include "app/exitcode.h"

namespace tba {

CredentialSourceResult EnvironmentCredentialSource::load()
{
    CredentialSourceResult result;
    result.accountInput = m_accountInput;
    const std::optional<Credentials> credentials =
        credentialsFromEnvironment(&result.error, &result.warnings);
    if (!credentials) {
        result.exitCode = ExitUsage;
        return result;
    }
    result.credentials = *credentials;
    return result;
}

} // namespace tba
