// The reconciliation outcomes as a table: one row per ReconRow, read straight from the core's compact
// storage. Filtering, search and sorting keep only a vector of row indexes, so a million rows cost 4 bytes
// each in the view and nothing is allocated per cell.
#pragma once

#include "reconcile/reconciliationjob.h"

#include "domain/podbuffer.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QLocale>
#include <QTimeZone>
#include <array>
#include <functional>
#include <memory>
#include <vector>

class ReconRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        ReasonColumn,
        TransactionIdColumn,
        KindColumn,
        LedgerAmountColumn,
        VanAmountColumn,
        DifferenceColumn,
        LedgerApprovalColumn,
        VanApprovalColumn,
        OccurredAtColumn,
        CardNumberColumn,
        CardCompanyColumn,
        MerchantColumn,
        CustomerColumn,
        CategoryColumn,
        LedgerLineColumn,
        VanLineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Which outcomes are shown. Amount/ApprovalNo select mismatched rows with that reason.
    enum class StatusFilter { All, Matched, Unmatched, Mismatched, Amount, ApprovalNo, LedgerOnly, VanOnly, Duplicate };
    Q_ENUM(StatusFilter)
    static constexpr int StatusFilterCount = 9;

    /// An extra condition (e.g. a chart click: "hour 13", "category 식음료"), applied with the status filter.
    using Predicate = std::function<bool(const ReconOutcome &, const ReconRow &)>;

    explicit ReconRowsModel(QObject *parent = nullptr);

    void setOutcome(std::shared_ptr<const ReconOutcome> outcome);
    std::shared_ptr<const ReconOutcome> outcome() const { return m_outcome; }

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    /// Case-insensitive substring of transaction id, approval number, card last 4 or merchant name.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setPredicate(Predicate predicate, const QString &description);
    void clearPredicate() { setPredicate({}, QString()); }
    QString predicateDescription() const { return m_predicateDescription; }

    /// Rows that `filter` would show under the current search text and predicate (the live counts).
    /// The rows the grid shows, in its order, as indexes into the outcome's rows (for exports).
    std::vector<qint32> sourceRows() const { return std::vector<qint32>(m_view.data(), m_view.data() + m_view.size()); }
    qsizetype countFor(StatusFilter filter) const;
    /// The outcome behind a view row, or null.
    const ReconRow *reconRow(int viewRow) const;
    /// The column the view is sorted by, or -1 (outcome order).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Money as the UI shows it: the locale's digit grouping behind a won sign ("₩1,250,000", "-₩500").
    static QString formatWon(qint64 won, const QLocale &locale = QLocale());
    /// The status of one outcome in words ("Amount differs", "Duplicate (VAN)").
    static QString statusText(const ReconRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// After any change of filter, search, predicate or outcome (counts may have changed).
    void filterChanged();

private:
    /// Per search text: which dictionary codes of each side's merchant names contain it (computed once).
    struct SearchPlan;

    void rebuild();
    void rebuildView();
    /// Which outcome rows the search text finds, one byte each, in source order; the last answer is shared.
    std::shared_ptr<const std::vector<quint8>> searchHits(const QString &text) const;
    void sortAll();
    QVariant displayData(const ReconRow &row, int column) const;
    QVariant toolTipData(const ReconRow &row, int column) const;
    QString reasonText(const ReconRow &row) const;
    QString won(qint64 amount) const;
    /// Copies the default QLocale and its number symbols, so a money cell formats without looking them up.
    void takeLocale();
    QIcon statusIcon(ReconStatus status) const;

    std::shared_ptr<const ReconOutcome> m_outcome;
    StatusFilter m_status = StatusFilter::All;
    QString m_search;
    Predicate m_predicate;
    QString m_predicateDescription;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// Indexes into m_outcome->result.rows, in display order. A PodBuffer (huge pages) because the first
    /// fill of 4 MB of fresh 4 KiB pages cost 60 ms of page faults on the GUI thread at the end of a run.
    PodBuffer<qint32> m_view;
    /// Every outcome in the current sort order (empty when unsorted), so a filter change is one O(n) pass
    /// over it and keeps the sort without sorting again.
    std::vector<qint32> m_sorted;
    std::array<qsizetype, StatusFilterCount> m_counts {}; ///< countFor() per filter, filled by rebuild()
    /// The UI locale as of construction or the last setOutcome(): money and times are formatted with it.
    QLocale m_locale;
    QChar m_groupSeparator; ///< null when the locale omits grouping
    QChar m_zeroDigit;
    QString m_negativeSign;
    QTimeZone m_displayZone; ///< Asia/Seoul: settlement days are Korean days whatever the PC's zone
    mutable std::array<QIcon, ReconStatusCount> m_icons; ///< from the application style, on first use
    mutable bool m_iconsLoaded = false;
};
