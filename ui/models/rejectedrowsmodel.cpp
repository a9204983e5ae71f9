#include "rejectedrowsmodel.h"

#include "modelroles.h"

#include <algorithm>

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRowsModel::setOutcome(std::shared_ptr<const ReconOutcome> outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    endResetModel();
}

qint64 RejectedRowsModel::omittedCount() const
{
    if (!m_outcome)
        return 0;
    return std::max<qint64>(0, m_outcome->rejectedCount - qint64(m_outcome->rejected.size()));
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outcome ? 0 : int(m_outcome->rejected.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!m_outcome || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &r = m_outcome->rejected[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FileColumn:
            return r.file;
        case LineColumn:
            return QString::number(r.line);
        case ColumnIndexColumn:
            // 0 means the whole row is at fault: no column to point at.
            return r.columnIndex > 0 ? QVariant(QString::number(r.columnIndex)) : QVariant();
        case ColumnNameColumn:
            return r.column;
        case ValueColumn:
            return r.value;
        case ReasonColumn:
            return r.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Values and reasons are often wider than their column.
        if (column == ValueColumn && !r.value.isEmpty())
            return r.value;
        if (column == ReasonColumn)
            return r.reason;
        if (column == FileColumn)
            return r.file;
        return {};
    case Qt::TextAlignmentRole:
        if (column == LineColumn || column == ColumnIndexColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ModelRoles::SourceRowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == LineColumn || section == ColumnIndexColumn
            ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnIndexColumn:
        return tr("Column no.");
    case ColumnNameColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}
