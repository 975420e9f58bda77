#include "core/profiles/profile.h"

#include <algorithm>

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

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// Returns true when `name` is 1 to ProfileName::maxLength ASCII letters, digits, ".", "_" or
/// "-", starting with a letter or digit. A plain loop instead of a regular expression, because
/// the wizard's first page checks the name and QRegularExpression would load and compile PCRE2
/// before the page is shown.
bool hasValidCharacters(const QString &name)
{
    if (name.isEmpty() || name.size() > ProfileName::maxLength || !isAsciiLetterOrDigit(name[0]))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'-';
    });
}

/// Returns true when `name` is a Windows device name (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to
/// LPT9) in any case, with or without an extension.
bool isWindowsDeviceName(const QString &name)
{
    const QStringView base = QStringView(name).left(name.indexOf(u'.'));
    for (const char *device : {"CON", "PRN", "AUX", "NUL"}) {
        if (base.compare(QLatin1String(device), Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() != 4 || base[3] < u'1' || base[3] > u'9')
        return false;
    return base.left(3).compare(QLatin1String("COM"), Qt::CaseInsensitive) == 0 ||
           base.left(3).compare(QLatin1String("LPT"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ProfileName::isValid(const QString &name, QString *error)
{
    return isValid(name, tr("profile name"), error);
}

bool ProfileName::isValid(const QString &name, const QString &term, QString *error)
{
    const bool matches = hasValidCharacters(name);
    if (matches && isWindowsDeviceName(name)) {
        if (error) {
            //: %1 is the term for the name, such as "profile name"; %2 is the name.
            *error = tr("Invalid %1 \"%2\": CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 "
                        "name devices on Windows, with or without an extension. Choose another "
                        "name.")
                         .arg(term, name);
        }
        return false;
    }
    if (matches)
        return true;
    if (error) {
        //: %1 is the term for the name, such as "profile name"; %2 is the name.
        *error = tr("Invalid %1 \"%2\": use 1 to %3 ASCII letters, digits, \".\", \"_\" or "
                    "\"-\", starting with a letter or digit, such as \"production\" or "
                    "\"sandbox-1\".")
                     .arg(term, name)
                     .arg(maxLength);
    }
    return false;
}

bool ProfileName::same(const QString &first, const QString &second)
{
    return first.compare(second, Qt::CaseInsensitive) == 0;
}

} // namespace tba
