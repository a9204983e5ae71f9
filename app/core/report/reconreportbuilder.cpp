#include "reconreportbuilder.h"

#include "domain/koreatime.h"
#include "ledger/ledgerurl.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcReportBuilder, "payrecon.report", QtWarningMsg)

namespace {

QDate koreanDate(qint64 utcMs)
{
    const KoreaTime::Civil c = KoreaTime::fromUtcMs(utcMs);
    return QDate(c.year, c.month, c.day);
}

/// Counts every merchant name of one side into counts (by text, so both sides' dictionaries add up).
void countMerchants(const RecordTable &table, QHash<QString, qint64> *counts)
{
    const DictColumn *names = table.dictionary(RecordTable::Text::MerchantName);
    if (!names)
        return;
    // Count by dictionary code first: one array increment per record, text only once per distinct name.
    std::vector<qint64> perCode(size_t(names->values().size()), 0);
    for (qsizetype row = 0; row < names->size(); ++row)
        ++perCode[names->code(row)];
    for (size_t code = 0; code < perCode.size(); ++code) {
        if (perCode[code] == 0)
            continue;
        const QString name = names->values().string(qsizetype(code)).trimmed();
        if (!name.isEmpty())
            (*counts)[name] += perCode[code];
    }
}

void addHourly(const RecordTable &table, bool ledger, std::array<ReconReport::HourVolume, 24> *hourly, qint64 *minMs,
    qint64 *maxMs)
{
    for (qsizetype row = 0; row < table.size(); ++row) {
        const qint64 at = table.occurredAtMs(row);
        *minMs = std::min(*minMs, at);
        *maxMs = std::max(*maxMs, at);
        // Korea has no daylight saving: the hour is the UTC time plus nine hours, modulo a day.
        const qint64 dayMs = qint64(24) * 3600 * 1000;
        const int hour = int((((at + KoreaTime::OffsetMs) % dayMs + dayMs) % dayMs) / (qint64(3600) * 1000));
        const qint64 signedWon = table.kind(row) == PaymentKind::Cancel ? -table.amount(row) : table.amount(row);
        ReconReport::HourVolume &h = (*hourly)[size_t(hour)];
        if (ledger) {
            ++h.ledgerCount;
            h.ledgerWon += signedWon;
        } else {
            ++h.vanCount;
            h.vanWon += signedWon;
        }
    }
}

QString ledgerName(const ReconInputs &in)
{
    if (!in.ledgerCsv.isEmpty())
        return QFileInfo(in.ledgerCsv).fileName();
    QString error;
    if (const auto url = LedgerUrl::parse(in.ledger.url, &error))
        return url->redacted();
    // Unparseable (it was rejected before the run, or came from elsewhere): never print a password from it.
    return QUrl(in.ledger.url).toString(QUrl::RemovePassword);
}

} // namespace

QString ReconReportBuilder::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReportBuilder) << "cannot hash" << path << file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Block by block: settlement files reach gigabytes, and addData(QIODevice*) reads in small pieces.
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            qCWarning(lcReportBuilder) << "cannot hash" << path << file.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ReconReportBuilder::systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

ReconReport ReconReportBuilder::build(const ReconOutcome &o, const ReconInputs &in) const
{
    ReconReport r;
    r.operatorName = m_operatorName.isEmpty() ? systemUserName() : m_operatorName;
    r.runId = m_runId;
    r.generatedAtMs = m_generatedAtMs != 0 ? m_generatedAtMs : QDateTime::currentMSecsSinceEpoch();
    r.version = QStringLiteral(PAYRECON_VERSION);
    r.summary = o.result.summary;
    r.rejected = o.rejected;
    r.rejectedCount = std::max<qint64>(o.rejectedCount, qint64(o.rejected.size()));

    // Inputs. Rejected rows name their file; the ledger's come first in the outcome, whatever they are named.
    qint64 vanRejected = 0;
    for (const RejectedRow &row : o.rejected)
        vanRejected += row.file == in.vanFile ? 1 : 0;
    ReconReport::Input ledger;
    ledger.role = QStringLiteral("ledger");
    ledger.name = ledgerName(in);
    if (!in.ledgerCsv.isEmpty()) {
        ledger.sha256 = fileSha256(in.ledgerCsv);
        ledger.profile = in.ledgerProfile.name;
    }
    ledger.rowsRead = o.ledger.size();
    ledger.rowsRejected = qint64(o.rejected.size()) - vanRejected;
    ReconReport::Input van;
    van.role = QStringLiteral("VAN file");
    van.name = QFileInfo(in.vanFile).fileName();
    van.sha256 = fileSha256(in.vanFile);
    van.profile = in.vanProfile.name;
    van.rowsRead = o.van.size();
    van.rowsRejected = vanRejected;
    r.inputs = { ledger, van };

    // Merchants: the most frequent names first, ties by name so the header does not change between runs.
    QHash<QString, qint64> merchants;
    countMerchants(o.ledger, &merchants);
    countMerchants(o.van, &merchants);
    std::vector<std::pair<QString, qint64>> ranked;
    ranked.reserve(size_t(merchants.size()));
    for (auto it = merchants.cbegin(); it != merchants.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    std::sort(ranked.begin(), ranked.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    r.merchantCount = qint64(ranked.size());
    for (size_t i = 0; i < ranked.size() && i < size_t(ReconReport::TopMerchants); ++i)
        r.merchantNames << ranked[i].first;

    // Hourly volume and, unless the ledger query had a range, the dates the records cover.
    qint64 minMs = std::numeric_limits<qint64>::max();
    qint64 maxMs = std::numeric_limits<qint64>::min();
    addHourly(o.ledger, true, &r.hourly, &minMs, &maxMs);
    addHourly(o.van, false, &r.hourly, &minMs, &maxMs);
    r.from = in.from.isValid() ? in.from : (minMs <= maxMs ? koreanDate(minMs) : QDate());
    r.to = in.to.isValid() ? in.to : (minMs <= maxMs ? koreanDate(maxMs) : QDate());

    // Discrepancies: every outcome that is not matched, with both sides' values side by side.
    const auto &rows = o.result.rows;
    r.discrepancies.reserve(size_t(std::count_if(
        rows.begin(), rows.end(), [](const ReconRow &row) { return row.status != ReconStatus::Matched; })));
    for (const ReconRow &row : rows) {
        if (row.status == ReconStatus::Matched)
            continue;
        ReconReport::Discrepancy d;
        d.status = row.status;
        d.reasons = row.reasons;
        d.duplicateSide = row.duplicateSide;
        const bool hasLedger = row.ledgerRow >= 0;
        const RecordTable &main = hasLedger ? o.ledger : o.van;
        const qsizetype mainRow = hasLedger ? row.ledgerRow : row.vanRow;
        d.transactionId = QString::fromUtf8(main.transactionId(mainRow));
        d.kind = main.kind(mainRow);
        d.occurredAtMs = main.occurredAtMs(mainRow);
        d.merchantName = QString::fromUtf8(main.text(mainRow, RecordTable::Text::MerchantName));
        if (hasLedger) {
            d.ledgerAmount = o.ledger.amount(row.ledgerRow);
            d.ledgerApprovalNo = QString::fromUtf8(o.ledger.approvalNo(row.ledgerRow));
        }
        if (row.vanRow >= 0) {
            d.vanAmount = o.van.amount(row.vanRow);
            d.vanApprovalNo = QString::fromUtf8(o.van.approvalNo(row.vanRow));
        }
        r.discrepancies.push_back(std::move(d));
    }
    return r;
}
