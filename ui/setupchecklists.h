#pragma once

#include <QList>
#include <QString>

namespace tba {

struct IntegrationPreset;

/// One thing the administrator does in NetSuite and ticks off in the wizard.
struct ChecklistItem
{
    QString id;     ///< stable key, stored with the wizard's progress
    QString title;  ///< what to tick or set, as NetSuite labels it
    QString reason; ///< one line on why the integration needs it; may be empty
};

/// Returns the four SuiteCloud features Token-Based Authentication needs, each with its reason.
QList<ChecklistItem> featureChecklist();

/// Returns the role's checklist for `preset`: Subsidiary Restrictions, then every permission of
/// the preset once, in the preset's order, then assigning the role to users.
QList<ChecklistItem> roleChecklist(const IntegrationPreset &preset);

/// Returns the ids of every item in `items`.
QStringList checklistIds(const QList<ChecklistItem> &items);

} // namespace tba
