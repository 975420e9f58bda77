#pragma once

#include <QLoggingCategory>

// Keychain events: job kind, profile name, field and error. Never a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
