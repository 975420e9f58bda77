#pragma once

#include "core/connection/diagnosis.h"

#include <QStringList>

namespace tba {

/// Runs "check": the whole connection test, headless, with one line per step and the diagnosis,
/// or one JSON document with --json. Returns the exit code of the documented table.
int runCheckCommand(const QStringList &arguments);

/// Maps a diagnosis status to the command line's exit code.
int exitCodeForStatus(ConnectionStatus status);

} // namespace tba
