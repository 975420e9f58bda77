#include "ui/netsuitelinks.h"

#include <QCoreApplication>

namespace tba {

QString netSuitePagePath(NetSuitePage page)
{
    switch (page) {
    case NetSuitePage::CompanyInformation:
        return QStringLiteral("/app/common/otherlists/company.nl");
    case NetSuitePage::EnableFeatures:
        return QStringLiteral("/app/setup/features.nl");
    case NetSuitePage::NewIntegration:
        return QStringLiteral("/app/common/integration/integrapp.nl");
    case NetSuitePage::Integrations:
        return QStringLiteral("/app/common/integration/integrapplist.nl");
    case NetSuitePage::NewRole:
        return QStringLiteral("/app/setup/role.nl");
    case NetSuitePage::Employees:
        return QStringLiteral("/app/common/entity/employeelist.nl");
    case NetSuitePage::NewAccessToken:
        return QStringLiteral("/app/setup/accesstoken.nl");
    }
    return QString();
}

QUrl netSuitePageUrl(const AccountId &account, NetSuitePage page)
{
    QUrl url = account.uiBaseUrl();
    url.setPath(netSuitePagePath(page));
    return url;
}

QString netSuiteMenuPath(NetSuitePage page)
{
    switch (page) {
    case NetSuitePage::CompanyInformation:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Company > Company Information");
    case NetSuitePage::EnableFeatures:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Company > Enable Features > SuiteCloud");
    case NetSuitePage::NewIntegration:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Integration > Manage Integrations > New");
    case NetSuitePage::Integrations:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Integration > Manage Integrations");
    case NetSuitePage::NewRole:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Users/Roles > Manage Roles > New");
    case NetSuitePage::Employees:
        return QCoreApplication::translate("tba::NetSuiteLinks", "Lists > Employees > Employees");
    case NetSuitePage::NewAccessToken:
        return QCoreApplication::translate("tba::NetSuiteLinks",
                                           "Setup > Users/Roles > Access Tokens > New");
    }
    return QString();
}

} // namespace tba
