#include "ui/diagnosisview.h"

#include "ui/messagelabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {
namespace {

/// Returns whether `status` comes from a NetSuite response, so that its detail is NetSuite's text.
bool detailFromNetSuite(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::PermissionsMissing:
    case ConnectionStatus::AccountNotFound:
    case ConnectionStatus::AuthenticationRejected:
    case ConnectionStatus::LoginForbidden:
    case ConnectionStatus::RateLimited:
    case ConnectionStatus::RequestRejected:
        return true;
    case ConnectionStatus::Connected:
    case ConnectionStatus::InvalidInput:
    case ConnectionStatus::ServerError:
    case ConnectionStatus::NetworkError:
    case ConnectionStatus::TlsError:
    case ConnectionStatus::Timeout:
        break;
    }
    return false;
}

/// Returns what to change in the advanced settings to fix `cause`, or an empty string when the
/// fix is not there.
QString advancedSettingFix(const Cause &cause)
{
    if (cause.id == QLatin1String("tls-self-signed") ||
        cause.id == QLatin1String("tls-unknown-issuer")) {
        return DiagnosisView::tr("Opens the advanced settings to set the CA file");
    }
    if (cause.id == QLatin1String("timeout"))
        return DiagnosisView::tr("Opens the advanced settings to set a longer request timeout");
    if (cause.id == QLatin1String("lookup-failed"))
        return DiagnosisView::tr("Opens the advanced settings to correct or clear the lookup "
                                 "address");
    return QString();
}

/// Returns the steps where `cause` is fixed: its own, and the others whose values it involves.
QList<WizardStep> fixSteps(const Cause &cause)
{
    // TODO: the core's Cause names one step; a list there would keep this table in one place.
    // Swapped values involve the consumer's values on step 3 and the token's on step 5.
    if (cause.id == QLatin1String("wrong-secret"))
        return {WizardStep::IntegrationRecord, WizardStep::AccessToken};
    return {cause.wizardStep};
}

} // namespace

DiagnosisView::DiagnosisView(WizardStep ownStep, QWidget *parent)
    : QWidget(parent), m_ownStep(ownStep)
{
    m_headline = createMessageLabel(QStringLiteral("diagnosisHeadline"), this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail = createMessageLabel(QStringLiteral("diagnosisDetail"), this);
    m_missing = createMessageLabel(QStringLiteral("missingPermissions"), this);
    m_warnings = createMessageLabel(QStringLiteral("diagnosisWarnings"), this);
    m_causes = new QWidget(this);
    m_causes->setObjectName(QStringLiteral("diagnosisCauses"));
    m_causesLayout = new QVBoxLayout(m_causes);
    m_causesLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_missing);
    layout->addWidget(m_causes);
    layout->addWidget(m_warnings);
    clear();
}

void DiagnosisView::clear()
{
    m_headline->clear();
    m_detail->clear();
    m_missing->clear();
    m_warnings->clear();
    QLayoutItem *child;
    while ((child = m_causesLayout->takeAt(0)) != nullptr) {
        if (child->layout()) {
            QLayoutItem *inner;
            while ((inner = child->layout()->takeAt(0)) != nullptr) {
                delete inner->widget();
                delete inner;
            }
        }
        delete child->widget();
        delete child;
    }
    hide();
}

void DiagnosisView::setDiagnosis(const Diagnosis &diagnosis,
                                 const QStringList &missingPermissionNames)
{
    clear();
    m_headline->setText(diagnosis.headline);
    if (diagnosis.detail.isEmpty())
        m_detail->clear();
    else if (detailFromNetSuite(diagnosis.status))
        m_detail->setText(tr("NetSuite says: %1").arg(diagnosis.detail));
    else if (diagnosis.status == ConnectionStatus::ServerError) // possibly not NetSuite
        m_detail->setText(tr("The server says: %1").arg(diagnosis.detail));
    else
        m_detail->setText(tr("This computer reports: %1").arg(diagnosis.detail));
    m_detail->setVisible(!diagnosis.detail.isEmpty());
    m_missing->setText(
        missingPermissionNames.isEmpty()
            ? QString()
            : tr("Missing permissions: %1").arg(missingPermissionNames.join(QStringLiteral(", "))));
    m_missing->setVisible(!missingPermissionNames.isEmpty());
    m_warnings->setText(diagnosis.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!diagnosis.warnings.isEmpty());

    int rank = 0;
    for (const Cause &cause : diagnosis.causes) {
        ++rank;
        QString text = tr("%1. %2 Fix: %3").arg(rank).arg(cause.summary, cause.fix);
        if (!cause.menuPath.isEmpty())
            text += QLatin1Char(' ') + tr("In NetSuite: %1.").arg(cause.menuPath);
        auto *row = new QHBoxLayout;
        auto *label = createMessageLabel(QStringLiteral("cause_") + cause.id, m_causes);
        label->setText(text);
        row->addWidget(label, 1);
        addFixButtons(row, cause);
        m_causesLayout->addLayout(row);
    }
    show();
}

void DiagnosisView::addFixButtons(QLayout *row, const Cause &cause)
{
    if (const QString fix = advancedSettingFix(cause); !fix.isEmpty()) {
        auto *button = new QPushButton(tr("Open Advanced..."), m_causes);
        button->setObjectName(QStringLiteral("openAdvancedButton_") + cause.id);
        button->setAccessibleDescription(fix);
        connect(button, &QPushButton::clicked, this,
                [this] { emit advancedSettingsRequested(); });
        row->addWidget(button);
        row->setAlignment(button, Qt::AlignTop);
    }
    // No button leads to the page this view is on.
    for (const WizardStep step : fixSteps(cause)) {
        if (step == WizardStep::None || step == m_ownStep)
            continue;
        const int number = int(step);
        auto *button = new QPushButton(tr("Go to step %1").arg(number), m_causes);
        button->setObjectName(QStringLiteral("goToStepButton_") + cause.id +
                              (step == cause.wizardStep ? QString()
                                                        : QStringLiteral("_step%1").arg(number)));
        button->setAccessibleDescription(
            tr("Goes back to step %1 to fix: %2").arg(number).arg(cause.summary));
        connect(button, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
        row->addWidget(button);
        row->setAlignment(button, Qt::AlignTop);
    }
}

} // namespace tba
