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
    // Windows cannot create a file named after a device, in any case and with any extension.
    static const QRegularExpression windowsDevice(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const bool matches = pattern.match(name).hasMatch();
    if (matches && windowsDevice.match(name).hasMatch()) {
        if (error) {
            *error = tr("Invalid profile name \"%1\": CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 "
                        "to LPT9 name devices on Windows, with or without an extension. Choose "
                        "another name.")
                         .arg(name);
        }
        return false;
    }
    if (matches)
        return true;
    if (error) {
        *error = tr("Invalid profile name \"%1\": use 1 to %2 ASCII letters, digits, \".\", \"_\" "
                    "or \"-\", starting with a letter or digit, such as \"production\" or "
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
