#include "ui/uilogging.h"

Q_LOGGING_CATEGORY(lcWizard, "tba.ui.wizard", QtInfoMsg)
