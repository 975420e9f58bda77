#pragma once

#include "ui/setuppage.h"

class QLineEdit;

namespace tba {

class ChecklistBox;

/// Step 4: the role with the preset's permissions, and its assignment to the integration's user.
class RolePage : public SetupPage
{
    Q_OBJECT

public:
    explicit RolePage(WizardController *controller, QWidget *parent = nullptr);

    /// Scrolls to the checklist items of `itemIds`, marks them and focuses the first.
    void showItems(const QStringList &itemIds);

protected:
    void buildContent() override;
    void refresh() override;

private:
    QLineEdit *m_name = nullptr;
    ChecklistBox *m_checklist = nullptr;
    QString m_shownPreset;
};

} // namespace tba
