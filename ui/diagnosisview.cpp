#include "ui/diagnosisview.h"

#include "ui/messagelabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tba {

DiagnosisView::DiagnosisView(QWidget *parent) : QWidget(parent)
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
    m_detail->setText(diagnosis.detail.isEmpty() ? QString()
                                                 : tr("NetSuite says: %1").arg(diagnosis.detail));
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
        if (cause.wizardStep != WizardStep::None) {
            const int step = int(cause.wizardStep);
            auto *button = new QPushButton(tr("Go to step %1").arg(step), m_causes);
            button->setObjectName(QStringLiteral("goToStepButton_") + cause.id);
            button->setAccessibleDescription(
                tr("Goes back to step %1 to fix: %2").arg(step).arg(cause.summary));
            const WizardStep target = cause.wizardStep;
            connect(button, &QPushButton::clicked, this,
                    [this, target] { emit stepRequested(target); });
            row->addWidget(button, 0, Qt::AlignTop);
        }
        m_causesLayout->addLayout(row);
    }
    show();
}

} // namespace tba
