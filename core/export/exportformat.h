#pragma once

#include "core/credentials.h"
#include "core/profiles/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tba {

/// File formats a profile can be exported to.
enum class ExportFormat
{
    Json,    ///< our versioned profile format; secrets only encrypted with a passphrase
    Env,     ///< a .env file of NETSUITE_* variables
    Ini,     ///< the configuration file of the Python "netsuite" package
    Postman, ///< a Postman environment
};

/// The contents of one export: format, profile and, on request, the secrets.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Json;
    Profile profile;
    /// The four credentials, only when the user asked for secrets in the export.
    std::optional<Credentials> credentials;
    /// Encrypts the credentials of a Json export; unused by the other formats, which hold them
    /// in plaintext.
    QString passphrase;
};

/// Builds export files and writes them with mode 0600.
class ProfileExporter
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileExporter)

public:
    /// Parses a --format value: "json", "env", "ini" or "postman".
    static std::optional<ExportFormat> parseFormat(const QString &name);
    static QString formatName(ExportFormat format);

    /// Returns the format of `data` when it looks like an Env, Ini or Postman export: a
    /// NAME=value line, an [ini] section header, or a Postman environment. Only Json exports can
    /// be imported, so an importer uses this to say which format it was given.
    static std::optional<ExportFormat> recognizeOtherFormat(const QByteArray &data);

    /// Returns the file's contents, or nothing with `error` set when encryption fails.
    /// NOTE: a Json export with credentials runs scrypt with 128 MiB of memory, about 0.3 s on a
    /// 2-core x86-64 test machine, so a window should call this from a worker thread.
    static std::optional<QByteArray> render(const ExportRequest &request, QString *error);

    /// Writes `data` to `path` atomically (QSaveFile) with mode 0600, the mode every export gets.
    /// Fails, without writing, when `path` is a symbolic link.
    static bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);
};

} // namespace tba
