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
    void refresh() override;

private:
    QString accountSummary() const;

    QLineEdit *m_account;
    QLabel *m_accountMessage;
    QPushButton *m_lookup;
    QLabel *m_lookupMessage;
    QComboBox *m_preset;
    QLineEdit *m_profileName;
    QLabel *m_profileNameMessage;
};

} // namespace tba
