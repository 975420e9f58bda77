#pragma once

#include "ui/setuppage.h"

class QCheckBox;
class QLineEdit;

namespace tba {

class StepIntro;

/// Step 3: the integration record, which issues the Consumer Key and Consumer Secret.
class IntegrationPage : public SetupPage
{
    Q_OBJECT

public:
    explicit IntegrationPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void buildContent() override;
    void refresh() override;

private:
    /// Shows the steps for a new record, or for reusing one when `reuse` is set.
    void showInstructions(bool reuse);

    StepIntro *m_intro = nullptr;
    bool m_showsReuse = false;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_tbaTicked = nullptr;
    QCheckBox *m_reuse = nullptr;
};

} // namespace tba
