#pragma once

#include <QStringList>

namespace tba {

/// Runs "sign": prints the Authorization header value for one request, with the credentials taken
/// from the environment. Returns the exit code.
int runSignCommand(const QStringList &arguments);

} // namespace tba
