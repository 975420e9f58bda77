#include "ui/pages/resultpage.h"

#include "ui/exportdialog.h"
#include "ui/messagelabel.h"
#include "ui/secretclipboard.h"
#include "ui/wizardcontroller.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {

ResultPage::ResultPage(WizardController *controller, SecretClipboard *clipboard, QWidget *parent)
    : LazyPage(parent), m_controller(controller), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Connection saved"));
    setSubTitle(tr("Enter these values in the integration's connect form."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
}

void ResultPage::buildContent()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportButton = new QPushButton(tr("&Export connection profile..."), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ResultPage::openExportDialog);

    m_copyRows = new QGridLayout;
    using Field = CredentialField;
    WizardController *c = m_controller;
    addCopyRow(tr("Account ID"), QStringLiteral("copyAccountIdButton"), false,
               [c] { return c->account() ? c->account()->realm() : QString(); });
    const QList<QPair<Field, QString>> secrets = {
        {Field::ConsumerKey, QStringLiteral("copyConsumerKeyButton")},
        {Field::ConsumerSecret, QStringLiteral("copyConsumerSecretButton")},
        {Field::TokenId, QStringLiteral("copyTokenIdButton")},
        {Field::TokenSecret, QStringLiteral("copyTokenSecretButton")},
    };
    for (const auto &[field, name] : secrets) {
        const Field copied = field;
        addCopyRow(CredentialValidator::fieldName(field), name, true,
                   [c, copied] { return c->credential(copied); });
    }
    m_copyNote = new QLabel(
        tr("Copied secrets are hidden from clipboard managers and cleared from the clipboard "
           "after %n seconds.",
           nullptr, int(SecretClipboard::defaultClearDelay.count() / 1000)),
        this);
    m_copyNote->setWordWrap(true);
    m_status = createMessageLabel(QStringLiteral("resultStatusLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_copyRows);
    layout->addWidget(m_copyNote);
    layout->addWidget(exportButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
}

void ResultPage::addCopyRow(const QString &name, const QString &objectName, bool secret,
                            std::function<QString()> value)
{
    const int row = m_copyRows->rowCount();
    auto *label = new QLabel(name, this);
    auto *button = new QPushButton(tr("Copy"), this);
    button->setObjectName(objectName);
    button->setAccessibleName(tr("Copy %1").arg(name));
    button->setAccessibleDescription(
        secret ? tr("Copies the %1 to the clipboard for %n seconds.", nullptr,
                    int(SecretClipboard::defaultClearDelay.count() / 1000))
                     .arg(name)
               : tr("Copies the %1 to the clipboard.").arg(name));
    connect(button, &QPushButton::clicked, this, [this, name, secret, value] {
        if (secret) {
            m_clipboard->copySecret(value());
            m_status->setText(tr("Copied the %1. The clipboard is cleared in %n seconds.", nullptr,
                                 int(SecretClipboard::defaultClearDelay.count() / 1000))
                                  .arg(name));
        } else {
            m_clipboard->copyText(value());
            m_status->setText(tr("Copied the %1.").arg(name));
        }
    });
    m_copyRows->addWidget(label, row, 0);
    m_copyRows->addWidget(button, row, 1);
    m_copyRows->setColumnStretch(0, 1);
}

void ResultPage::initializePage()
{
    LazyPage::initializePage();
    const Profile &profile = m_controller->savedProfile();
    QString text = tr("The connection \"%1\" to account %2 is saved. Its secrets are in the "
                      "system keychain; the rest is in your settings folder.")
                       .arg(profile.name, profile.accountId);
    if (profile.lastCheck && profile.lastCheck->succeeded)
        text += QLatin1Char(' ') + tr("Last test: passed.");
    else
        text += QLatin1Char(' ') + tr("It was saved without a passing test.");
    m_summary->setText(text);
    m_status->clear();
}

void ResultPage::openExportDialog()
{
    auto *dialog = new ExportDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace tba
