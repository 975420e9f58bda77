#pragma once

#include <QLoggingCategory>

// Profile file events: profile names, paths and errors. Profiles hold no secrets.
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
