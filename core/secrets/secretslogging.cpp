#include "core/secrets/secretslogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "tba.core.secrets", QtInfoMsg)
