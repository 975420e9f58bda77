#pragma once

#include "ui/setuppage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tba {

/// Step 1: the Account ID, checked with the data-center lookup, the integration preset and the
/// name the connection is saved under.
class AccountPage : public SetupPage
{
    Q_OBJECT

public:
    explicit AccountPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void buildContent() override;
    void refresh() override;

private:
    QString accountSummary() const;

    QLineEdit *m_account = nullptr;
    QLabel *m_accountMessage = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_lookupMessage = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLabel *m_profileNameMessage = nullptr;
};

} // namespace tba
