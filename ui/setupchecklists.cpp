#include "ui/setupchecklists.h"

#include "core/connection/permissionpresets.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tba {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tba::SetupChecklists", text);
}

} // namespace

QList<ChecklistItem> featureChecklist()
{
    return {
        {QStringLiteral("feature.clientSuiteScript"), tr("Client SuiteScript"),
         tr("Runs the scripts that integrations install on NetSuite forms.")},
        {QStringLiteral("feature.serverSuiteScript"), tr("Server SuiteScript"),
         tr("Runs the server-side scripts and RESTlets that integrations call.")},
        {QStringLiteral("feature.restWebServices"), tr("REST Web Services"),
         tr("Lets the integration read and write records over REST.")},
        {QStringLiteral("feature.tokenBasedAuthentication"), tr("Token-Based Authentication"),
         tr("Lets the integration log in with tokens instead of a password.")},
    };
}

QList<ChecklistItem> roleChecklist(const IntegrationPreset &preset)
{
    QList<ChecklistItem> items;
    items.append({QStringLiteral("role.subsidiaryRestrictionsAll"),
                  tr("Subsidiary Restrictions: All"),
                  tr("Lets the integration see records of every subsidiary.")});
    QSet<QString> seen;
    for (const PermissionRequirement &permission : preset.permissions) {
        if (seen.contains(permission.name))
            continue;
        seen.insert(permission.name);
        const QString title = permission.level.isEmpty()
                                  ? permission.name
                                  : tr("%1 (level %2)").arg(permission.name, permission.level);
        items.append({QStringLiteral("permission.") + permission.id, title, QString()});
    }
    // Every role that logs in with a token over REST needs these two, whatever the integration;
    // the connection test's login step proves them. They are added unless the preset has them.
    // TODO: the AfterShip preset table has no Lists > Perform Search yet, so this checklist
    // lacks it until the table gains the row.
    const QList<ChecklistItem> loginPermissions = {
        {QStringLiteral("permission.setup.restWebServices"),
         tr("Setup > REST Web Services (level Full)"),
         tr("Without it, every REST request is rejected.")},
        {QStringLiteral("permission.setup.accessTokens"),
         tr("Setup > User Access Tokens, or Log in using Access Tokens (level Full)"),
         tr("Without it, NetSuite rejects the token at login.")},
    };
    const QStringList loginNames = {QStringLiteral("Setup > REST Web Services"),
                                    QStringLiteral("Setup > User Access Tokens"),
                                    QStringLiteral("Setup > Log in using Access Tokens")};
    for (const ChecklistItem &item : loginPermissions) {
        const bool known = std::any_of(seen.cbegin(), seen.cend(), [&](const QString &name) {
            return item.title.startsWith(name) && loginNames.contains(name);
        });
        if (!known)
            items.append(item);
    }
    items.append({QStringLiteral("role.assignedToUsers"),
                  tr("Role assigned to the integration's user (Lists > Employees > Edit > "
                     "Access > Roles)"),
                  tr("Only a user who has the role can create an access token for it.")});
    return items;
}

QStringList checklistIds(const QList<ChecklistItem> &items)
{
    QStringList ids;
    for (const ChecklistItem &item : items)
        ids << item.id;
    return ids;
}

} // namespace tba
