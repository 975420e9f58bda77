#pragma once

#include <QStringList>

namespace tba {

/// Runs "list": prints the saved profiles. Returns the exit code.
int runListCommand(const QStringList &arguments);

/// Runs "save": stores the credentials from the environment in the keychain under a profile.
int runSaveCommand(const QStringList &arguments);

/// Runs "delete": removes a profile and its keychain entries.
int runDeleteCommand(const QStringList &arguments);

/// Runs "rename": renames a profile and moves its keychain entries.
int runRenameCommand(const QStringList &arguments);

} // namespace tba
