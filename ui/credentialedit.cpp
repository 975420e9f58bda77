#include "ui/credentialedit.h"

#include "ui/wizardcontroller.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace tba {
namespace {

/// Returns the text that `after` inserted into `before`: what lies between their common start
/// and their common end.
QString insertedText(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype start = 0;
    while (start < shorter && before.at(start) == after.at(start))
        ++start;
    qsizetype end = 0;
    while (end < shorter - start &&
           before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end)) {
        ++end;
    }
    return after.mid(start, after.size() - start - end);
}

} // namespace

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

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &CredentialEdit::onTextEdited);
    connect(m_toggle, &QToolButton::toggled, this, &CredentialEdit::setRevealed);
    connect(controller, &WizardController::changed, this, &CredentialEdit::refresh);
    refresh();
}

void CredentialEdit::onTextEdited(const QString &text)
{
    m_touched = true;
    // A paste (or a drop) is trimmed at once. A typed character stays, even a space, because
    // the controller stores the value trimmed and reports an inner space under the field.
    const bool typed = insertedText(m_lastText, text).size() <= 1;
    const QString trimmed = CredentialValidator::normalize(text);
    if (!typed && trimmed != text)
        m_edit->setText(trimmed);
    m_lastText = m_edit->text();
    m_controller->setCredential(m_field, trimmed);
    refresh();
}

bool CredentialEdit::eventFilter(QObject *watched, QEvent *event)
{
    // An Alt+letter that matches no enabled mnemonic, such as Alt+F while Finish is disabled,
    // reaches the field as a key press, and QLineEdit would insert the letter into the secret.
    // Ctrl+Alt is left alone, because Windows sends AltGr characters with it.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers();
        if ((modifiers & Qt::AltModifier) && !(modifiers & Qt::ControlModifier) &&
            !key->text().isEmpty()) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    if (CredentialValidator::normalize(m_edit->text()) != value) {
        m_edit->setText(value);
        m_lastText = value;
    }
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
