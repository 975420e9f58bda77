#pragma once

#include <QLoggingCategory>

// The wizard's category, Info and above by default. Nothing logged here may contain a secret, a
// signature, an Authorization header or a response body.
Q_DECLARE_LOGGING_CATEGORY(lcWizard)
