// The rows the importers could not read (file, line, column, value, reason) as a table beside the outcomes.
#pragma once

#include "reconcile/reconciliationjob.h"

#include <QAbstractTableModel>
#include <memory>

class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, LineColumn, ColumnIndexColumn, ColumnNameColumn, ValueColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setOutcome(std::shared_ptr<const ReconOutcome> outcome);
    std::shared_ptr<const ReconOutcome> outcome() const { return m_outcome; }
    /// Rejected rows counted by the importers but not kept (the list is capped); 0 when all are listed.
    qint64 omittedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ReconOutcome> m_outcome;
};
