#include "app/transfercommands.h"

#include "app/commandline.h"
#include "app/exitcode.h"
#include "app/passphrase.h"
#include "app/storesession.h"
#include "core/export/exportformat.h"
#include "core/export/profiledocument.h"
#include "core/export/secretsencryption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tba {
namespace {

/// The translation context of this file's messages. Each call is written TransferCommands::tr() so
/// that lupdate records it under the same context that the lookup at run time uses.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(tba::TransferCommands)
};

/// Reads an import file, rejecting one over the size limit before reading it.
std::optional<QByteArray> readImportFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TransferCommands::tr("Could not read \"%1\": %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > ProfileDocumentFormat::maxFileSize) {
        *error = TransferCommands::tr(
                     "\"%1\" is %2 bytes long; profile files are at most %3 bytes (1 MiB).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(file.size())
                     .arg(ProfileDocumentFormat::maxFileSize);
        return std::nullopt;
    }
    // Reading one byte past the limit catches a file that grew, or a pipe with no size.
    return file.read(ProfileDocumentFormat::maxFileSize + 1);
}

bool writeStandardOutput(const QByteArray &data, QString *error)
{
    QFile standardOutput;
    const bool ok = standardOutput.open(stdout, QIODevice::WriteOnly) &&
                    standardOutput.write(data) == data.size() && standardOutput.flush();
    if (!ok)
        *error = TransferCommands::tr("Could not write to standard output: %1.")
                     .arg(standardOutput.errorString());
    return ok;
}

/// Decrypts the secrets of `document`, as parsed from the file, with a passphrase and checks them
/// as the wizard would.
std::optional<Credentials> decryptSecrets(const ProfileDocument &document, QString *error)
{
    const std::optional<QString> passphrase =
        readPassphrase(TransferCommands::tr("Passphrase of the export: "), false, error);
    if (!passphrase)
        return std::nullopt;
    std::optional<Credentials> credentials = SecretsEncryption::decrypt(
        *document.secrets, *passphrase,
        ProfileDocumentFormat::associatedData(document.profile, document.version), error);
    if (!credentials)
        return std::nullopt;
    for (const CredentialIssue &issue : CredentialValidator::check(*credentials)) {
        if (issue.isError()) {
            *error =
                TransferCommands::tr("The decrypted secrets are invalid: %1").arg(issue.message);
            return std::nullopt;
        }
    }
    return credentials;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(TransferCommands::tr(
        "Export a connection profile to a file of mode 0600. Without --include-secrets the "
        "file holds no secret. With it, the json format encrypts the four credentials with a "
        "passphrase (asked on the terminal, or taken from NETSUITE_TBA_PASSPHRASE), and the "
        "env, ini and postman formats hold them in plaintext."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           TransferCommands::tr("Name of the profile to export."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        TransferCommands::tr(
            "The file to write, or - for standard output. A symbolic link is never replaced."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        TransferCommands::tr("File format: json (the default), env, ini or postman."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption secretsOption(
        QStringLiteral("include-secrets"),
        TransferCommands::tr("Include the four credentials from the keychain."));
    parser.addOptions({profileOption, outputOption, formatOption, secretsOption});
    if (const int code = parseCommandArguments(parser, QStringLiteral("export"), arguments);
        code >= 0)
        return code;
    if (const int code =
            requireOptions(parser, {&profileOption, &outputOption}, QStringLiteral("export"));
        code >= 0)
        return code;

    ExportRequest request;
    const std::optional<ExportFormat> format =
        ProfileExporter::parseFormat(parser.value(formatOption));
    if (!format) {
        console.err() << TransferCommands::tr(
                             "Invalid --format \"%1\": use json, env, ini or postman.")
                             .arg(parser.value(formatOption))
                      << Qt::endl;
        return ExitUsage;
    }
    request.format = *format;

    StoreSession session;
    ProfileResult loaded;
    const std::optional<Profile> profile =
        session.profiles().load(parser.value(profileOption), &loaded);
    if (!profile) {
        console.err() << loaded.message << Qt::endl;
        return ExitUsage;
    }
    request.profile = *profile;

    QString error;
    if (parser.isSet(secretsOption)) {
        Credentials credentials;
        const ConnectionResult read = session.loadCredentials(profile->name, &credentials);
        if (!read.ok()) {
            console.err() << read.message << Qt::endl;
            return exitCodeFor(read);
        }
        request.credentials = credentials;
        if (request.format == ExportFormat::Json) {
            const std::optional<QString> passphrase = readPassphrase(
                TransferCommands::tr("Passphrase to encrypt the secrets (at least %1 characters): ")
                    .arg(SecretsEncryption::minPassphraseLength),
                true, &error);
            if (!passphrase) {
                console.err() << error << Qt::endl;
                return ExitUsage;
            }
            request.passphrase = *passphrase;
        }
    }

    const QString output = parser.value(outputOption);
    const bool toStandardOutput = output == QLatin1String("-");
    const std::optional<QByteArray> data = ProfileExporter::render(request, &error);
    const bool written =
        data && (toStandardOutput ? writeStandardOutput(*data, &error)
                                  : ProfileExporter::writePrivateFile(output, *data, &error));
    if (!written) {
        console.err() << error << Qt::endl;
        return ExitUsage;
    }
    console.err() << TransferCommands::tr("Exported profile \"%1\" to %2%3.")
                         .arg(profile->name,
                              toStandardOutput ? TransferCommands::tr("standard output")
                                               : QDir::toNativeSeparators(output),
                              parser.isSet(secretsOption)
                                  ? TransferCommands::tr(", with its secrets")
                                  : TransferCommands::tr(", without secrets"))
                  << Qt::endl;
    return ExitOk;
}

int runImportCommand(const QStringList &arguments)
{
    Console console;
    QCommandLineParser parser;
    parser.setApplicationDescription(TransferCommands::tr(
        "Import a connection profile exported in the json format. Encrypted secrets are "
        "decrypted with the passphrase (asked on the terminal, or taken from "
        "NETSUITE_TBA_PASSPHRASE) and stored in the keychain."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 TransferCommands::tr("The profile file to import."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), TransferCommands::tr("Save the profile under this name instead."),
        QStringLiteral("NAME"));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        TransferCommands::tr("Replace an existing profile of the same name."));
    parser.addOptions({nameOption, replaceOption});
    if (const int code = parseCommandArguments(parser, QStringLiteral("import"), arguments, 1);
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        console.err() << TransferCommands::tr(
                             "Missing FILE. Run \"%1 import --help\" for its options.")
                             .arg(QCoreApplication::applicationName())
                      << Qt::endl;
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().constFirst();
    QString error;
    const std::optional<QByteArray> data = readImportFile(path, &error);
    std::optional<ProfileDocument> document =
        data ? ProfileDocumentFormat::parse(*data, &error) : std::nullopt;
    if (!document) {
        console.err() << TransferCommands::tr("Cannot import \"%1\": %2")
                             .arg(QDir::toNativeSeparators(path), error)
                      << Qt::endl;
        return ExitUsage;
    }
    // The secrets are bound to the profile as written in the file, before any --name.
    const ProfileDocument parsed = *document;
    Profile &profile = document->profile;
    if (parser.isSet(nameOption)) {
        profile.name = parser.value(nameOption);
        if (!ProfileName::isValid(profile.name, &error)) {
            console.err() << error << Qt::endl;
            return ExitUsage;
        }
    }

    StoreSession session;
    const bool exists = session.profiles().exists(profile.name);
    // Names compare without regard to case: report the name as stored, not as typed.
    const std::optional<Profile> existing = session.profiles().load(profile.name);
    if (exists && !parser.isSet(replaceOption)) {
        console.err() << TransferCommands::tr(
                             "A profile named \"%1\" already exists. Add --replace to replace it, "
                             "or --name to import under another name.")
                             .arg(existing ? existing->name : profile.name)
                      << Qt::endl;
        return ExitUsage;
    }

    ConnectionResult result;
    if (document->secrets) {
        const std::optional<Credentials> credentials = decryptSecrets(parsed, &error);
        if (!credentials) {
            console.err() << error << Qt::endl;
            return ExitUsage;
        }
        result = session.save(profile, *credentials,
                              exists ? ConnectionStore::SaveMode::Replace
                                     : ConnectionStore::SaveMode::CreateOnly);
    } else {
        // A replaced profile's old credentials may belong to another account: remove them with
        // the old profile, then save the imported one, which has none.
        if (exists)
            result = session.remove(profile.name);
        if (result.ok())
            result = ConnectionResult::fromProfile(session.profiles().create(profile));
    }
    if (!result.ok()) {
        console.err() << result.message << Qt::endl;
        return exitCodeFor(result);
    }
    if (document->secrets) {
        console.err() << TransferCommands::tr(
                             "Imported profile \"%1\" with its secrets, now in the keychain.")
                             .arg(profile.name)
                      << Qt::endl;
    } else {
        console.err() << TransferCommands::tr(
                             "Imported profile \"%1\" without secrets. Store them with \"%2 save "
                             "--profile %1 --account %3\".")
                             .arg(profile.name, QCoreApplication::applicationName(),
                                  profile.accountId)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace tba
