#include "ui/pages/accountpage.h"

#include "ui/messagelabel.h"
#include "ui/stepintro.h"
#include "ui/wizardcontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {

AccountPage::AccountPage(WizardController *controller, QWidget *parent)
    : SetupPage(controller, WizardStep::Account, parent)
{
    setObjectName(QStringLiteral("accountPage"));
    setTitle(tr("Step 1 of 5: Your NetSuite account"));
    setSubTitle(tr("Tell the wizard which account the integration connects to."));
}

void AccountPage::buildContent()
{
    WizardController *controller = this->controller();
    auto *intro = new StepIntro(
        controller, NetSuitePage::CompanyInformation,
        {tr("Log in to NetSuite as an administrator."),
         tr("Go to Setup > Company > Company Information."),
         tr("Copy the <b>Account ID</b> field, such as 1234567 or 1234567_SB1 for a sandbox, "
            "and paste it below. The address of any NetSuite page of your account works too.")},
        this);

    auto *accountLabel = new QLabel(tr("&Account ID:"), this);
    m_account = new QLineEdit(controller->accountInput(), this);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("1234567, 1234567_SB1 or a NetSuite address"));
    accountLabel->setBuddy(m_account);
    m_accountMessage = createMessageLabel(QStringLiteral("accountMessage"), this);

    m_lookup = new QPushButton(tr("&Look up"), this);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setAccessibleDescription(
        tr("Asks NetSuite whether the account exists. No credentials are sent."));
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_lookup);
    m_lookupMessage = createMessageLabel(QStringLiteral("lookupMessage"), this);

    auto *presetLabel = new QLabel(tr("&Integration:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (const IntegrationPreset &preset : integrationPresets())
        m_preset->addItem(preset.name, preset.id);
    presetLabel->setBuddy(m_preset);

    auto *nameLabel = new QLabel(tr("Connection na&me:"), this);
    m_profileName = new QLineEdit(controller->profileNameInput(), this);
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileName->setAccessibleDescription(
        tr("The name this connection is saved under. Leave it empty for the suggested name."));
    nameLabel->setBuddy(m_profileName);
    m_profileNameMessage = createMessageLabel(QStringLiteral("profileNameMessage"), this);

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(accountLabel);
    layout->addLayout(accountRow);
    layout->addWidget(m_accountMessage);
    layout->addWidget(m_lookupMessage);
    layout->addWidget(presetLabel);
    layout->addWidget(m_preset);
    layout->addWidget(nameLabel);
    layout->addWidget(m_profileName);
    layout->addWidget(m_profileNameMessage);
    layout->addStretch();

    connect(m_account, &QLineEdit::textEdited, controller, &WizardController::setAccountInput);
    connect(m_lookup, &QPushButton::clicked, controller, &WizardController::lookupAccount);
    connect(m_preset, &QComboBox::activated, this,
            [this] { this->controller()->setPresetId(m_preset->currentData().toString()); });
    connect(m_profileName, &QLineEdit::textEdited, controller, &WizardController::setProfileName);
    refresh();
}

QString AccountPage::accountSummary() const
{
    const std::optional<AccountId> &account = controller()->account();
    if (!account)
        return controller()->accountError();
    return tr("Account ID %1 (%2). Web services: %3, user interface: %4.")
        .arg(account->realm(), account->kindName(), account->restBaseUrl().host(),
             account->uiBaseUrl().host());
}

void AccountPage::refresh()
{
    WizardController *c = controller();
    if (m_account->text() != c->accountInput())
        m_account->setText(c->accountInput());
    m_accountMessage->setText(accountSummary());
    m_account->setAccessibleDescription(m_accountMessage->text());

    m_lookup->setEnabled(c->account().has_value() &&
                         c->lookupStatus() != AccountLookup::Status::Running);
    m_lookupMessage->setText(c->lookupMessage());
    m_lookupMessage->setVisible(!m_lookupMessage->text().isEmpty());

    const int presetIndex = m_preset->findData(c->presetId());
    if (presetIndex >= 0)
        m_preset->setCurrentIndex(presetIndex);

    if (m_profileName->text() != c->profileNameInput())
        m_profileName->setText(c->profileNameInput());
    m_profileName->setPlaceholderText(c->defaultProfileName());
    const QString nameError = c->profileNameError();
    const QString nameWarning = c->profileNameWarning();
    if (!nameError.isEmpty())
        m_profileNameMessage->setText(tr("Error: %1").arg(nameError));
    else if (!nameWarning.isEmpty())
        m_profileNameMessage->setText(tr("Warning: %1").arg(nameWarning));
    else
        m_profileNameMessage->clear();
    m_profileNameMessage->setVisible(!nameError.isEmpty() || !nameWarning.isEmpty());
}

} // namespace tba
