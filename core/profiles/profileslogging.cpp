#include "core/profiles/profileslogging.h"

Q_LOGGING_CATEGORY(lcProfiles, "tba.core.profiles", QtInfoMsg)
