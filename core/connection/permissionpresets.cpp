#include "core/connection/permissionpresets.h"

#include <QCoreApplication>

namespace tba {
namespace {

PermissionRequirement record(const char *id, const char *name, const char *level,
                             const char *recordType)
{
    return {QString::fromLatin1(id),         QCoreApplication::translate("tba::Permission", name),
            QString::fromLatin1(level),      ProbeKind::RecordList,
            QString::fromLatin1(recordType), {}};
}

PermissionRequirement suiteQl(const char *id, const char *name, const char *level,
                              const char *query)
{
    return {QString::fromLatin1(id),
            QCoreApplication::translate("tba::Permission", name),
            QString::fromLatin1(level),
            ProbeKind::SuiteQlQuery,
            {},
            QString::fromLatin1(query)};
}

PermissionRequirement restless(const char *id, const char *name, const char *level)
{
    return {QString::fromLatin1(id),
            QCoreApplication::translate("tba::Permission", name),
            QString::fromLatin1(level),
            ProbeKind::NotVerifiable,
            {},
            {}};
}

// One table per integration. The AfterShip role follows AfterShip's NetSuite setup guide; the
// generic preset is the least any REST integration needs.
QList<IntegrationPreset> buildPresets()
{
    return {
        {QStringLiteral("aftership"),
         QStringLiteral("AfterShip"),
         QStringLiteral("AfterShip"),
         {
             record("lists.customers", QT_TRANSLATE_NOOP("tba::Permission", "Lists > Customers"),
                    "View", "customer"),
             record("lists.contacts", QT_TRANSLATE_NOOP("tba::Permission", "Lists > Contacts"),
                    "View", "contact"),
             record("lists.currency", QT_TRANSLATE_NOOP("tba::Permission", "Lists > Currency"),
                    "View", "currency"),
             record("lists.items", QT_TRANSLATE_NOOP("tba::Permission", "Lists > Items"), "View",
                    "inventoryItem"),
             record("transactions.salesOrder",
                    QT_TRANSLATE_NOOP("tba::Permission", "Transactions > Sales Order"), "View",
                    "salesOrder"),
             record("transactions.itemFulfillment",
                    QT_TRANSLATE_NOOP("tba::Permission", "Transactions > Item Fulfillment"), "Full",
                    "itemFulfillment"),
             record("transactions.returnAuthorization",
                    QT_TRANSLATE_NOOP("tba::Permission", "Transactions > Return Authorization"),
                    "View", "returnAuthorization"),
             suiteQl("reports.suiteAnalyticsWorkbook",
                     QT_TRANSLATE_NOOP("tba::Permission", "Reports > SuiteAnalytics Workbook"),
                     "View", "SELECT id FROM customer"),
             restless("setup.soapWebServices",
                      QT_TRANSLATE_NOOP("tba::Permission", "Setup > SOAP Web Services"), "Full"),
             restless("lists.performSearch",
                      QT_TRANSLATE_NOOP("tba::Permission", "Lists > Perform Search"), "Full"),
             restless("lists.persistSearch",
                      QT_TRANSLATE_NOOP("tba::Permission", "Lists > Persist Search"), "Full"),
             restless("transactions.findTransaction",
                      QT_TRANSLATE_NOOP("tba::Permission", "Transactions > Find Transaction"),
                      "View"),
             restless("transactions.fulfillOrders",
                      QT_TRANSLATE_NOOP("tba::Permission", "Transactions > Fulfill Sales Orders"),
                      "Full"),
         }},
        {QStringLiteral("rest-basic"),
         QStringLiteral("Any REST integration"),
         QStringLiteral("REST"),
         {
             record("lists.customers", QT_TRANSLATE_NOOP("tba::Permission", "Lists > Customers"),
                    "View", "customer"),
         }},
    };
}

} // namespace

const QList<IntegrationPreset> &integrationPresets()
{
    static const QList<IntegrationPreset> presets = buildPresets();
    return presets;
}

const IntegrationPreset *findIntegrationPreset(const QString &id)
{
    for (const IntegrationPreset &preset : integrationPresets()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

QString probePath(const PermissionRequirement &permission)
{
    switch (permission.probe) {
    case ProbeKind::RecordList:
        return QStringLiteral("record/v1/") + permission.recordType;
    case ProbeKind::SuiteQlQuery:
        return QStringLiteral("query/v1/suiteql");
    case ProbeKind::NotVerifiable:
        break;
    }
    return {};
}

} // namespace tba
