#pragma once

#include "ui/setupchecklists.h"

#include <QWidget>

class QCheckBox;

namespace tba {

class WizardController;

/// A column of check boxes, one per checklist item, each with its reason underneath. Ticking a
/// box records it in the controller; a box's object name is its item id.
class ChecklistBox : public QWidget
{
    Q_OBJECT

public:
    ChecklistBox(WizardController *controller, const QList<ChecklistItem> &items,
                 QWidget *parent = nullptr);

    /// Replaces the items, for example when the preset changes.
    void setItems(const QList<ChecklistItem> &items);
    QList<QCheckBox *> checkBoxes() const { return m_boxes; }
    /// Marks the boxes of `itemIds` until they are ticked, and returns the first of them.
    QCheckBox *highlight(const QStringList &itemIds);

private:
    void refresh();

    WizardController *m_controller;
    QList<QCheckBox *> m_boxes;
};

} // namespace tba
