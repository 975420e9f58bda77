#pragma once

#include "ui/netsuitelinks.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace tba {

class WizardController;

/// The top of a step page: numbered instructions, the NetSuite menu path, and buttons that open
/// the page in the administrator's account once the Account ID is known.
class StepIntro : public QWidget
{
    Q_OBJECT

public:
    StepIntro(WizardController *controller, NetSuitePage page, const QStringList &instructions,
              QWidget *parent = nullptr);

    /// Adds another "Open" button for `page`, such as the Employees list next to the new role.
    QPushButton *addOpenButton(NetSuitePage page, const QString &text, const QString &name);

    /// Replaces the instructions, and the page of the menu path and of the first "Open" button.
    void setInstructions(NetSuitePage page, const QStringList &instructions);

private:
    void refresh();
    void open(NetSuitePage page);

    /// Sets which NetSuite page `button` opens.
    void setButtonPage(QPushButton *button, NetSuitePage page);

    WizardController *m_controller;
    QLabel *m_steps;
    QLabel *m_menuPath;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_openButtons;
    QLabel *m_openFailed;
};

} // namespace tba
