#pragma once

#include <QLoggingCategory>

// Export and import events: formats, paths and errors. Never a secret or a passphrase.
Q_DECLARE_LOGGING_CATEGORY(lcExport)
