#pragma once

#include <QLoggingCategory>

// One category per area, Info and above by default. Nothing logged here may contain a secret,
// a signature, an Authorization header or a response body.
Q_DECLARE_LOGGING_CATEGORY(lcSigning)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
