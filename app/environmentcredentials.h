#pragma once

#include "core/credentials.h"

#include <QString>

#include <optional>

namespace tba {

/// Reads the four credentials from NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET,
/// NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET, normalized and validated. On failure returns
/// nothing and sets `error` to a message naming every missing or invalid variable. Warnings go to
/// `warnings`.
std::optional<Credentials> credentialsFromEnvironment(QString *error, QStringList *warnings);

} // namespace tba
