#pragma once

#include <QList>
#include <QString>

namespace tba {

/// How a permission's presence can be proved over REST.
enum class ProbeKind
{
    RecordList,    ///< GET record/v1/<recordType>?limit=1
    SuiteQlQuery,  ///< POST query/v1/suiteql?limit=1 with Prefer: transient and a JSON body
    NotVerifiable, ///< REST cannot prove it (SOAP Web Services, Persist Search, ...)
};

/// One permission an integration's role needs, and how to prove it.
struct PermissionRequirement
{
    QString id;    ///< stable key, such as "transactions.salesOrder"
    QString name;  ///< as the role page shows it, such as "Transactions > Sales Order"
    QString level; ///< the level the integration needs: "View", "Full", ...
    ProbeKind probe = ProbeKind::NotVerifiable;
    QString recordType; ///< for RecordList, such as "salesOrder"
    QString suiteQl;    ///< for SuiteQlQuery, the query sent
};

/// The permissions one integration needs: one table of data per integration.
struct IntegrationPreset
{
    QString id;   ///< such as "aftership"
    QString name; ///< such as "AfterShip"
    /// The first words of the suggested integration record and role names, such as "AfterShip"
    /// for "AfterShip Integration" and "AfterShip Integration Role".
    QString recordNamePrefix;
    QList<PermissionRequirement> permissions;
};

/// Returns every known preset, AfterShip first.
const QList<IntegrationPreset> &integrationPresets();

/// Returns the preset with `id`, or nullptr.
const IntegrationPreset *findIntegrationPreset(const QString &id);

/// Returns the path of a probe below "<webservicesDomain>/services/rest/", such as
/// "record/v1/salesOrder", and its query, such as "limit=1". Empty for NotVerifiable.
QString probePath(const PermissionRequirement &permission);

} // namespace tba
