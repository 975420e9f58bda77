#pragma once

#include "core/connection/diagnosis.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tba {

/// Shows a failed connection test's diagnosis: the headline, the detail (labelled as NetSuite's
/// or as this computer's), and the ranked causes with their fixes and menu paths.
/// Each cause gets a button to the wizard step that fixes it (none for `ownStep`), or one that
/// opens the advanced settings when the fix is a CA file, the timeout or the lookup address.
class DiagnosisView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisView(WizardStep ownStep, QWidget *parent = nullptr);

    /// Shows `diagnosis`; `permissionNames` maps permission ids to the names the role page uses.
    void setDiagnosis(const Diagnosis &diagnosis, const QStringList &missingPermissionNames);
    void clear();

signals:
    /// The administrator asked to go back to `step` to fix a cause.
    void stepRequested(tba::WizardStep step);
    /// The administrator asked to open the advanced settings, such as to set a CA file.
    void advancedSettingsRequested();

private:
    /// Adds the buttons that lead to where `cause` is fixed to `row`.
    void addFixButtons(QLayout *row, const Cause &cause);

    WizardStep m_ownStep;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_missing;
    QLabel *m_warnings;
    QWidget *m_causes;
    QVBoxLayout *m_causesLayout;
};

} // namespace tba
