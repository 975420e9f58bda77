#include "ui/connectiontestmodel.h"

namespace tba {

ConnectionTestModel::ConnectionTestModel(QObject *parent) : QAbstractTableModel(parent)
{
    reset({});
}

void ConnectionTestModel::reset(const QList<PermissionReport> &permissions)
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < stepCount; ++i)
        m_rows.append({stepTitle(ConnectionStep(i)), StepState::Pending, QString(), false});
    for (const PermissionReport &report : permissions)
        m_rows.append({report.permission.name, report.state, report.summary, true});
    endResetModel();
}

void ConnectionTestModel::updateStep(const StepReport &report)
{
    setRow(rowOfStep(report.step), report.state, report.summary);
}

void ConnectionTestModel::updatePermission(int index, const PermissionReport &report)
{
    setRow(rowOfPermission(index), report.state, report.summary);
}

void ConnectionTestModel::setResult(const ConnectionTestResult &result)
{
    reset(result.permissions);
    for (const StepReport &report : result.steps)
        updateStep(report);
}

int ConnectionTestModel::rowOfPermissionNamed(const QString &name) const
{
    for (int row = stepCount; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

StepState ConnectionTestModel::state(int row) const
{
    return m_rows.value(row).state;
}

QString ConnectionTestModel::summary(int row) const
{
    return m_rows.value(row).summary;
}

void ConnectionTestModel::setRow(int row, StepState state, const QString &summary)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].summary = summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConnectionTestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return row.isPermission ? QStringLiteral("    ") + row.name : row.name;
    case StateColumn:
        return stateTitle(row.state);
    case SummaryColumn:
        return row.summary;
    default:
        return QVariant();
    }
}

QVariant ConnectionTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Check");
    case StateColumn:
        return tr("Result");
    case SummaryColumn:
        return tr("Details");
    default:
        return QVariant();
    }
}

} // namespace tba
