#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tba {

class WizardController;

/// Asks how to export the saved connection: the format, whether secrets go in (encrypted with a
/// passphrase for our JSON format, in plaintext for the others), and the file. The controller
/// writes the file.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(WizardController *controller, QWidget *parent = nullptr);

    void accept() override;

signals:
    /// The file at `path` was written; the dialog closes next.
    void exported(const QString &path);

private:
    void browse();
    void refresh();
    /// Gives the file name the ending of the chosen format, if it has the ending of another.
    void updateSuffix();
    /// Shows `message` under the fields and lets the dialog grow to fit it.
    void showError(const QString &message);
    /// Hides the error after an input changed, unless it is the question whether to replace a
    /// file.
    void hideStaleError();
    /// Returns the typed path, with a leading "~/" replaced by the home folder.
    QString typedPath() const;

    WizardController *m_controller;
    QComboBox *m_format;
    QCheckBox *m_includeSecrets;
    QLabel *m_secretsNote;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirmation;
    QLineEdit *m_path;
    QLabel *m_error;
    QPushButton *m_exportButton;
    /// The existing file the user agreed to replace: in the file dialog or with Replace.
    QString m_replacePath;
    /// The error shown is the question whether to replace the file at m_replacePath.
    bool m_askingToReplace = false;
};

} // namespace tba
