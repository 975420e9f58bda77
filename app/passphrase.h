#pragma once

#include <QString>

#include <optional>

namespace tba {

/// Reads the passphrase of an encrypted export. From a terminal it prompts on standard error and
/// reads standard input with echo off, twice when `confirm` is set. Without a terminal it takes
/// NETSUITE_TBA_PASSPHRASE. Returns nothing with `error` set when neither is available, the two
/// entries differ, or the passphrase is empty.
std::optional<QString> readPassphrase(const QString &prompt, bool confirm, QString *error);

} // namespace tba
