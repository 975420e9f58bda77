#pragma once

#include "core/profiles/connectionstore.h"
#include "ui/setuppage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tba {

class DiagnosisView;

/// Step 5: the access token, the connection test with its progress and diagnosis, and saving.
///
/// This is the wizard's commit page: its Finish button saves the profile through the controller
/// and, once the keychain and the profile file are written, goes on to the result page.
class TokenPage : public SetupPage
{
    Q_OBJECT

public:
    explicit TokenPage(WizardController *controller, QWidget *parent = nullptr);

    bool validatePage() override;

signals:
    /// The administrator asked to go back to `step` to fix a cause of a failed test.
    void stepRequested(tba::WizardStep step);
    /// A cause's fix is in the advanced settings, such as a CA file.
    void advancedSettingsRequested();

protected:
    void buildContent() override;
    void refresh() override;

private:
    void onSaveFinished(const ConnectionResult &result);
    void askToReplace();
    QStringList missingPermissionNames() const;

    QPushButton *m_test = nullptr;
    QLabel *m_testStatus = nullptr;
    QTreeView *m_progress = nullptr;
    DiagnosisView *m_diagnosis = nullptr;
    QCheckBox *m_untested = nullptr;
    QLabel *m_saveError = nullptr;
    bool m_advanceAfterSave = false;
};

} // namespace tba
