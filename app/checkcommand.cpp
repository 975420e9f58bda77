#include "app/checkcommand.h"

#include "app/commandline.h"
#include "app/credentialsource.h"
#include "app/exitcode.h"
#include "core/connection/connectiontest.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/profilevalidation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written CheckCommand::tr() so that
/// lupdate records it under the same context that the lookup at run time uses.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(tba::CheckCommand)
};

/// Parses --timeout: seconds greater than 0 and at most 600.
bool parseTimeout(const QString &text, int *timeoutMs, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // Written so that NaN fails too.
    if (!ok || !(seconds > 0 && seconds <= 600)) {
        *error =
            CheckCommand::tr(
                "Invalid --timeout \"%1\": give a number of seconds greater than 0 and at most "
                "600, such as 20.")
                .arg(text);
        return false;
    }
    *timeoutMs = qMax(1, int(seconds * 1000));
    return true;
}

/// A failure before the connection test ran: its exit code, a status key for JSON and a message.
struct CheckFailure
{
    int exitCode = ExitUsage;
    QString status;
    QString message;
};

/// Prints `failure` on standard error, and with --json also as one JSON document on standard
/// output, so that every exit of `check --json` prints one document. Returns the exit code.
int reportFailure(const CheckFailure &failure, bool json)
{
    Console console;
    console.err() << failure.message << Qt::endl;
    if (json) {
        const QJsonObject document{{QStringLiteral("status"), failure.status},
                                   {QStringLiteral("exitCode"), failure.exitCode},
                                   {QStringLiteral("message"), failure.message}};
        console.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented))
                      << Qt::flush;
    }
    return failure.exitCode;
}

CheckFailure usageFailure(const QString &message)
{
    return {ExitUsage, QStringLiteral("invalid-usage"),
            message + QLatin1Char(' ') +
                CheckCommand::tr("Run \"%1 check --help\" for its options.")
                    .arg(QCoreApplication::applicationName())};
}

QString wizardStepName(WizardStep step)
{
    switch (step) {
    case WizardStep::Account:
        return CheckCommand::tr("1, account");
    case WizardStep::Features:
        return CheckCommand::tr("2, features");
    case WizardStep::IntegrationRecord:
        return CheckCommand::tr("3, integration record");
    case WizardStep::Role:
        return CheckCommand::tr("4, role");
    case WizardStep::AccessToken:
        return CheckCommand::tr("5, access token");
    case WizardStep::None:
        break;
    }
    return {};
}

QString stateLabel(StepState state)
{
    return QLatin1Char('[') + stateTitle(state) + QLatin1Char(']');
}

void printStep(QTextStream &out, const StepReport &report, const ConnectionTestResult &result)
{
    out << stateLabel(report.state) << ' ' << stepTitle(report.step) << ": " << report.summary
        << '\n';
    if (!report.detail.isEmpty() && report.state == StepState::Failed &&
        !report.summary.contains(report.detail))
        out << "    " << report.detail << '\n';
    if (report.step != ConnectionStep::PermissionAudit)
        return;
    for (const PermissionReport &permission : result.permissions) {
        out << "    " << stateLabel(permission.state) << ' ' << permission.permission.name << ": "
            << permission.summary << '\n';
    }
}

void printDiagnosis(QTextStream &out, const Diagnosis &diagnosis)
{
    out << '\n' << diagnosis.headline << '\n';
    if (!diagnosis.detail.isEmpty())
        out << CheckCommand::tr("Detail: ") << diagnosis.detail << '\n';
    if (!diagnosis.causes.isEmpty()) {
        out << (diagnosis.causes.size() > 1 ? CheckCommand::tr("Likely causes, most likely first:")
                                            : CheckCommand::tr("Cause:"))
            << '\n';
        int rank = 0;
        for (const Cause &cause : diagnosis.causes) {
            out << "  " << ++rank << ". " << cause.summary << '\n';
            out << "     " << CheckCommand::tr("Fix: ") << cause.fix << '\n';
            if (!cause.menuPath.isEmpty())
                out << "     " << CheckCommand::tr("Where: ") << cause.menuPath << '\n';
            if (cause.wizardStep != WizardStep::None)
                out << "     " << CheckCommand::tr("Wizard step: ")
                    << wizardStepName(cause.wizardStep) << '\n';
        }
    }
    for (const QString &warning : diagnosis.warnings)
        out << CheckCommand::tr("Warning: ") << warning << '\n';
}

/// Records the check's time and verdict in the profile, and the domains when the data-center lookup
/// found them. Returns an error message, or an empty string on success.
QString recordCheckInProfile(const QString &name, const ConnectionTestResult &result)
{
    ProfileStore store(ProfileStore::defaultDirectory());
    ProfileResult outcome;
    std::optional<Profile> profile = store.load(name, &outcome);
    if (profile && result.step(ConnectionStep::DataCenterLookup).state == StepState::Passed &&
        result.domains.isValid()) {
        profile->restDomain = result.domains.restDomain;
        profile->webservicesDomain = result.domains.webservicesDomain;
        profile->systemDomain = result.domains.systemDomain;
        if (ProfileStore::validate(*profile).ok())
            outcome = store.update(*profile);
    }
    if (outcome.ok()) {
        QString summary = result.diagnosis.headline.simplified();
        summary.truncate(ProfileValidation::maxSummaryLength);
        outcome = store.recordCheck(name, {QDateTime::currentDateTimeUtc(),
                                           result.diagnosis.status == ConnectionStatus::Connected,
                                           summary});
    }
    return outcome.message;
}

} // namespace

int exitCodeForStatus(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return ExitOk;
    case ConnectionStatus::InvalidInput:
    case ConnectionStatus::AccountNotFound:
        return ExitUsage;
    case ConnectionStatus::AuthenticationRejected:
    case ConnectionStatus::LoginForbidden:
        return ExitAuthenticationRejected;
    case ConnectionStatus::PermissionsMissing:
        return ExitPermissionsMissing;
    case ConnectionStatus::RateLimited:
    case ConnectionStatus::RequestRejected:
    case ConnectionStatus::ServerError:
    case ConnectionStatus::NetworkError:
    case ConnectionStatus::TlsError:
    case ConnectionStatus::Timeout:
        break;
    }
    return ExitNetwork;
}

int runCheckCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckCommand::tr(
        "Test a NetSuite Token-Based Authentication connection: check the account ID and "
        "credentials, look up the account's domains, compare the clocks, log in with a signed "
        "request and check each permission the integration needs. With --account, the "
        "credentials come from the environment variables NETSUITE_CONSUMER_KEY, "
        "NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        CheckCommand::tr(
            "Saved profile whose keychain entries contain the credentials; the result is recorded "
            "in the profile."),
        QStringLiteral("NAME"));
    const QCommandLineOption accountOption(
        QStringLiteral("account"), CheckCommand::tr("NetSuite account ID, such as 1234567_SB1."),
        QStringLiteral("ID"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        CheckCommand::tr("REST domain to use instead of the looked-up one; skips the data-center "
                         "lookup. No user "
                         "name or password in it."),
        QStringLiteral("URL"));
    const QCommandLineOption lookupUrlOption(
        QStringLiteral("lookup-url"),
        CheckCommand::tr(
            "Address of the data-center lookup instead of https://rest.netsuite.com. When the "
            "lookup there fails, the check stops instead of using NetSuite's real hosts."),
        QStringLiteral("URL"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        CheckCommand::tr(
            "PEM file with extra certificate authorities to trust, such as a corporate proxy's. "
            "Certificates are always verified."),
        QStringLiteral("PEM"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        CheckCommand::tr(
            "Time allowed for each request, in seconds: more than 0, at most 600 (default 20)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), CheckCommand::tr("Print one JSON document instead of text."));
    parser.addOptions({profileOption, accountOption, baseUrlOption, lookupUrlOption, caFileOption,
                       timeoutOption, jsonOption});
    QString error;
    if (const int code =
            parseCommandArguments(parser, QStringLiteral("check"), arguments, 0, &error);
        code >= 0) {
        // QCommandLineParser records the options it recognized even when parsing failed.
        return error.isEmpty() ? code
                               : reportFailure(usageFailure(error), parser.isSet(jsonOption));
    }
    const bool json = parser.isSet(jsonOption);

    const auto usageError = [json](const QString &message) {
        return reportFailure(usageFailure(message), json);
    };
    if (parser.isSet(profileOption) == parser.isSet(accountOption))
        return usageError(CheckCommand::tr("Give either --profile NAME or --account ID."));

    ConnectionSettings settings;
    const std::pair<const QCommandLineOption *, ServiceUrl::Kind> urlOptions[] = {
        {&baseUrlOption, ServiceUrl::Kind::RestBase}, {&lookupUrlOption, ServiceUrl::Kind::Lookup}};
    for (const auto &[option, kind] : urlOptions) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QUrl> url =
            ServiceUrl::parse(parser.value(*option), kind,
                              QStringLiteral("--") + option->names().constFirst(), &error);
        if (!url)
            return usageError(error);
        if (kind == ServiceUrl::Kind::RestBase)
            settings.restBaseUrlOverride = *url;
        else
            settings.lookupBaseUrl = *url;
    }
    if (parser.isSet(timeoutOption) &&
        !parseTimeout(parser.value(timeoutOption), &settings.requestTimeoutMs, &error))
        return usageError(error);
    if (parser.isSet(caFileOption)) {
        const std::optional<QList<QSslCertificate>> certificates =
            CaFileLoader::load(parser.value(caFileOption), &error);
        if (!certificates)
            return usageError(error);
        settings.extraCaCertificates = *certificates;
    }

    std::unique_ptr<CredentialSource> source;
    if (parser.isSet(profileOption))
        source = std::make_unique<ProfileCredentialSource>(parser.value(profileOption));
    else
        source = std::make_unique<EnvironmentCredentialSource>(parser.value(accountOption));
    const CredentialSourceResult loaded = source->load();
    if (!loaded.ok()) {
        return reportFailure({loaded.exitCode,
                              loaded.exitCode == ExitSecretStore
                                  ? QStringLiteral("secret-store-error")
                                  : QStringLiteral("invalid-input"),
                              loaded.error},
                             json);
    }
    settings.accountInput = loaded.accountInput;
    settings.credentials = loaded.credentials;

    // Credential warnings are not printed here: the diagnosis lists them.

    // The report is the output: the connection log's Info lines stay off unless QT_LOGGING_RULES
    // (applied after these rules) turns them on, such as "tba.*.debug=true".
    addLogFilterRules(QStringLiteral("tba.core.connection.info=false"));

    QNetworkAccessManager manager;
    ConnectionTest test(&manager);
    QTextStream &out = console.out();
    if (!json) {
        QObject::connect(&test, &ConnectionTest::stepChanged, &test,
                         [&out, &test](const StepReport &report) {
                             if (report.state == StepState::Running)
                                 return;
                             printStep(out, report, test.result());
                             out.flush();
                         });
    }
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    test.start(settings);
    if (test.isRunning())
        loop.exec();
    // Delete the finished replies and probes while the manager is still alive, so that the
    // process ends with no network object pending.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const ConnectionTestResult &result = test.result();
    const int exitCode = exitCodeForStatus(result.diagnosis.status);
    if (json) {
        // The same three keys as a failure's document come first, then the whole result.
        QJsonObject document = result.toJson();
        document.insert(QStringLiteral("status"), statusKey(result.diagnosis.status));
        document.insert(QStringLiteral("exitCode"), exitCode);
        document.insert(QStringLiteral("message"), result.diagnosis.headline);
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        printDiagnosis(out, result.diagnosis);
    }
    out.flush();
    if (parser.isSet(profileOption)) {
        const QString recordError = recordCheckInProfile(parser.value(profileOption), result);
        if (!recordError.isEmpty()) {
            console.err() << CheckCommand::tr(
                                 "Warning: the result was not recorded in the profile. ")
                          << recordError << Qt::endl;
        }
    }
    return exitCode;
}

} // namespace tba
