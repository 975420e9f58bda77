#pragma once

#include "core/connection/diagnosis.h"

#include <QWizard>

namespace tba {

class SecretClipboard;
class WizardController;

/// The setup wizard's window: five pages that follow NetSuite's steps for Token-Based
/// Authentication, then the result page. Every action goes through the controller. The window
/// adds only the dialogs for the advanced settings and for opening a saved connection, and the
/// question asked before input is discarded.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    /// Neither argument is owned; both must outlive the wizard.
    SetupWizard(WizardController *controller, SecretClipboard *clipboard,
                QWidget *parent = nullptr);

    /// Goes back through the visited pages to the page of `step`.
    void goBackTo(WizardStep step);

    /// Asks before discarding unsaved input, then closes.
    void reject() override;

private:
    /// Moves on through complete pages up to the page where the last run stopped.
    void resumeProgress();
    /// Gives the keyboard focus to the first control of the current page.
    void focusFirstControl();
    void openAdvancedSettings();
    void openSavedConnection();
    void startNewSetup();
    /// Runs `action` at once when nothing is unsaved, otherwise after the administrator agrees
    /// in a box with `title`, `question` and the button `discardText`.
    void confirmDiscard(const QString &title, const QString &question, const QString &discardText,
                        std::function<void()> action);

    WizardController *m_controller;
    /// The page a resumed setup goes on to, or 0 once resuming is over.
    int m_resumeTarget = 0;
    bool m_discardConfirmed = false;
};

} // namespace tba
