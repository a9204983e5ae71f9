// The audit trail grid: one row per AuditEntry (oldest first, as the store returns them), read-only.
#pragma once

#include "resolve/auditentry.h"

#include <QAbstractTableModel>
#include <vector>

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        RunColumn,
        ItemColumn,
        ChangeColumn,
        ReasonCodeColumn,
        NoteColumn,
        BatchColumn,
        ColumnCount
    };

    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);
    const std::vector<AuditEntry> &entries() const { return m_entries; }

    /// Translated name of a stored action (accept_van, undo, matched_late…); unknown ones as stored.
    static QString actionDisplayName(const QString &action);
    /// Every action the store writes, in the order the filter offers them.
    static QStringList actions();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<AuditEntry> m_entries;
};
