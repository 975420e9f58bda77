#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tba {

class WizardController;

/// Edits the settings most administrators never need: a CA file for a TLS-inspecting proxy, the
/// REST base URL, the data-center lookup URL and the request timeout. TLS verification itself
/// cannot be switched off here or anywhere else.
class AdvancedSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdvancedSettingsDialog(WizardController *controller, QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();

    WizardController *m_controller;
    QLineEdit *m_caFile;
    QLineEdit *m_restBaseUrl;
    QLineEdit *m_lookupUrl;
    QSpinBox *m_timeout;
    QLabel *m_error;
};

} // namespace tba
