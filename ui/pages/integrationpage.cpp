#include "ui/pages/integrationpage.h"

#include "ui/credentialedit.h"
#include "ui/stepintro.h"
#include "ui/wizardcontroller.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tba {

IntegrationPage::IntegrationPage(WizardController *controller, QWidget *parent)
    : SetupPage(controller, WizardStep::IntegrationRecord, parent)
{
    setObjectName(QStringLiteral("integrationPage"));
    setTitle(tr("Step 3 of 5: Create the integration record"));
    setSubTitle(tr("The integration record identifies the application that connects."));
}

void IntegrationPage::buildContent()
{
    WizardController *controller = this->controller();
    m_intro = new StepIntro(controller, NetSuitePage::NewIntegration, {}, this);
    showInstructions(false);

    auto *notice = new QLabel(
        tr("Note: from NetSuite release 2027.1, new integration records can no longer use "
           "Token-Based Authentication; records made before keep working. On such an account, "
           "reusing an existing record may be the only choice."),
        this);
    notice->setObjectName(QStringLiteral("tbaSunsetNotice"));
    notice->setWordWrap(true);

    auto *nameLabel = new QLabel(tr("Integration na&me:"), this);
    m_name = new QLineEdit(controller->integrationName(), this);
    m_name->setObjectName(QStringLiteral("integrationNameEdit"));
    nameLabel->setBuddy(m_name);

    m_tbaTicked = new QCheckBox(tr("&Token-Based Authentication is ticked on the record"), this);
    m_tbaTicked->setObjectName(WizardController::integrationTbaItemId());
    m_reuse = new QCheckBox(tr("&Reuse an existing integration record instead"), this);
    m_reuse->setObjectName(QStringLiteral("reuseIntegrationCheck"));
    m_reuse->setAccessibleDescription(
        tr("Use the Consumer Key and Secret of a record you already have, if you kept them."));

    auto *onceWarning = new QLabel(
        tr("Warning: NetSuite shows the Consumer Key and Secret only once. If they are lost, "
           "reset them on the integration record (Reset Credentials) and update every system "
           "that uses them."),
        this);
    onceWarning->setObjectName(QStringLiteral("shownOnceWarning"));
    onceWarning->setWordWrap(true);

    auto *key =
        new CredentialEdit(controller, CredentialField::ConsumerKey, tr("Consumer &Key:"), this);
    auto *secret = new CredentialEdit(controller, CredentialField::ConsumerSecret,
                                      tr("Consumer S&ecret:"), this);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(m_intro);
    layout->addWidget(notice);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_tbaTicked);
    layout->addWidget(m_reuse);
    layout->addWidget(onceWarning);
    layout->addWidget(key);
    layout->addWidget(secret);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, controller, &WizardController::setIntegrationName);
    connect(m_tbaTicked, &QCheckBox::toggled, this, [this](bool checked) {
        this->controller()->setChecked(WizardController::integrationTbaItemId(), checked);
    });
    connect(m_reuse, &QCheckBox::toggled, controller,
            &WizardController::setReuseExistingIntegration);
    refresh();
}

void IntegrationPage::showInstructions(bool reuse)
{
    m_showsReuse = reuse;
    if (!reuse) {
        m_intro->setInstructions(
            NetSuitePage::NewIntegration,
            {tr("Go to Setup > Integration > Manage Integrations > New."),
             tr("Enter the name below, set the state to <b>Enabled</b> and tick "
                "<b>Token-Based Authentication</b>."),
             tr("Click <b>Save</b>. NetSuite then shows the <b>Consumer Key</b> and <b>Consumer "
                "Secret</b> once only: copy both into the fields below before leaving the "
                "page.")});
        return;
    }
    m_intro->setInstructions(
        NetSuitePage::Integrations,
        {tr("Go to Setup > Integration > Manage Integrations and open the record to reuse."),
         tr("Check that its state is <b>Enabled</b> and that <b>Token-Based "
            "Authentication</b> is ticked."),
         tr("NetSuite showed the <b>Consumer Key</b> and <b>Consumer Secret</b> only once, when "
            "the record was first saved. Enter the values you kept, or use <b>Reset "
            "Credentials</b> on the record to get new ones: systems that use the old values "
            "then stop working.")});
}

void IntegrationPage::refresh()
{
    WizardController *c = controller();
    if (m_name->text() != c->integrationName())
        m_name->setText(c->integrationName());
    const QSignalBlocker tbaBlocker(m_tbaTicked);
    m_tbaTicked->setChecked(c->isChecked(WizardController::integrationTbaItemId()));
    const QSignalBlocker reuseBlocker(m_reuse);
    m_reuse->setChecked(c->reusesExistingIntegration());
    m_tbaTicked->setEnabled(!c->reusesExistingIntegration());
    if (m_showsReuse != c->reusesExistingIntegration())
        showInstructions(c->reusesExistingIntegration());
}

} // namespace tba
