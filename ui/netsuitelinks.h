#pragma once

#include "core/accountid.h"

#include <QString>
#include <QUrl>

namespace tba {

/// The NetSuite pages the wizard sends the administrator to.
enum class NetSuitePage
{
    CompanyInformation, ///< where the Account ID is shown
    EnableFeatures,     ///< the SuiteCloud tab holds the four features TBA needs
    NewIntegration,     ///< a new integration record, which issues the Consumer Key and Secret
    Integrations,       ///< the list of integration records, to reuse one
    NewRole,
    Employees,      ///< where the role is assigned to users
    NewAccessToken, ///< a new access token, which issues the Token ID and Secret
};

/// Returns the path of `page` below the account's user interface domain, such as
/// "/app/setup/role.nl".
QString netSuitePagePath(NetSuitePage page);

/// Returns "https://<host label>.app.netsuite.com" followed by the page's path.
QUrl netSuitePageUrl(const AccountId &account, NetSuitePage page);

/// Returns the translated menu path that leads to `page`, such as
/// "Setup > Company > Enable Features".
QString netSuiteMenuPath(NetSuitePage page);

} // namespace tba
