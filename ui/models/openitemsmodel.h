// The open-items grid: the store's discrepancies (carried across runs) with their resolution state, one row per
// item. Sorting and the open/all filter are OpenItemsFilter's job; this model only presents.
#pragma once

#include "resolve/openitem.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <array>
#include <vector>

class OpenItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        TransactionIdColumn,
        KindColumn,
        SideStatusColumn,
        LedgerAmountColumn,
        VanAmountColumn,
        DifferenceColumn,
        ApprovalColumn,
        TimeColumn,
        MerchantColumn,
        CardColumn,
        ReasonCodeColumn,
        NoteColumn,
        UpdatedByColumn,
        UpdatedAtColumn,
        RunColumn,
        ColumnCount
    };

    explicit OpenItemsModel(QObject *parent = nullptr);

    void setItems(std::vector<OpenItem> items);
    /// Replaces the rows of these items in place (after a resolve or an undo); unknown ids are appended.
    void updateItems(const std::vector<OpenItem> &items);
    const std::vector<OpenItem> &items() const { return m_items; }
    const OpenItem &item(int row) const { return m_items[size_t(row)]; }
    /// Row of an item id, -1 when it is not loaded.
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Translated "Ledger only", "VAN only", "Mismatched (amount)"…: which side the item has and why.
    static QString sideStatusText(const OpenItem &item);
    /// The state column's tint: distinct per state family (open, pending, verified, matched late, written off).
    static QColor stateColor(ItemState state);

private:
    QVariant displayData(const OpenItem &item, int column) const;
    QVariant sortData(const OpenItem &item, int column) const;
    QIcon stateIcon(ItemState state) const;

    std::vector<OpenItem> m_items;
    mutable std::array<QIcon, 7> m_icons;
    mutable bool m_iconsLoaded = false;
};
