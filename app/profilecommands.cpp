#include "app/profilecommands.h"

#include "app/commandline.h"
#include "app/credentialsource.h"
#include "app/exitcode.h"
#include "app/storesession.h"
#include "core/accountid.h"

#include <QCoreApplication>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written ProfileCommands::tr() so
/// that lupdate records it under the same context that the lookup at run time uses.
class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileCommands)
};

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              ProfileCommands::tr("Name of the profile."), QStringLiteral("NAME"));
}

QString lastCheckText(const Profile &profile)
{
    if (!profile.lastCheck)
        return ProfileCommands::tr("not checked");
    return QStringLiteral("%1 %2: %3")
        .arg(profile.lastCheck->checkedAt.toString(Qt::ISODate),
             profile.lastCheck->succeeded ? ProfileCommands::tr("passed")
                                          : ProfileCommands::tr("failed"),
             profile.lastCheck->summary);
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(ProfileCommands::tr(
        "List the saved connection profiles: name, account ID and last check."));
    if (const int code = parseCommandArguments(parser, QStringLiteral("list"), arguments);
        code >= 0)
        return code;

    ProfileStore store(ProfileStore::defaultDirectory());
    QStringList errors;
    const QList<Profile> profiles = store.list(&errors);
    for (const QString &error : errors)
        console.err() << ProfileCommands::tr("Skipped: ") << error << '\n';
    if (profiles.isEmpty()) {
        console.err() << ProfileCommands::tr(
                             "No profiles are saved yet. Save one with the wizard or the save "
                             "command.")
                      << Qt::endl;
        return errors.isEmpty() ? ExitOk : ExitUsage;
    }
    for (const Profile &profile : profiles) {
        console.out() << profile.name.leftJustified(24) << ' '
                      << profile.accountId.leftJustified(18) << ' ' << lastCheckText(profile)
                      << '\n';
    }
    console.out() << Qt::flush;
    return errors.isEmpty() ? ExitOk : ExitUsage;
}

int runSaveCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(ProfileCommands::tr(
        "Save a connection profile: the account and names in the profile file, the four "
        "credentials from NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID "
        "and NETSUITE_TOKEN_SECRET in the keychain. An existing profile of the same account "
        "gets the new credentials."));
    const QCommandLineOption nameOption = profileOption();
    const QCommandLineOption accountOption(
        QStringLiteral("account"), ProfileCommands::tr("NetSuite account ID, such as 1234567_SB1."),
        QStringLiteral("ID"));
    const QCommandLineOption integrationOption(
        QStringLiteral("integration"),
        ProfileCommands::tr("Name of the integration record in NetSuite."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), ProfileCommands::tr("Name of the role the access token is for."),
        QStringLiteral("NAME"));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        ProfileCommands::tr("Replace an existing profile of another account."));
    parser.addOptions({nameOption, accountOption, integrationOption, roleOption, replaceOption});
    if (const int code = parseCommandArguments(parser, QStringLiteral("save"), arguments);
        code >= 0)
        return code;
    if (const int code =
            requireOptions(parser, {&nameOption, &accountOption}, QStringLiteral("save"));
        code >= 0)
        return code;

    QString error;
    const std::optional<AccountId> account = AccountId::parse(parser.value(accountOption), &error);
    if (!account) {
        console.err() << error << Qt::endl;
        return ExitUsage;
    }
    EnvironmentCredentialSource source(parser.value(accountOption));
    const CredentialSourceResult loaded = loadCredentialsAndPrintIssues(source);
    if (!loaded.ok())
        return loaded.exitCode;

    StoreSession session;
    const QString name = parser.value(nameOption);
    std::optional<Profile> existing = session.profiles().load(name);
    if (existing && existing->accountId != account->realm() && !parser.isSet(replaceOption)) {
        console.err() << ProfileCommands::tr(
                             "Profile \"%1\" is for account %2, not %3. Add --replace to replace "
                             "it, or choose another name.")
                             .arg(existing->name, existing->accountId, account->realm())
                      << Qt::endl;
        return ExitUsage;
    }
    // Another account's domains, names and check result no longer apply, so a replaced
    // profile starts afresh.
    const bool sameAccount = existing && existing->accountId == account->realm();
    Profile profile = sameAccount ? *existing : Profile();
    profile.name = existing ? existing->name : name;
    profile.accountId = account->realm();
    if (!sameAccount)
        profile.createdAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(integrationOption))
        profile.integrationName = parser.value(integrationOption);
    if (parser.isSet(roleOption))
        profile.roleName = parser.value(roleOption);
    // The last check tested the old credentials, so its result does not apply to the new ones.
    profile.lastCheck.reset();
    const ConnectionResult result = session.save(profile, loaded.credentials,
                                                 existing ? ConnectionStore::SaveMode::Replace
                                                          : ConnectionStore::SaveMode::CreateOnly);
    if (!result.ok()) {
        console.err() << result.message << Qt::endl;
        return exitCodeFor(result);
    }
    console.err() << ProfileCommands::tr(
                         "Saved profile \"%1\" for account %2; its credentials are in the "
                         "keychain.")
                         .arg(profile.name, profile.accountId)
                  << Qt::endl;
    return ExitOk;
}

int runDeleteCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ProfileCommands::tr("Delete a connection profile and its credentials in the keychain."));
    const QCommandLineOption nameOption = profileOption();
    parser.addOption(nameOption);
    if (const int code = parseCommandArguments(parser, QStringLiteral("delete"), arguments);
        code >= 0)
        return code;
    if (const int code = requireOptions(parser, {&nameOption}, QStringLiteral("delete")); code >= 0)
        return code;

    StoreSession session;
    // Names compare without regard to case: report the name as stored, not as typed.
    const std::optional<Profile> existing = session.profiles().load(parser.value(nameOption));
    const QString name = existing ? existing->name : parser.value(nameOption);
    const ConnectionResult result = session.remove(name);
    if (!result.ok()) {
        console.err() << result.message << Qt::endl;
        return exitCodeFor(result);
    }
    console.err() << ProfileCommands::tr("Deleted profile \"%1\".").arg(name) << Qt::endl;
    return ExitOk;
}

int runRenameCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(ProfileCommands::tr(
        "Rename a connection profile and move its credentials in the keychain."));
    const QCommandLineOption nameOption = profileOption();
    const QCommandLineOption toOption(QStringLiteral("to"), ProfileCommands::tr("The new name."),
                                      QStringLiteral("NEW"));
    parser.addOptions({nameOption, toOption});
    if (const int code = parseCommandArguments(parser, QStringLiteral("rename"), arguments);
        code >= 0)
        return code;
    if (const int code = requireOptions(parser, {&nameOption, &toOption}, QStringLiteral("rename"));
        code >= 0)
        return code;

    StoreSession session;
    const std::optional<Profile> existing = session.profiles().load(parser.value(nameOption));
    const QString from = existing ? existing->name : parser.value(nameOption);
    const ConnectionResult result = session.rename(from, parser.value(toOption));
    if (!result.ok()) {
        console.err() << result.message << Qt::endl;
        return exitCodeFor(result);
    }
    console.err() << ProfileCommands::tr("Renamed profile \"%1\" to \"%2\".")
                         .arg(from, parser.value(toOption))
                  << Qt::endl;
    return ExitOk;
}

} // namespace tba
