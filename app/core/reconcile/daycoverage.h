// Which business days (Seoul dates) the two sides of a reconciliation cover, and whether they belong together.
// A ledger range for the wrong day reads no ledger rows and turns a whole VAN file into "VAN only"; recording
// such a run would open thousands of false items that the next correct run closes as "matched late".
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <atomic>
#include <optional>
#include <utility>

struct ReconInputs;
struct ReconOutcome;
class QSettings;
class VanProfile;

struct DayCoverage
{
    Q_DECLARE_TR_FUNCTIONS(DayCoverage)

public:
    enum class Verdict {
        Plausible,
        LedgerEmpty, ///< the ledger returned no row at all
        DaysApart, ///< too few VAN records fall on days the ledger side covers
    };
    /// Below this share of VAN records on the ledger's days a run is held back (a setting may change it).
    static constexpr double kDefaultMinShare = 0.5;

    QDate vanFirst; ///< first and last business day of the VAN records; invalid without records
    QDate vanLast;
    qint64 vanRecords = 0;
    qint64 vanRecordsCovered = 0; ///< VAN records on a day the ledger side covers
    qint64 ledgerRecords = 0;
    QDate from; ///< the ledger range asked for; an invalid end is open
    QDate to;

    /// Settings key reconcile/minDayShare (0…1), else kDefaultMinShare.
    static double configuredMinShare(const QSettings &settings);

    /// Covered VAN records as a share of all of them; 1 without VAN records.
    double coveredShare() const;
    Verdict verdict(double minShare = kDefaultMinShare) const;
    /// What is wrong in words, with the days and counts; empty when the run is plausible.
    QString explanation(double minShare = kDefaultMinShare) const;

    /// The ledger side covers its range when one is set, else the days its records fall on.
    static DayCoverage of(const ReconOutcome &outcome, const ReconInputs &inputs);
    /// The Seoul business day of a UTC time.
    static QDate businessDay(qint64 utcMs);
    /// First and last business day of a VAN file's records, reading the whole file through its profile (off the
    /// GUI thread: a million rows take a fraction of a second); nullopt with *error when it cannot be read.
    static std::optional<std::pair<QDate, QDate>> vanDays(
        const QString &file, const VanProfile &profile, const std::atomic_bool *cancel, QString *error);
};
