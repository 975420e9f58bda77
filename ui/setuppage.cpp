#include "ui/setuppage.h"

#include "ui/wizardcontroller.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace tba {

SetupPage::SetupPage(WizardController *controller, WizardStep step, QWidget *parent)
    : LazyPage(parent), m_controller(controller), m_step(step)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(controller, &WizardController::changed, this, [this] {
        if (hasContent())
            refresh();
        emit completeChanged();
    });
}

bool SetupPage::isComplete() const
{
    return m_controller->isStepComplete(m_step);
}

} // namespace tba
