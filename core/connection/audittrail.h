#pragma once

#include "core/connection/diagnosis.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tba {

/// Decodes the Detail column of NetSuite's Login Audit Trail (Setup > Users/Roles > User
/// Management > View Login Audit Trail), which contains the real cause of a 401 INVALID_LOGIN.
class LoginAuditTrailDecoder
{
    Q_DECLARE_TR_FUNCTIONS(tba::LoginAuditTrailDecoder)

public:
    /// Returns the cause and fix for a Detail value such as "InvalidSignature" or
    /// "consumer_key_refused". Case and surrounding whitespace are ignored. Returns nothing for an
    /// unknown value.
    static std::optional<Cause> decode(const QString &detail);

    /// Every Detail value that decode() recognizes, in NetSuite's spelling.
    static QStringList knownDetails();
};

} // namespace tba
