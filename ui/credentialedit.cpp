#include "ui/credentialedit.h"

#include "ui/wizardcontroller.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace tba {

QString CredentialEdit::objectPrefix(tba::CredentialField field)
{
    switch (field) {
    case tba::CredentialField::ConsumerKey:
        return QStringLiteral("consumerKey");
    case tba::CredentialField::ConsumerSecret:
        return QStringLiteral("consumerSecret");
    case tba::CredentialField::TokenId:
        return QStringLiteral("tokenId");
    case tba::CredentialField::TokenSecret:
        return QStringLiteral("tokenSecret");
    }
    return QString();
}

CredentialEdit::CredentialEdit(WizardController *controller, tba::CredentialField field,
                               const QString &labelText, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_field(field)
{
    const QString prefix = objectPrefix(field);
    const QString name = CredentialValidator::fieldName(field);
    auto *label = new QLabel(labelText, this);
    label->setObjectName(prefix + QStringLiteral("Label"));

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(prefix + QStringLiteral("Edit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(name);
    m_edit->setPlaceholderText(tr("64 hexadecimal characters, as NetSuite shows it"));
    label->setBuddy(m_edit);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(prefix + QStringLiteral("ShowButton"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    setRevealed(false);

    m_message = new QLabel(this);
    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0, 1, 2);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_toggle, 1, 1);
    layout->addWidget(m_message, 2, 0, 1, 2);

    connect(m_edit, &QLineEdit::textEdited, this, &CredentialEdit::onTextEdited);
    connect(m_toggle, &QToolButton::toggled, this, &CredentialEdit::setRevealed);
    connect(controller, &WizardController::changed, this, &CredentialEdit::refresh);
    refresh();
}

void CredentialEdit::onTextEdited(const QString &text)
{
    m_touched = true;
    const QString trimmed = CredentialValidator::normalize(text);
    if (trimmed != text)
        m_edit->setText(trimmed);
    m_controller->setCredential(m_field, trimmed);
    refresh();
}

void CredentialEdit::setRevealed(bool revealed)
{
    const QString name = CredentialValidator::fieldName(m_field);
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(revealed ? tr("Hide %1").arg(name) : tr("Show %1").arg(name));
    m_toggle->setAccessibleDescription(
        revealed ? tr("Hides the value again.")
                 : tr("Shows the value in plain text, for example to compare it with NetSuite."));
}

void CredentialEdit::refresh()
{
    const QString value = m_controller->credential(m_field);
    if (m_edit->text() != value)
        m_edit->setText(value);
    if (!value.isEmpty())
        m_touched = true;

    const QList<CredentialIssue> issues = m_controller->credentialIssues(m_field);
    if (!m_touched || issues.isEmpty()) {
        m_message->clear();
        m_message->hide();
        m_edit->setAccessibleDescription(QString());
        return;
    }
    const CredentialIssue &issue = issues.constFirst();
    const QString text =
        issue.isError() ? tr("Error: %1").arg(issue.message) : tr("Warning: %1").arg(issue.message);
    m_message->setText(text);
    m_message->setProperty("severity",
                           issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    m_message->show();
    m_edit->setAccessibleDescription(text);
}

} // namespace tba
