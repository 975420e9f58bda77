#include "app/signcommand.h"

#include "app/commandline.h"
#include "app/credentialsource.h"
#include "app/exitcode.h"
#include "core/accountid.h"
#include "core/requestsigner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written SignCommand::tr() so that
/// lupdate records it under the same context that the lookup at run time uses.
class SignCommand
{
    Q_DECLARE_TR_FUNCTIONS(tba::SignCommand)
};

/// Validates --url: an absolute http or https address with a host.
bool parseRequestUrl(const QString &text, QUrl *url, QString *error)
{
    *url = QUrl(text, QUrl::StrictMode);
    const QString scheme = url->scheme().toLower();
    if (!url->isValid() || url->host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error =
            SignCommand::tr("Invalid --url \"%1\": give the whole address as it is sent, such as "
                            "https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/"
                            "customer?limit=1.")
                .arg(text);
        return false;
    }
    return true;
}

bool parseMethod(const QString &text, QByteArray *method, QString *error)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z]+$"));
    if (!token.match(text).hasMatch()) {
        *error = SignCommand::tr("Invalid --method \"%1\": use an HTTP method such as GET or POST.")
                     .arg(text);
        return false;
    }
    *method = text.toUpper().toLatin1();
    return true;
}

} // namespace

int runSignCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(SignCommand::tr(
        "Print the OAuth 1.0a (HMAC-SHA256) Authorization header value for one NetSuite "
        "request. The credentials come from the environment variables NETSUITE_CONSUMER_KEY, "
        "NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET."));
    const QCommandLineOption accountOption(
        QStringLiteral("account"), SignCommand::tr("NetSuite account ID, such as 1234567_SB1."),
        QStringLiteral("ID"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          SignCommand::tr("HTTP method, such as GET."),
                                          QStringLiteral("METHOD"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       SignCommand::tr("The request's URL exactly as it is sent."),
                                       QStringLiteral("URL"));
    const QCommandLineOption nonceOption(
        QStringLiteral("nonce"),
        SignCommand::tr("Nonce to use instead of a random one: 6 to 64 letters and digits."),
        QStringLiteral("N"));
    const QCommandLineOption timestampOption(
        QStringLiteral("timestamp"),
        SignCommand::tr(
            "Timestamp in seconds since 1970-01-01 UTC to use instead of the current time."),
        QStringLiteral("T"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        SignCommand::tr("Also print the signature base string, on standard error."));
    parser.addOptions(
        {accountOption, methodOption, urlOption, nonceOption, timestampOption, verboseOption});
    if (const int code = parseCommandArguments(parser, QStringLiteral("sign"), arguments);
        code >= 0)
        return code;

    QStringList errors;
    for (const QCommandLineOption *required : {&accountOption, &methodOption, &urlOption}) {
        if (!parser.isSet(*required))
            errors << SignCommand::tr("Missing --%1.").arg(required->names().constFirst());
    }
    if (!errors.isEmpty()) {
        console.err() << errors.join(QLatin1Char(' ')) << ' '
                      << SignCommand::tr("Run \"%1 sign --help\" for its options.")
                             .arg(QCoreApplication::applicationName())
                      << Qt::endl;
        return ExitUsage;
    }

    QString error;
    const std::optional<AccountId> account = AccountId::parse(parser.value(accountOption), &error);
    QByteArray method;
    QUrl url;
    if (!account || !parseMethod(parser.value(methodOption), &method, &error) ||
        !parseRequestUrl(parser.value(urlOption), &url, &error)) {
        console.err() << error << Qt::endl;
        return ExitUsage;
    }

    RequestSigner::Clock clock = RequestSigner::systemClock;
    if (parser.isSet(timestampOption)) {
        bool ok = false;
        const qint64 timestamp = parser.value(timestampOption).toLongLong(&ok);
        if (!ok || timestamp <= 0) {
            console.err() << SignCommand::tr("Invalid --timestamp \"%1\": use whole seconds since "
                                             "1970-01-01 UTC, such as 1508242306.")
                                 .arg(parser.value(timestampOption))
                          << Qt::endl;
            return ExitUsage;
        }
        clock = [timestamp] { return timestamp; };
    }
    RequestSigner::NonceSource nonceSource = RequestSigner::randomNonce;
    if (parser.isSet(nonceOption)) {
        // NetSuite needs at least 6 letters and digits. 64 is our own bound, well above the 20
        // that NetSuite recommends, so that a pasted wrong value is not signed.
        static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]{6,64}$"));
        const QString nonce = parser.value(nonceOption);
        if (!alphanumeric.match(nonce).hasMatch()) {
            // A value too long to read is named by its length.
            const QString shown = nonce.size() <= 64
                                      ? QStringLiteral("\"%1\"").arg(nonce)
                                      : SignCommand::tr("of %1 characters").arg(nonce.size());
            console.err() << SignCommand::tr(
                                 "Invalid --nonce %1: give 6 to 64 letters and digits, such as "
                                 "fjaLirsIcCGVZWzBX0pg.")
                                 .arg(shown)
                          << Qt::endl;
            return ExitUsage;
        }
        nonceSource = [bytes = nonce.toLatin1()]() -> std::optional<QByteArray> { return bytes; };
    }

    EnvironmentCredentialSource source(parser.value(accountOption));
    const CredentialSourceResult loaded = loadCredentialsAndPrintIssues(source);
    if (!loaded.ok())
        return loaded.exitCode;

    const RequestSigner signer(loaded.credentials, account->realm(), clock, nonceSource);
    const SignedRequest signedRequest = signer.sign(method, url);
    if (!signedRequest.ok()) {
        console.err() << signedRequest.error << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(verboseOption)) {
        console.err() << SignCommand::tr("Signature base string: ")
                      << QString::fromUtf8(signedRequest.baseString) << Qt::endl;
    }
    console.out() << QString::fromLatin1(signedRequest.authorization) << Qt::endl;
    return ExitOk;
}

} // namespace tba
