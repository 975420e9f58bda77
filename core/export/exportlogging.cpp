#include "core/export/exportlogging.h"

Q_LOGGING_CATEGORY(lcExport, "tba.core.export", QtInfoMsg)
