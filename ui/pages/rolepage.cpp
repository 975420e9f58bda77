#include "ui/pages/rolepage.h"

#include "ui/checklistbox.h"
#include "ui/stepintro.h"
#include "ui/wizardcontroller.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tba {

RolePage::RolePage(WizardController *controller, QWidget *parent)
    : SetupPage(controller, WizardStep::Role, parent)
{
    setObjectName(QStringLiteral("rolePage"));
    setTitle(tr("Step 4 of 5: Create the role and assign it"));
    setSubTitle(tr("The role decides what the integration may see and change."));
}

void RolePage::buildContent()
{
    WizardController *controller = this->controller();
    auto *intro = new StepIntro(
        controller, NetSuitePage::NewRole,
        {tr("Go to Setup > Users/Roles > Manage Roles > New and enter the role name below."),
         tr("Set <b>Subsidiary Restrictions</b> to <b>All</b>."),
         tr("On the <b>Permissions</b> tab, add each permission listed below with its level, "
            "then click <b>Save</b>."),
         tr("Go to Lists > Employees, edit the user the integration logs in as, and add the "
            "role on the <b>Access</b> tab under <b>Roles</b>.")},
        this);
    intro->addOpenButton(NetSuitePage::Employees, tr("Open &Employees"),
                         QStringLiteral("openEmployeesButton"));

    auto *nameLabel = new QLabel(tr("Role na&me:"), this);
    m_name = new QLineEdit(controller->roleName(), this);
    m_name->setObjectName(QStringLiteral("roleNameEdit"));
    nameLabel->setBuddy(m_name);

    auto *heading = new QLabel(tr("Done in NetSuite:"), this);
    m_checklist = new ChecklistBox(controller, controller->roleItems(), this);
    m_checklist->setObjectName(QStringLiteral("roleChecklist"));
    m_shownPreset = controller->presetId();

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(heading);
    layout->addWidget(m_checklist);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, controller, &WizardController::setRoleName);
}

void RolePage::refresh()
{
    WizardController *c = controller();
    if (m_name->text() != c->roleName())
        m_name->setText(c->roleName());
    if (m_shownPreset != c->presetId()) {
        m_shownPreset = c->presetId();
        m_checklist->setItems(c->roleItems());
    }
}

void RolePage::showItems(const QStringList &itemIds)
{
    ensureContent();
    QCheckBox *first = m_checklist->highlight(itemIds);
    if (!first)
        return;
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("pageScrollArea")))
        scroll->ensureWidgetVisible(first);
    first->setFocus(Qt::OtherFocusReason);
}

} // namespace tba
