#pragma once

#include "app/exitcode.h"

#include <QList>
#include <QString>

namespace tba {

/// Returns the "Exit status:" table of the help for `codes`: one row per code, its meaning wrapped
/// at 79 columns and indented under its first line. Code 0 reads as a connection check's success,
/// and code 1 names an unknown account, when the list contains a code that only `check` returns.
QString exitCodeHelp(const QList<ExitCode> &codes);

} // namespace tba
