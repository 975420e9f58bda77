#pragma once

namespace tba {

/// The wizard's pages, registered with QWizard::setPage(). The first five match the values of
/// WizardStep, so a diagnosis that names a step names its page too.
enum WizardPageId : int
{
    AccountPageId = 1,
    FeaturesPageId = 2,
    IntegrationPageId = 3,
    RolePageId = 4,
    TokenPageId = 5,
    ResultPageId = 6,
};

} // namespace tba
