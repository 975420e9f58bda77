#include "app/credentialsource.h"

#include "app/commandline.h"
#include "app/environmentcredentials.h"
#include "app/exitcode.h"
#include "app/storesession.h"

#include <QCoreApplication>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written CredentialMessages::tr()
/// so that lupdate records it under the same context that the lookup at run time uses.
class CredentialMessages
{
    Q_DECLARE_TR_FUNCTIONS(tba::CredentialMessages)
};

} // namespace

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

CredentialSourceResult loadCredentialsAndPrintIssues(CredentialSource &source)
{
    Console console;
    const CredentialSourceResult loaded = source.load();
    if (!loaded.ok()) {
        console.err() << loaded.error << Qt::endl;
        return loaded;
    }
    for (const QString &warning : loaded.warnings)
        console.err() << CredentialMessages::tr("Warning: ") << warning << '\n';
    console.err() << Qt::flush;
    return loaded;
}

} // namespace tba
