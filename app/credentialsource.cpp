#include "app/credentialsource.h"

#include "app/environmentcredentials.h"
#include "app/exitcode.h"
#include "app/storesession.h"

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

CredentialSourceResult ProfileCredentialSource::load()
{
    CredentialSourceResult result;
    StoreSession session;
    ProfileResult found;
    const std::optional<Profile> profile = session.profiles().load(m_profileName, &found);
    if (!profile) {
        result.error = found.message;
        result.exitCode = ExitUsage;
        return result;
    }
    result.accountInput = profile->accountId;

    const ConnectionResult read = session.loadCredentials(profile->name, &result.credentials);
    if (!read.ok()) {
        result.error = read.message;
        result.exitCode = exitCodeFor(read);
        return result;
    }
    for (const CredentialIssue &issue : CredentialValidator::check(result.credentials)) {
        if (issue.isError()) {
            result.error = issue.message;
            result.exitCode = ExitUsage;
            return result;
        }
        result.warnings << issue.message;
    }
    return result;
}

} // namespace tba
