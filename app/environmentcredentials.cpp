#include "app/environmentcredentials.h"

#include <QCoreApplication>

namespace tba {

std::optional<Credentials> credentialsFromEnvironment(QString *error, QStringList *warnings)
{
    Credentials credentials;
    QStringList missing;
    for (const CredentialField field : allCredentialFields) {
        const QByteArray name = CredentialValidator::environmentVariable(field);
        if (!qEnvironmentVariableIsSet(name.constData())) {
            missing << QString::fromLatin1(name);
            continue;
        }
        credentials.setValue(
            field, CredentialValidator::normalize(qEnvironmentVariable(name.constData())));
    }
    if (!missing.isEmpty()) {
        *error = QCoreApplication::translate(
                     "tba::CommandLine",
                     "Missing environment variable(s): %1. Set all four of "
                     "NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID and "
                     "NETSUITE_TOKEN_SECRET; credentials are never read from arguments, which "
                     "other users can see in the process list.")
                     .arg(missing.join(QLatin1String(", ")));
        return std::nullopt;
    }

    QStringList errors;
    for (const CredentialIssue &issue : CredentialValidator::check(credentials)) {
        const QString text = QStringLiteral("%1: %2").arg(
            QString::fromLatin1(CredentialValidator::environmentVariable(issue.field)),
            issue.message);
        if (issue.isError())
            errors << text;
        else if (warnings)
            warnings->append(text);
    }
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return credentials;
}

} // namespace tba
