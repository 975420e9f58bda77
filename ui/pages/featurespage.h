#pragma once

#include "ui/setuppage.h"

namespace tba {

/// Step 2: the four SuiteCloud features Token-Based Authentication needs.
class FeaturesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit FeaturesPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void buildContent() override;
};

} // namespace tba
