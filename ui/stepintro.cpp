#include "ui/stepintro.h"

#include "ui/cachedheightlabel.h"
#include "ui/wizardcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {

StepIntro::StepIntro(WizardController *controller, NetSuitePage page,
                     const QStringList &instructions, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    // Both labels contain rich text, which QLabel lays out again for every height requested.
    m_steps = new CachedHeightLabel(this);
    m_steps->setObjectName(QStringLiteral("instructionsLabel"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);

    m_menuPath = new CachedHeightLabel(this);
    m_menuPath->setObjectName(QStringLiteral("menuPathLabel"));
    m_menuPath->setWordWrap(true);

    m_buttons = new QHBoxLayout;
    m_openFailed = new QLabel(this);
    m_openFailed->setObjectName(QStringLiteral("openFailedLabel"));
    m_openFailed->setWordWrap(true);
    m_openFailed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openFailed->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_menuPath);
    layout->addLayout(m_buttons);
    layout->addWidget(m_openFailed);

    addOpenButton(page, tr("Open in Net&Suite"), QStringLiteral("openInNetSuiteButton"));
    m_buttons->addStretch();
    setInstructions(page, instructions);
    connect(controller, &WizardController::changed, this, &StepIntro::refresh);
    refresh();
}

void StepIntro::setInstructions(NetSuitePage page, const QStringList &instructions)
{
    QString list = QStringLiteral("<ol>");
    for (const QString &instruction : instructions)
        list += QStringLiteral("<li>") + instruction + QStringLiteral("</li>");
    list += QStringLiteral("</ol>");
    m_steps->setText(list);
    m_menuPath->setText(
        tr("In NetSuite: <b>%1</b>").arg(netSuiteMenuPath(page).toHtmlEscaped()));
    setButtonPage(m_openButtons.constFirst(), page);
    m_openFailed->hide();
    refresh();
}

void StepIntro::setButtonPage(QPushButton *button, NetSuitePage page)
{
    button->setAccessibleDescription(
        tr("Opens %1 of your account in the web browser.").arg(netSuiteMenuPath(page)));
    button->setProperty("netSuitePage", int(page));
}

QPushButton *StepIntro::addOpenButton(NetSuitePage page, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    setButtonPage(button, page);
    connect(button, &QPushButton::clicked, this, [this, button] {
        open(NetSuitePage(button->property("netSuitePage").toInt()));
    });
    m_buttons->insertWidget(int(m_openButtons.size()), button);
    m_openButtons.append(button);
    refresh();
    return button;
}

void StepIntro::refresh()
{
    const bool known = m_controller->account().has_value();
    for (QPushButton *button : std::as_const(m_openButtons)) {
        button->setEnabled(known);
        button->setToolTip(
            known
                ? m_controller->netSuiteUrl(NetSuitePage(button->property("netSuitePage").toInt()))
                      .toString()
                : tr("Enter the Account ID on the first page first."));
    }
}

void StepIntro::open(NetSuitePage page)
{
    if (m_controller->openNetSuitePage(page)) {
        m_openFailed->hide();
        return;
    }
    m_openFailed->setText(tr("The browser could not be opened. Open this address yourself: %1")
                              .arg(m_controller->netSuiteUrl(page).toString()));
    m_openFailed->show();
}

} // namespace tba
