// The figures behind the dashboard tab, gathered in one pass over a reconciliation outcome; no widgets, so the
// numbers can be tested on their own and the charts only draw them.
#pragma once

#include "reconcile/reconciliationjob.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <array>
#include <memory>
#include <vector>

struct DashboardStats
{
    static constexpr int HourCount = 24;

    /// Records and outcomes that fall in one hour of the day, Asia/Seoul.
    struct HourBucket
    {
        qint64 ledgerCount = 0; ///< ledger records whose time is in this hour
        qint64 ledgerWon = 0; ///< sum of their amounts (magnitudes, as the summary counts them)
        qint64 vanCount = 0;
        qint64 vanWon = 0;
        qint64 discrepancies = 0; ///< outcomes other than matched, placed by rowHour()
        qint64 verifiedCount = 0; ///< matched outcomes placed here
        qint64 verifiedNetWon = 0; ///< their approvals minus cancellations
    };

    /// One slice of verified spending: a customer, a category or a card company.
    struct Share
    {
        QByteArray key; ///< the value as stored (UTF-8), what a filter compares against
        QString label; ///< key decoded for display
        qint64 count = 0; ///< matched outcomes
        qint64 netWon = 0; ///< approvals minus cancellations
    };

    /// Per status: outcomes and the won sums of the records on each side (the summary's definition).
    std::array<ReconTotals, ReconStatusCount> byStatus {};
    std::array<HourBucket, HourCount> hours {};

    /// Verified spending = matched outcomes only, net of cancellations, read from the ledger record.
    qint64 verifiedCount = 0;
    qint64 verifiedNetWon = 0;
    std::vector<Share> topCustomers; ///< by net spend, largest first, at most the requested number
    qint64 otherCustomersCount = 0; ///< how many customers the "others" slice holds
    qint64 otherCustomersOutcomes = 0;
    qint64 otherCustomersNetWon = 0;
    qint64 customerCount = 0; ///< distinct customers with a matched outcome
    std::vector<Share> categories; ///< largest first
    std::vector<Share> cardCompanies; ///< largest first

    qint64 ledgerRecords = 0;
    qint64 vanRecords = 0;

    static DashboardStats compute(const ReconOutcome &outcome, int topCustomers = 10);

    /// Hour of the day in Asia/Seoul (UTC+9, no daylight saving) of a UTC epoch time; right for times before 1970.
    static int hourOfDay(qint64 utcMs);
    /// The hour an outcome is charted at: its ledger record's, or its VAN record's when it has no ledger record.
    static int rowHour(const ReconOutcome &outcome, const ReconRow &row);
};

Q_DECLARE_METATYPE(std::shared_ptr<const DashboardStats>)
