#include "core/profiles/profile.h"

#include <QRegularExpression>

namespace tba {

bool CheckRecord::operator==(const CheckRecord &other) const
{
    return checkedAt == other.checkedAt && succeeded == other.succeeded && summary == other.summary;
}

bool Profile::operator==(const Profile &other) const
{
    return name == other.name && accountId == other.accountId && restDomain == other.restDomain &&
           webservicesDomain == other.webservicesDomain && systemDomain == other.systemDomain &&
           integrationName == other.integrationName && roleName == other.roleName &&
           permissionPreset == other.permissionPreset && authMethod == other.authMethod &&
           createdAt == other.createdAt && lastCheck == other.lastCheck;
}

bool ProfileName::isValid(const QString &name, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return true;
    if (error) {
        *error = tr("Invalid profile name \"%1\": use 1 to %2 letters, digits, \".\", \"_\" or "
                    "\"-\", starting with a letter or digit, such as \"production\" or "
                    "\"sandbox-1\".")
                     .arg(name)
                     .arg(maxLength);
    }
    return false;
}

bool ProfileName::same(const QString &first, const QString &second)
{
    return first.compare(second, Qt::CaseInsensitive) == 0;
}

} // namespace tba
