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
    void refresh() override;

private:
    QLineEdit *m_name;
    QCheckBox *m_tbaTicked;
    QCheckBox *m_reuse;
};

} // namespace tba
