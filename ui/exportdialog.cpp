#include "ui/exportdialog.h"

#include "core/export/exportformat.h"
#include "core/export/secretsencryption.h"
#include "ui/dialogfit.h"
#include "ui/wizardcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {
namespace {

/// Returns the usual file name ending of `format`, such as ".env".
QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral(".json");
    case ExportFormat::Env:
        return QStringLiteral(".env");
    case ExportFormat::Ini:
        return QStringLiteral(".ini");
    case ExportFormat::Postman:
        return QStringLiteral(".postman_environment.json");
    }
    return QString();
}

} // namespace

ExportDialog::ExportDialog(WizardController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export connection profile"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->addItem(tr("Connection profile (JSON)"), int(ExportFormat::Json));
    m_format->addItem(tr("Environment variables (.env)"), int(ExportFormat::Env));
    m_format->addItem(tr("Python netsuite package (.ini)"), int(ExportFormat::Ini));
    m_format->addItem(tr("Postman environment (JSON)"), int(ExportFormat::Postman));

    m_includeSecrets = new QCheckBox(tr("&Include the four secrets"), this);
    m_includeSecrets->setObjectName(QStringLiteral("includeSecretsCheck"));
    m_secretsNote = new QLabel(this);
    m_secretsNote->setObjectName(QStringLiteral("secretsNoteLabel"));
    m_secretsNote->setWordWrap(true);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("passphraseConfirmEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setText(
        QDir::home().filePath(m_controller->savedProfile().name + fileSuffix(ExportFormat::Json)));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Choose the export file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_includeSecrets);
    form->addRow(QString(), m_secretsNote);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Rep&eat passphrase:"), m_confirmation);
    auto *pathLabel = new QLabel(tr("Fi&le:"), this);
    pathLabel->setObjectName(QStringLiteral("exportPathLabel"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportConfirmButton"));
    m_exportButton->setDefault(true);

    fitWidthToText(m_path, m_path->text());

    auto *layout = new QVBoxLayout(this);
    // The dialog never gets smaller than its content, such as an error line or the warning.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (typedPath() != m_replacePath) {
            m_exportButton->setText(tr("E&xport"));
            m_askingToReplace = false;
        }
        hideStaleError();
    });
    connect(m_passphrase, &QLineEdit::textEdited, this, &ExportDialog::hideStaleError);
    connect(m_confirmation, &QLineEdit::textEdited, this, &ExportDialog::hideStaleError);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportDialog::hideStaleError);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportDialog::refresh);
    refresh();
}

void ExportDialog::refresh()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const bool secrets = m_includeSecrets->isChecked();
    const bool encrypted = secrets && format == ExportFormat::Json;
    m_passphrase->setEnabled(encrypted);
    m_confirmation->setEnabled(encrypted);
    if (!secrets)
        m_secretsNote->setText(tr("Without secrets, the file is safe to share."));
    else if (encrypted)
        m_secretsNote->setText(tr("The secrets are encrypted with the passphrase (at least %n "
                                  "characters).",
                                  nullptr, SecretsEncryption::minPassphraseLength));
    else
        m_secretsNote->setText(tr("Warning: this format holds the secrets in plaintext. Anyone "
                                  "who can read the file can use the connection."));
    growToFitContent(this);
}

void ExportDialog::updateSuffix()
{
    const QString path = m_path->text();
    const auto format = ExportFormat(m_format->currentData().toInt());
    // The longest ending first, because ".postman_environment.json" also ends in ".json".
    for (const ExportFormat known :
         {ExportFormat::Postman, ExportFormat::Json, ExportFormat::Env, ExportFormat::Ini}) {
        if (path.endsWith(fileSuffix(known))) {
            m_path->setText(path.chopped(fileSuffix(known).size()) + fileSuffix(format));
            return;
        }
    }
}

void ExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export connection profile"), m_path->text());
    if (path.isEmpty())
        return;
    // The file dialog has asked already when the file exists.
    m_replacePath = path;
    m_path->setText(path);
}

QString ExportDialog::typedPath() const
{
    const QString path = m_path->text().trimmed();
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

void ExportDialog::hideStaleError()
{
    // An error is about the last click on Export, so it goes once the input changes. The
    // question whether to replace a file stays while that file's path does.
    if (!m_askingToReplace)
        m_error->hide();
}

void ExportDialog::showError(const QString &message)
{
    m_askingToReplace = false;
    m_error->setText(message);
    m_error->show();
    growToFitContent(this);
}

void ExportDialog::accept()
{
    WizardController::ExportOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.includeSecrets = m_includeSecrets->isChecked();
    options.path = typedPath();
    if (QFileInfo(options.path).isDir()) {
        const QString example = QDir(options.path).filePath(m_controller->savedProfile().name +
                                                            fileSuffix(options.format));
        showError(tr("Error: \"%1\" is a folder. Add a file name, such as \"%2\".")
                      .arg(QDir::toNativeSeparators(options.path),
                           QDir::toNativeSeparators(example)));
        return;
    }
    if (QFileInfo::exists(options.path) && options.path != m_replacePath) {
        m_replacePath = options.path;
        m_exportButton->setText(tr("&Replace"));
        showError(tr("The file \"%1\" already exists. Click Replace to overwrite it, or "
                     "change the file name.")
                      .arg(QDir::toNativeSeparators(options.path)));
        m_askingToReplace = true;
        return;
    }
    if (options.includeSecrets && options.format == ExportFormat::Json) {
        if (m_passphrase->text() != m_confirmation->text()) {
            showError(tr("Error: The two passphrases differ. Type the same passphrase twice."));
            return;
        }
        options.passphrase = m_passphrase->text();
    }
    QString error;
    if (!m_controller->exportProfile(options, &error)) {
        showError(tr("Error: %1").arg(error));
        return;
    }
    emit exported(QFileInfo(options.path).absoluteFilePath());
    QDialog::accept();
}

} // namespace tba
