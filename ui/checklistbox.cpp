#include "ui/checklistbox.h"

#include "ui/wizardcontroller.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace tba {
namespace {

/// The property of a box marked by highlight(), until it is ticked.
constexpr const char *highlightedProperty = "highlighted";

} // namespace

ChecklistBox::ChecklistBox(WizardController *controller, const QList<ChecklistItem> &items,
                           QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setItems(items);
    connect(controller, &WizardController::changed, this, &ChecklistBox::refresh);
}

void ChecklistBox::setItems(const QList<ChecklistItem> &items)
{
    QLayoutItem *child;
    while ((child = layout()->takeAt(0)) != nullptr) {
        delete child->widget();
        delete child;
    }
    m_boxes.clear();

    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (const ChecklistItem &item : items) {
        QString text = item.title;
        auto *box = new QCheckBox(text.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        box->setObjectName(item.id);
        if (!item.reason.isEmpty())
            box->setAccessibleDescription(item.reason);
        const QString id = item.id;
        connect(box, &QCheckBox::toggled, this,
                [this, id](bool checked) { m_controller->setChecked(id, checked); });
        layout()->addWidget(box);
        m_boxes.append(box);
        if (!item.reason.isEmpty()) {
            auto *reason = new QLabel(item.reason, this);
            reason->setWordWrap(true);
            reason->setContentsMargins(indent, 0, 0, 0);
            layout()->addWidget(reason);
        }
    }
    refresh();
}

void ChecklistBox::refresh()
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(m_controller->isChecked(box->objectName()));
        if (box->isChecked() && box->property(highlightedProperty).toBool()) {
            box->setProperty(highlightedProperty, false);
            box->setStyleSheet(QString());
        }
    }
}

QCheckBox *ChecklistBox::highlight(const QStringList &itemIds)
{
    QCheckBox *first = nullptr;
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (!itemIds.contains(box->objectName()))
            continue;
        box->setProperty(highlightedProperty, true);
        box->setStyleSheet(QStringLiteral(
            "QCheckBox { background: palette(highlight); color: palette(highlighted-text); }"));
        if (!first)
            first = box;
    }
    return first;
}

} // namespace tba
