#pragma once

#include "core/connection/connectiontest.h"

#include <QAbstractTableModel>
#include <QList>

namespace tba {

/// The rows of the connection test's progress view: one per step, then one per permission of the
/// preset, each with its state and summary. Widget-free, so the controller's tests can read it.
class ConnectionTestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        SummaryColumn,
        ColumnCount
    };
    /// Holds the row's StepState as an int.
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit ConnectionTestModel(QObject *parent = nullptr);

    /// Shows every step and `permissions` as Pending.
    void reset(const QList<PermissionReport> &permissions);
    void updateStep(const StepReport &report);
    void updatePermission(int index, const PermissionReport &report);
    /// Replaces every row with the final result.
    void setResult(const ConnectionTestResult &result);

    /// Returns the row of `step`, which is its position in ConnectionStep.
    static int rowOfStep(ConnectionStep step) { return int(step); }
    /// Returns the row of the permission with `index` in the preset.
    static int rowOfPermission(int index) { return stepCount + index; }
    /// Returns the row of the permission whose name is `name`, or -1.
    int rowOfPermissionNamed(const QString &name) const;

    StepState state(int row) const;
    QString summary(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        StepState state = StepState::Pending;
        QString summary;
        bool isPermission = false;
    };

    static constexpr int stepCount = int(ConnectionStep::PermissionAudit) + 1;

    void setRow(int row, StepState state, const QString &summary);

    QList<Row> m_rows;
};

} // namespace tba
