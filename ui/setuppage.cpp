#include "ui/setuppage.h"

#include "ui/messagelabel.h"
#include "ui/wizardcontroller.h"

#include <QLabel>
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
    // The smallest window still shows ten lines of the page, yet fits 1366x768 at 150 %.
    scroll->setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 10);
    auto *content = new QWidget(scroll);
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(scroll, 1);

    connect(controller, &WizardController::changed, this, [this] {
        showOpenProblem();
        if (hasContent())
            refresh();
        emit completeChanged();
    });
}

void SetupPage::showOpenProblem()
{
    const bool showsProblems = m_step == WizardStep::Account ||
                               m_step == WizardStep::IntegrationRecord ||
                               m_step == WizardStep::AccessToken;
    const QString problem = showsProblems ? m_controller->openProblem() : QString();
    if (!m_openProblem) {
        if (problem.isEmpty())
            return;
        // Created on the first problem, so a start without one builds no widget for it. It sits
        // above the scroll area, so it is in view however long the page is.
        m_openProblem = createMessageLabel(QStringLiteral("openProblemMessage"), this);
        qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, m_openProblem);
    }
    m_openProblem->setText(problem.isEmpty() ? QString() : tr("Warning: %1").arg(problem));
    m_openProblem->setVisible(!problem.isEmpty());
}

void SetupPage::addFooter(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void SetupPage::showFooter(QWidget *footer)
{
    footer->show();
    m_layout->activate();
    // QWizard sets its minimum size only when it changes pages, so in a window at that minimum
    // a footer shown later would overlap the content. The window grows by what is missing.
    const int missing = minimumSizeHint().height() - height();
    if (missing > 0 && window() != this)
        window()->resize(window()->width(), window()->height() + missing);
}

bool SetupPage::isComplete() const
{
    return m_controller->isStepComplete(m_step);
}

} // namespace tba
