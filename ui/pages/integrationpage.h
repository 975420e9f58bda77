#pragma once

#include "ui/setuppage.h"

class QCheckBox;
class QLineEdit;

namespace tba {

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
    QLineEdit *m_name = nullptr;
    QCheckBox *m_tbaTicked = nullptr;
    QCheckBox *m_reuse = nullptr;
};

} // namespace tba
