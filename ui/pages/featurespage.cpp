#include "ui/pages/featurespage.h"

#include "ui/checklistbox.h"
#include "ui/stepintro.h"
#include "ui/wizardcontroller.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tba {

FeaturesPage::FeaturesPage(WizardController *controller, QWidget *parent)
    : SetupPage(controller, WizardStep::Features, parent)
{
    setObjectName(QStringLiteral("featuresPage"));
    setTitle(tr("Step 2 of 5: Enable the features"));
    setSubTitle(tr("Token-Based Authentication works only with these SuiteCloud features on."));
}

void FeaturesPage::buildContent()
{
    WizardController *controller = this->controller();
    auto *intro = new StepIntro(
        controller, NetSuitePage::EnableFeatures,
        {tr("Go to Setup > Company > Enable Features and open the <b>SuiteCloud</b> tab."),
         tr("Tick each feature listed below, accepting the terms of service where NetSuite "
            "asks."),
         tr("Click <b>Save</b>, then tick each feature here.")},
        this);
    auto *heading = new QLabel(tr("Enabled in NetSuite:"), this);
    auto *checklist = new ChecklistBox(controller, controller->featureItems(), this);
    checklist->setObjectName(QStringLiteral("featureChecklist"));

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(heading);
    layout->addWidget(checklist);
    layout->addStretch();
}

} // namespace tba
