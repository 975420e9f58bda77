#pragma once

#include <QStringList>

namespace tba {

/// Runs "export": writes a profile to a file in one of the export formats, with its secrets only
/// when --include-secrets is given. Returns the exit code.
int runExportCommand(const QStringList &arguments);

/// Runs "import": reads a profile file, decrypting its secrets into the keychain when it has
/// them. Returns the exit code.
int runImportCommand(const QStringList &arguments);

} // namespace tba
