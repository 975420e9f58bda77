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
    QString list = QStringLiteral("<ol>");
    for (const QString &instruction : instructions)
        list += QStringLiteral("<li>") + instruction + QStringLiteral("</li>");
    list += QStringLiteral("</ol>");
    // Both labels contain rich text, which QLabel lays out again for every height requested.
    auto *steps = new CachedHeightLabel(list, this);
    steps->setObjectName(QStringLiteral("instructionsLabel"));
    steps->setTextFormat(Qt::RichText);
    steps->setWordWrap(true);

    auto *menuPath = new CachedHeightLabel(
        tr("In NetSuite: <b>%1</b>").arg(netSuiteMenuPath(page).toHtmlEscaped()), this);
    menuPath->setObjectName(QStringLiteral("menuPathLabel"));
    menuPath->setWordWrap(true);

    m_buttons = new QHBoxLayout;
    m_openFailed = new QLabel(this);
    m_openFailed->setObjectName(QStringLiteral("openFailedLabel"));
    m_openFailed->setWordWrap(true);
    m_openFailed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openFailed->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(steps);
    layout->addWidget(menuPath);
    layout->addLayout(m_buttons);
    layout->addWidget(m_openFailed);

    addOpenButton(page, tr("Open in Net&Suite"), QStringLiteral("openInNetSuiteButton"));
    m_buttons->addStretch();
    connect(controller, &WizardController::changed, this, &StepIntro::refresh);
    refresh();
}

QPushButton *StepIntro::addOpenButton(NetSuitePage page, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleDescription(
        tr("Opens %1 of your account in the web browser.").arg(netSuiteMenuPath(page)));
    button->setProperty("netSuitePage", int(page));
    connect(button, &QPushButton::clicked, this, [this, page] { open(page); });
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
