#include "reconcile/daycoverage.h"

#include "domain/koreatime.h"
#include "import/csvimporter.h"
#include "reconcile/reconciliationjob.h"

#include <QLocale>
#include <QSettings>
#include <algorithm>
#include <limits>
#include <unordered_set>

namespace {

qint64 dayNumber(qint64 utcMs)
{
    const qint64 local = utcMs + KoreaTime::OffsetMs;
    constexpr qint64 kMsPerDay = qint64(24) * 3600 * 1000;
    return local >= 0 ? local / kMsPerDay : (local - kMsPerDay + 1) / kMsPerDay;
}

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + kJulianDayOfEpoch);
}

} // namespace

QDate DayCoverage::businessDay(qint64 utcMs)
{
    return dateOfDay(dayNumber(utcMs));
}

double DayCoverage::coveredShare() const
{
    return vanRecords == 0 ? 1.0 : double(vanRecordsCovered) / double(vanRecords);
}

DayCoverage::Verdict DayCoverage::verdict(double minShare) const
{
    if (ledgerRecords == 0 && vanRecords > 0)
        return Verdict::LedgerEmpty;
    if (vanRecords > 0 && coveredShare() < minShare)
        return Verdict::DaysApart;
    return Verdict::Plausible;
}

QString DayCoverage::explanation(double minShare) const
{
    const QLocale locale;
    const auto days = [&locale](QDate first, QDate last) {
        return first == last
            ? locale.toString(first, QLocale::ShortFormat)
            : tr("%1 to %2")
                  .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    };
    QString range;
    if (from.isValid() || to.isValid())
        range = days(from.isValid() ? from : to, to.isValid() ? to : from);
    switch (verdict(minShare)) {
    case Verdict::Plausible:
        return {};
    case Verdict::LedgerEmpty:
        return range.isEmpty()
            ? tr("The ledger returned no rows, while the VAN file holds %1 records of %2. Every one of them would "
                 "be recorded as missing from the ledger.")
                  .arg(locale.toString(vanRecords), days(vanFirst, vanLast))
            : tr("The ledger returned no rows for %1, while the VAN file holds %2 records of %3. Is the ledger "
                 "range the day of the VAN file?")
                  .arg(range, locale.toString(vanRecords), days(vanFirst, vanLast));
    case Verdict::DaysApart:
        return tr("Only %1 of the VAN file's %2 records (%3 %) fall on days the ledger covers%4; the VAN file is of "
                  "%5. Is the ledger range the day of the VAN file?")
            .arg(locale.toString(vanRecordsCovered), locale.toString(vanRecords),
                locale.toString(coveredShare() * 100, 'f', 1), range.isEmpty() ? QString() : tr(" (%1)").arg(range),
                days(vanFirst, vanLast));
    }
    return {};
}

DayCoverage DayCoverage::of(const ReconOutcome &outcome, const ReconInputs &inputs)
{
    DayCoverage c;
    c.from = inputs.from;
    c.to = inputs.to;
    c.ledgerRecords = outcome.ledger.size();
    c.vanRecords = outcome.van.size();
    const bool ranged = inputs.from.isValid() || inputs.to.isValid();
    const qint64 firstDay
        = inputs.from.isValid() ? inputs.from.toJulianDay() - kJulianDayOfEpoch : std::numeric_limits<qint64>::min();
    const qint64 lastDay
        = inputs.to.isValid() ? inputs.to.toJulianDay() - kJulianDayOfEpoch : std::numeric_limits<qint64>::max();
    // Without a range, the ledger covers the days its records fall on (a handful of distinct days).
    std::unordered_set<qint64> ledgerDays;
    if (!ranged) {
        for (qsizetype i = 0; i < outcome.ledger.size(); ++i)
            ledgerDays.insert(dayNumber(outcome.ledger.occurredAtMs(i)));
    }
    qint64 vanFirst = std::numeric_limits<qint64>::max();
    qint64 vanLast = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < outcome.van.size(); ++i) {
        const qint64 day = dayNumber(outcome.van.occurredAtMs(i));
        vanFirst = std::min(vanFirst, day);
        vanLast = std::max(vanLast, day);
        if (ranged ? (day >= firstDay && day <= lastDay) : ledgerDays.count(day) > 0)
            ++c.vanRecordsCovered;
    }
    if (c.vanRecords > 0) {
        c.vanFirst = dateOfDay(vanFirst);
        c.vanLast = dateOfDay(vanLast);
    }
    return c;
}

std::optional<std::pair<QDate, QDate>> DayCoverage::vanDays(
    const QString &file, const VanProfile &profile, const std::atomic_bool *cancel, QString *error)
{
    CsvImporter importer(profile);
    importer.setCancelFlag(cancel);
    importer.setRejectedLimit(0);
    const ImportResult result = importer.importFile(file);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return std::nullopt;
    }
    if (result.table.size() == 0) {
        if (error)
            *error = tr("%1 holds no records.").arg(file);
        return std::nullopt;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < result.table.size(); ++i) {
        const qint64 day = dayNumber(result.table.occurredAtMs(i));
        first = std::min(first, day);
        last = std::max(last, day);
    }
    return std::pair { dateOfDay(first), dateOfDay(last) };
}

double DayCoverage::configuredMinShare(const QSettings &settings)
{
    bool ok = false;
    const double share = settings.value(QStringLiteral("reconcile/minDayShare")).toDouble(&ok);
    return ok && share >= 0 && share <= 1 ? share : kDefaultMinShare;
}
