// Ranks, for each ledger-only item, the VAN-only items that are probably the same payment (same approval number;
// same amount and card close in time; a transaction id one typo away), so the GUI can offer one-click pairing.
#pragma once

#include "suggestionitem.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

/// Why a VAN item was suggested: bit flags, several may be set, stored in a quint8. (No ": quint8" on the enum:
/// lupdate's parser then loses the SuggestionEngine class below and warns on every tr() call.)
enum SuggestionReason {
    SameApprovalNo = 1, ///< the same non-empty approval number
    SameAmountCardInWindow = 2, ///< same amount, same known card last 4, |time difference| <= the window
    IdOneEditAway = 4, ///< transaction ids differ by one substitution, insertion, deletion or adjacent swap
    SameAmount = 8, ///< equal amounts (a tie-breaker, never a reason on its own)
    CloseInTime = 16, ///< |time difference| <= the window (a tie-breaker, never a reason on its own)
};

struct Suggestion
{
    qint64 ledgerId = 0; ///< SuggestionItem::id of the ledger-only item
    qint64 vanId = 0; ///< SuggestionItem::id of the VAN-only candidate
    int score = 0; ///< higher is likelier; see SuggestionEngine::Weight
    quint8 reasons = 0; ///< SuggestionReason bits
};

class SuggestionEngine
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionEngine)

public:
    /// Score of each reason. Any two of the three signals outrank any one signal with both tie-breakers.
    enum Weight : int {
        WeightApprovalNo = 400,
        WeightAmountCardInWindow = 300,
        WeightIdOneEditAway = 250,
        WeightSameAmount = 20,
        WeightCloseInTime = 10,
    };

    /// At most this many VAN items are looked at per index bucket and ledger item (the ones nearest in time), so
    /// a pathological bucket (thousands of items with one amount and card, or one approval number) cannot make
    /// the run quadratic.
    static constexpr int MaxProbesPerBucket = 64;
    /// Transaction ids longer than this get no one-edit search (each id costs one index entry per byte).
    static constexpr int MaxIdLength = 64;

    /// Largest |time difference| for SameAmountCardInWindow and CloseInTime; default 30 minutes.
    void setTimeWindow(qint64 ms) { m_windowMs = qBound(qint64(0), ms, qint64(366) * 24 * 3600 * 1000); }
    qint64 timeWindow() const { return m_windowMs; }
    /// Longest list per ledger item; default 5, values below 1 count as 1.
    void setMaxPerItem(int count) { m_maxPerItem = qMax(1, count); }
    int maxPerItem() const { return m_maxPerItem; }
    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// Called on rank()'s thread every 4,096 ledger items and once at the end (done == total == ledger items).
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Polled after the VAN indexes are built and every 256 ledger items; when it is set, rank() stops and returns
    /// an empty vector.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// One list per ledger item, in ledgerOnly's order: candidates of the same kind, best first (score descending,
    /// then time distance ascending, then vanId ascending). A VAN item may be offered to several ledger items.
    /// Equal transaction ids earn no IdOneEditAway (the matcher pairs those). Empty when cancelled.
    std::vector<std::vector<Suggestion>> rank(
        const std::vector<SuggestionItem> &ledgerOnly, const std::vector<SuggestionItem> &vanOnly) const;

    /// A translated sentence for the GUI tooltip naming the reasons, or an empty string for none.
    static QString describe(quint8 reasons);
    /// OSA distance <= 1 and not equal: one substitution, insertion, deletion or swap of adjacent bytes. Bytes, not
    /// characters: transaction ids are ASCII in every file we know; a mistyped non-ASCII letter counts as more.
    static bool isOneEditAway(QByteArrayView a, QByteArrayView b);

private:
    qint64 m_windowMs = 30 * 60 * 1000;
    int m_maxPerItem = 5;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
