#pragma once

#include "core/credentials.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace tba {

class WizardController;

/// A password field for one credential with a Show/Hide toggle and its validation message
/// underneath. A pasted value is trimmed in the field. A typed one is kept as typed, and the
/// controller stores it trimmed. Once the field has been edited, the message shows the
/// controller's errors and warnings for it.
class CredentialEdit : public QWidget
{
    Q_OBJECT

public:
    /// `labelText` carries the label's & mnemonic; child object names start with objectPrefix().
    CredentialEdit(WizardController *controller, tba::CredentialField field,
                   const QString &labelText, QWidget *parent = nullptr);

    /// Returns "consumerKey", "consumerSecret", "tokenId" or "tokenSecret".
    static QString objectPrefix(tba::CredentialField field);

    QLineEdit *edit() const { return m_edit; }
    QToolButton *toggle() const { return m_toggle; }

protected:
    /// Drops Alt+letter key presses in the field, so an unmatched mnemonic types nothing.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void setRevealed(bool revealed);
    void refresh();

    WizardController *m_controller;
    tba::CredentialField m_field;
    QLineEdit *m_edit;
    QToolButton *m_toggle;
    QLabel *m_message;
    /// The field's text after the last edit, to tell a typed character from a paste.
    QString m_lastText;
    bool m_touched = false;
};

} // namespace tba
