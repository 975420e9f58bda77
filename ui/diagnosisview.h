#pragma once

#include "core/connection/diagnosis.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tba {

/// Shows a failed connection test's diagnosis: the headline, NetSuite's detail, the ranked causes
/// with their fixes and menu paths, and a button per cause that goes back to the wizard step
/// where it is fixed.
class DiagnosisView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisView(QWidget *parent = nullptr);

    /// Shows `diagnosis`; `permissionNames` maps permission ids to the names the role page uses.
    void setDiagnosis(const Diagnosis &diagnosis, const QStringList &missingPermissionNames);
    void clear();

signals:
    /// The administrator asked to go back to `step` to fix a cause.
    void stepRequested(tba::WizardStep step);

private:
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_missing;
    QLabel *m_warnings;
    QWidget *m_causes;
    QVBoxLayout *m_causesLayout;
};

} // namespace tba
