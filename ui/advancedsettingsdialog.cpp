#include "ui/advancedsettingsdialog.h"

#include "ui/dialogfit.h"
#include "ui/wizardcontroller.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tba {

AdvancedSettingsDialog::AdvancedSettingsDialog(WizardController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("advancedSettingsDialog"));
    setWindowTitle(tr("Advanced settings"));
    const AdvancedSettings settings = controller->advancedSettings();

    m_caFile = new QLineEdit(settings.caFile, this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("None: trust the system's certificate authorities"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    browse->setAccessibleName(tr("Choose the CA file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_restBaseUrl = new QLineEdit(settings.restBaseUrl.toString(), this);
    m_restBaseUrl->setObjectName(QStringLiteral("restBaseUrlEdit"));
    m_restBaseUrl->setPlaceholderText(tr("From the data-center lookup"));
    m_lookupUrl = new QLineEdit(settings.lookupBaseUrl.toString(), this);
    m_lookupUrl->setObjectName(QStringLiteral("lookupUrlEdit"));
    m_lookupUrl->setPlaceholderText(ConnectionSettings::defaultLookupBaseUrl().toString());

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    // From 0, so that a typed 0 gets an error instead of being silently put back.
    m_timeout->setRange(0, AdvancedSettings::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.timeoutSeconds);

    auto *explanation = new QLabel(
        tr("Behind a proxy that inspects TLS, add the proxy's CA certificate (a PEM file). "
           "Certificates are always verified."),
        this);
    explanation->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("advancedErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setObjectName(QStringLiteral("caFileLabel"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&REST base URL:"), m_restBaseUrl);
    form->addRow(tr("&Data-center lookup URL:"), m_lookupUrl);
    form->addRow(tr("Request &timeout:"), m_timeout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("advancedOkButton"));

    const QString caText = m_caFile->text();
    fitWidthToText(m_caFile, caText.size() > m_caFile->placeholderText().size()
                                 ? caText
                                 : m_caFile->placeholderText());
    fitWidthToText(m_lookupUrl, m_lookupUrl->placeholderText());

    auto *layout = new QVBoxLayout(this);
    // The dialog never gets smaller than its content, such as an error line.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AdvancedSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdvancedSettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AdvancedSettingsDialog::browse);
}

void AdvancedSettingsDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("CA certificate file"), m_caFile->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void AdvancedSettingsDialog::accept()
{
    AdvancedSettings settings;
    settings.caFile = m_caFile->text().trimmed();
    settings.restBaseUrl = QUrl(m_restBaseUrl->text().trimmed());
    settings.lookupBaseUrl = QUrl(m_lookupUrl->text().trimmed());
    settings.timeoutSeconds = m_timeout->value();
    QString error;
    if (!m_controller->setAdvancedSettings(settings, &error)) {
        m_error->setText(tr("Error: %1").arg(error));
        m_error->show();
        growToFitContent(this);
        return;
    }
    QDialog::accept();
}

} // namespace tba
