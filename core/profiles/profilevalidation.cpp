#include "core/profiles/profilevalidation.h"

#include "core/accountid.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace tba {
namespace {

std::optional<QString> checkText(const QString &value, int maxLength)
{
    if (value.size() > maxLength) {
        return ProfileValidation::tr("It is %1 characters long; at most %2 are allowed.")
            .arg(value.size())
            .arg(maxLength);
    }
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return ProfileValidation::tr("It contains the control character U+%1.")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return std::nullopt;
}

/// Returns true for hosts under netsuite.com, and for loopback hosts, which the local NetSuite
/// emulator's profiles record.
bool isNetSuiteOrLoopbackHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower == QLatin1String("netsuite.com") || lower.endsWith(QLatin1String(".netsuite.com")))
        return true;
    if (lower == QLatin1String("localhost"))
        return true;
    const QHostAddress address(lower);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<QString> ProfileValidation::checkDomain(const QUrl &domain)
{
    return checkDomain(domain, domain.toString());
}

std::optional<QString> ProfileValidation::checkDomainText(const QString &text)
{
    return text.isEmpty() ? std::nullopt : checkDomain(QUrl(text, QUrl::StrictMode), text);
}

std::optional<QString> ProfileValidation::checkDomain(const QUrl &domain, const QString &text)
{
    if (domain.isEmpty() && text.isEmpty())
        return std::nullopt;
    const bool bare = domain.path().isEmpty() || domain.path() == QLatin1String("/");
    if (!domain.isValid() || domain.scheme() != QLatin1String("https") || domain.host().isEmpty() ||
        !domain.userInfo().isEmpty() || !bare || domain.hasQuery() || domain.hasFragment()) {
        return tr("\"%1\" is not a domain such as https://1234567.suitetalk.api.netsuite.com.")
            .arg(text);
    }
    if (!isNetSuiteOrLoopbackHost(domain.host())) {
        return tr("\"%1\" is not a NetSuite domain: its host %2 is not under netsuite.com, nor a "
                  "loopback address such as 127.0.0.1 or localhost.")
            .arg(text, domain.host());
    }
    return std::nullopt;
}

std::optional<FieldProblem> ProfileValidation::check(const Profile &profile)
{
    QString error;
    if (!ProfileName::isValid(profile.name, &error))
        return FieldProblem{QStringLiteral("name"), error};

    const std::optional<AccountId> account = AccountId::parse(profile.accountId, &error);
    if (!account)
        return FieldProblem{QStringLiteral("accountId"), error};
    if (account->realm() != profile.accountId) {
        return FieldProblem{QStringLiteral("accountId"),
                            tr("\"%1\" is not in the realm form; write it as \"%2\".")
                                .arg(profile.accountId, account->realm())};
    }

    const std::pair<const char *, const QUrl *> domains[] = {
        {"restDomain", &profile.restDomain},
        {"webservicesDomain", &profile.webservicesDomain},
        {"systemDomain", &profile.systemDomain}};
    for (const auto &[field, url] : domains) {
        if (const std::optional<QString> problem = checkDomain(*url))
            return FieldProblem{QString::fromLatin1(field), *problem};
    }

    const std::pair<const char *, const QString *> texts[] = {
        {"integrationName", &profile.integrationName}, {"roleName", &profile.roleName}};
    for (const auto &[field, text] : texts) {
        if (const std::optional<QString> problem = checkText(*text, maxTextLength))
            return FieldProblem{QString::fromLatin1(field), *problem};
    }

    static const QRegularExpression presetId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!presetId.match(profile.permissionPreset).hasMatch()) {
        return FieldProblem{
            QStringLiteral("permissionPreset"),
            tr("\"%1\" is not a preset id such as \"aftership\".").arg(profile.permissionPreset)};
    }
    if (profile.authMethod != QLatin1String(Profile::tokenBasedAuthentication)) {
        return FieldProblem{
            QStringLiteral("authMethod"),
            tr("\"%1\" is not supported; the only method is \"tba\".").arg(profile.authMethod)};
    }
    if (!profile.createdAt.isValid())
        return FieldProblem{QStringLiteral("createdAt"), tr("The time is missing or invalid.")};

    if (profile.lastCheck) {
        if (!profile.lastCheck->checkedAt.isValid()) {
            return FieldProblem{QStringLiteral("lastCheck.checkedAt"),
                                tr("The time is missing or invalid.")};
        }
        if (const std::optional<QString> problem =
                checkText(profile.lastCheck->summary, maxSummaryLength))
            return FieldProblem{QStringLiteral("lastCheck.summary"), *problem};
    }
    return std::nullopt;
}

} // namespace tba
