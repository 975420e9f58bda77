#include "ui/setupchecklists.h"

#include "core/connection/permissionpresets.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tba {
namespace {

// Gives the checklists' texts one translation context.
struct SetupChecklists
{
    Q_DECLARE_TR_FUNCTIONS(tba::SetupChecklists)
};

} // namespace

QList<ChecklistItem> featureChecklist()
{
    return {
        {QStringLiteral("feature.clientSuiteScript"), SetupChecklists::tr("Client SuiteScript"),
         SetupChecklists::tr("Runs the scripts that integrations install on NetSuite forms.")},
        {QStringLiteral("feature.serverSuiteScript"), SetupChecklists::tr("Server SuiteScript"),
         SetupChecklists::tr("Runs the server-side scripts and RESTlets that integrations call.")},
        {QStringLiteral("feature.restWebServices"), SetupChecklists::tr("REST Web Services"),
         SetupChecklists::tr("Lets the integration read and write records over REST.")},
        {QStringLiteral("feature.tokenBasedAuthentication"),
         SetupChecklists::tr("Token-Based Authentication"),
         SetupChecklists::tr("Lets the integration log in with tokens instead of a password.")},
    };
}

QList<ChecklistItem> roleChecklist(const IntegrationPreset &preset)
{
    QList<ChecklistItem> items;
    items.append({QStringLiteral("role.subsidiaryRestrictionsAll"),
                  SetupChecklists::tr("Subsidiary Restrictions: All"),
                  SetupChecklists::tr("Lets the integration see records of every subsidiary.")});
    QSet<QString> seen;
    for (const PermissionRequirement &permission : preset.permissions) {
        if (seen.contains(permission.name))
            continue;
        seen.insert(permission.name);
        const QString title =
            permission.level.isEmpty()
                ? permission.name
                : SetupChecklists::tr("%1 (level %2)").arg(permission.name, permission.level);
        items.append({QStringLiteral("permission.") + permission.id, title, QString()});
    }
    // Every role that logs in with a token over REST needs these two, whatever the integration;
    // the connection test's login step proves them. They are added unless the preset has them.
    const QList<ChecklistItem> loginPermissions = {
        {QStringLiteral("permission.setup.restWebServices"),
         SetupChecklists::tr("Setup > REST Web Services (level Full)"),
         SetupChecklists::tr("Without it, every REST request is rejected.")},
        {QStringLiteral("permission.setup.accessTokens"),
         SetupChecklists::tr(
             "Setup > User Access Tokens, or Log in using Access Tokens (level Full)"),
         SetupChecklists::tr("Without it, NetSuite rejects the token at login.")},
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
    items.append(
        {QStringLiteral("role.assignedToUsers"),
         SetupChecklists::tr("Role assigned to the integration's user (Lists > Employees > Edit > "
                             "Access > Roles)"),
         SetupChecklists::tr("Only a user who has the role can create an access token for it.")});
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
