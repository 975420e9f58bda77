#include "core/logging.h"

Q_LOGGING_CATEGORY(lcSigning, "tba.core.signing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "tba.core.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "tba.core.connection", QtInfoMsg)
