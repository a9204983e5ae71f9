#include "csvimporter.h"

#include "csvscanner.h"
#include "datetimeformat.h"
#include "domain/cardmask.h"
#include "fieldparsers.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cstring>

Q_LOGGING_CATEGORY(lcImport, "payrecon.import", QtInfoMsg)

namespace {

constexpr qsizetype kBlockSize = 4 << 20;
constexpr qint64 kCancelCheckRows = 65536;

// Canonical fields in a fixed order so a row's values sit in a small array instead of a hash.
enum Slot {
    SlotTransactionId,
    SlotKind,
    SlotAmount,
    SlotApprovalNo,
    SlotOccurredAt,
    SlotDate,
    SlotTime,
    SlotCardNumber,
    SlotCardCompany,
    SlotMerchantId,
    SlotMerchantName,
    SlotCustomerId,
    SlotCategory,
    SlotInstallment,
    SlotCount
};

const char *const kSlotNames[SlotCount]
    = { "transaction_id", "kind", "amount", "approval_no", "occurred_at", "date", "time", "card_number", "card_company",
          "merchant_id", "merchant_name", "customer_id", "category", "installment_months" };

/// Offset of the first byte of the last `lines` non-empty lines of the device, so a footer is never parsed.
qint64 footerStart(QIODevice &dev, qint64 total, int lines)
{
    qint64 window = 64 * 1024;
    for (;;) {
        const qint64 from = qMax<qint64>(0, total - window);
        dev.seek(from);
        const QByteArray tail = dev.read(total - from);
        qsizetype i = tail.size();
        // Trailing blank lines do not count as footer lines.
        while (i > 0 && (tail[i - 1] == '\n' || tail[i - 1] == '\r' || tail[i - 1] == ' ' || tail[i - 1] == '\t'))
            --i;
        int found = 0;
        while (i > 0) {
            const qsizetype nl = tail.lastIndexOf('\n', i - 1);
            if (nl < 0) {
                if (from == 0) {
                    dev.seek(0);
                    return 0;
                }
                break;
            }
            const QByteArrayView line = QByteArrayView(tail).sliced(nl + 1, i - nl - 1).trimmed();
            if (!line.isEmpty() && ++found == lines) {
                dev.seek(0);
                return from + nl + 1;
            }
            i = nl;
        }
        if (from == 0) {
            dev.seek(0);
            return 0;
        }
        window *= 4;
    }
}

/// The state of one import; lives only inside CsvImporter::importDevice.
class ImportJob
{
public:
    ImportJob(const VanProfile &profile, const QString &file, ImportResult &result, qsizetype rejectedLimit)
        : m_profile(profile)
        , m_file(file)
        , m_result(result)
        , m_rejectedLimit(rejectedLimit)
        , m_datetime(profile.datetimeFormat)
        , m_date(profile.dateFormat)
        , m_time(profile.timeFormat)
        , m_zone(profile.timeZone.toUtf8())
    {
        for (auto it = profile.kindValues.begin(); it != profile.kindValues.end(); ++it)
            m_kinds.push_back({ it.key().toUtf8(), it.value() });
        m_kinds.push_back({ QByteArrayLiteral("approval"), PaymentKind::Approval });
        m_kinds.push_back({ QByteArrayLiteral("cancel"), PaymentKind::Cancel });
    }

    bool setEncoding(TextDecoder::Encoding e)
    {
        m_decoder.emplace(e);
        m_utf8 = e == TextDecoder::Encoding::Utf8;
        m_result.encoding = TextDecoder::name(e);
        return true;
    }

    bool zoneValid() const { return m_zone.isValid(); }
    /// For "auto" when the first block is pure ASCII: the first block with non-ASCII bytes decides.
    void setAutoPending(bool pending) { m_autoPending = pending; }
    bool autoPending() const { return m_autoPending; }

    /// Maps canonical fields to column positions; a fatal error names every missing header.
    bool mapHeader(const std::vector<QByteArrayView> &fields)
    {
        std::fill(std::begin(m_index), std::end(m_index), -1);
        m_maxIndex = -1;
        QStringList missing;
        if (m_profile.headerRow > 0) {
            for (const QByteArrayView f : fields) {
                QByteArray utf8;
                const QByteArrayView t = FieldParsers::trimmed(f);
                m_headers << (m_decoder->toUtf8(t, utf8) ? QString::fromUtf8(utf8) : m_decoder->describe(t));
            }
            // A BOM-less UTF-8 header can still start with U+FEFF if the file was concatenated.
            if (!m_headers.isEmpty() && m_headers.front().startsWith(QChar(0xFEFF)))
                m_headers.front().remove(0, 1);
        }
        for (int s = 0; s < SlotCount; ++s) {
            const auto it = m_profile.columns.constFind(QLatin1String(kSlotNames[s]));
            if (it == m_profile.columns.cend())
                continue;
            int idx = -1;
            if (it->index > 0)
                idx = it->index - 1;
            else
                idx = int(m_headers.indexOf(it->header));
            if (idx < 0 || (m_profile.headerRow > 0 && idx >= m_headers.size())) {
                missing << (it->index > 0 ? QStringLiteral("#%1").arg(it->index) : it->header);
                continue;
            }
            m_index[s] = idx;
            m_maxIndex = qMax(m_maxIndex, idx);
        }
        if (!missing.isEmpty()) {
            // The header is quoted whole, so a card number that sits in it must be masked here too.
            m_result.error = CardMask::maskText(
                QStringLiteral("%1: line %2: the header lacks the mapped column(s) %3 (profile \"%4\"; "
                               "header has: %5)")
                    .arg(m_file)
                    .arg(m_profile.headerRow)
                    .arg(missing.join(QStringLiteral(", ")), m_profile.name, m_headers.join(QStringLiteral(", "))));
            return false;
        }
        m_expectedFields = m_profile.headerRow > 0 ? int(fields.size()) : -1;
        return true;
    }

    void row(const std::vector<QByteArrayView> &fields, qint64 line, bool unterminated)
    {
        if (fields.size() == 1 && FieldParsers::trimmed(fields[0]).isEmpty())
            return; // a blank line carries no record
        if (unterminated) {
            reject(line, 0, QString(), joined(fields), QStringLiteral("a quoted field is never closed (missing \")"));
            return;
        }
        if (m_expectedFields >= 0 && int(fields.size()) != m_expectedFields) {
            reject(line, 0, QString(), joined(fields),
                QStringLiteral("expected %1 fields as in the header, found %2")
                    .arg(m_expectedFields)
                    .arg(fields.size()));
            return;
        }
        if (m_expectedFields < 0 && int(fields.size()) <= m_maxIndex) {
            reject(line, 0, QString(), joined(fields),
                QStringLiteral("expected at least %1 fields, found %2").arg(m_maxIndex + 1).arg(fields.size()));
            return;
        }
        QByteArrayView v[SlotCount];
        for (int s = 0; s < SlotCount; ++s) {
            if (m_index[s] < 0)
                continue;
            const QByteArrayView raw = FieldParsers::trimmed(fields[size_t(m_index[s])]);
            if (m_utf8) {
                // UTF-8 needs no conversion, only proof that it is UTF-8.
                const qsizetype bad = TextDecoder::firstInvalidUtf8(raw);
                if (Q_UNLIKELY(bad >= 0)) {
                    reject(line, s, m_decoder->describe(raw),
                        QStringLiteral("bytes that are not valid UTF-8 at byte %1 of the field").arg(bad + 1));
                    return;
                }
                v[s] = raw;
                continue;
            }
            if (TextDecoder::isAscii(raw)) {
                v[s] = raw;
                continue;
            }
            qsizetype bad = 0;
            if (!m_decoder->toUtf8(raw, m_scratch[s], &bad)) {
                reject(line, s, m_decoder->describe(raw),
                    QStringLiteral("bytes that are not valid %1 at byte %2 of the field")
                        .arg(m_result.encoding)
                        .arg(bad + 1));
                return;
            }
            v[s] = m_scratch[s];
        }

        RecordView r;
        r.sourceLine = line;
        r.transactionId = v[SlotTransactionId];
        if (r.transactionId.isEmpty()) {
            reject(line, SlotTransactionId, QString(), QStringLiteral("the transaction id is empty"));
            return;
        }
        const auto amount = FieldParsers::parseAmount(v[SlotAmount]);
        if (!amount) {
            reject(line, SlotAmount, QString::fromUtf8(v[SlotAmount]),
                QStringLiteral("not a won amount (digits with optional sign, thousands separators and 원)"));
            return;
        }
        std::optional<PaymentKind> kind;
        if (m_index[SlotKind] >= 0) {
            for (const auto &k : m_kinds) {
                if (QByteArrayView(k.first).compare(v[SlotKind], Qt::CaseInsensitive) == 0) {
                    kind = k.second;
                    break;
                }
            }
            if (!kind) {
                reject(line, SlotKind, QString::fromUtf8(v[SlotKind]),
                    QStringLiteral("unknown kind value (the profile's kind_values do not map it)"));
                return;
            }
        }
        if (*amount < 0) {
            if (m_profile.negativeAmountIsCancel && kind == PaymentKind::Approval) {
                reject(line, SlotAmount, QString::fromUtf8(v[SlotAmount]),
                    QStringLiteral("a negative amount on a row marked as an approval"));
                return;
            }
            if (!m_profile.negativeAmountIsCancel && kind != PaymentKind::Cancel) {
                reject(line, SlotAmount, QString::fromUtf8(v[SlotAmount]),
                    QStringLiteral("a negative amount, but the profile does not treat negative amounts as "
                                   "cancellations (negative_amount_is_cancel)"));
                return;
            }
            kind = PaymentKind::Cancel;
        }
        r.kind = kind.value_or(PaymentKind::Approval);
        r.amount = *amount < 0 ? -*amount : *amount;

        LocalDateTime local;
        if (m_index[SlotOccurredAt] >= 0) {
            if (!m_datetime.parse(v[SlotOccurredAt], local)) {
                reject(line, SlotOccurredAt, QString::fromUtf8(v[SlotOccurredAt]),
                    QStringLiteral("not a date and time in the format %1").arg(m_datetime.pattern()));
                return;
            }
        } else {
            if (!m_date.parse(v[SlotDate], local)) {
                reject(line, SlotDate, QString::fromUtf8(v[SlotDate]),
                    QStringLiteral("not a date in the format %1").arg(m_date.pattern()));
                return;
            }
            if (m_index[SlotTime] >= 0 && !m_time.parse(v[SlotTime], local)) {
                reject(line, SlotTime, QString::fromUtf8(v[SlotTime]),
                    QStringLiteral("not a time in the format %1").arg(m_time.pattern()));
                return;
            }
        }
        r.occurredAtMs = toUtcMs(local);

        const auto installment = FieldParsers::parseInstallment(v[SlotInstallment]);
        if (!installment) {
            reject(line, SlotInstallment, QString::fromUtf8(v[SlotInstallment]),
                QStringLiteral("not a number of installment months (0-99, or 일시불)"));
            return;
        }
        r.installmentMonths = *installment;

        if (CardMask::maskInto(v[SlotCardNumber], m_masked))
            r.cardNumber = m_masked;
        else
            r.cardNumber = v[SlotCardNumber];
        // Any other text may hold a card number too (a merchant name that swallowed the next line, a card in the
        // wrong column); the ids are keys and stay as they are.
        for (const int s : { SlotCardCompany, SlotMerchantId, SlotMerchantName, SlotCustomerId, SlotCategory }) {
            if (CardMask::maskTextInto(v[s], m_maskedText[s]))
                v[s] = m_maskedText[s];
        }
        r.approvalNo = v[SlotApprovalNo];
        r.cardCompany = v[SlotCardCompany];
        r.merchantId = v[SlotMerchantId];
        r.merchantName = v[SlotMerchantName];
        r.customerId = v[SlotCustomerId];
        r.category = v[SlotCategory];
        m_result.table.append(r);
    }

    void reject(qint64 line, int slot, const QString &value, const QString &reason)
    {
        const int idx = slot >= 0 ? m_index[slot] : -1;
        QString column;
        if (idx >= 0)
            column = idx < m_headers.size() ? m_headers[idx] : QLatin1String(kSlotNames[slot]);
        reject(line, idx + 1, column, value, reason);
    }

    void reject(qint64 line, int columnIndex, const QString &column, const QString &value, const QString &reason)
    {
        ++m_result.rejectedCount;
        if (qsizetype(m_result.rejected.size()) >= m_rejectedLimit)
            return;
        // Card numbers are masked even in error reports: a PAN in the wrong column must not leak here.
        m_result.rejected.push_back({ m_file, line, columnIndex, CardMask::maskText(column), CardMask::mask(value),
            CardMask::maskText(reason) });
    }

private:
    QString joined(const std::vector<QByteArrayView> &fields)
    {
        QStringList parts;
        for (const QByteArrayView f : fields)
            parts << CardMask::mask(m_decoder->describe(FieldParsers::trimmed(f)));
        return parts.join(QLatin1Char(m_result.delimiter));
    }

    qint64 toUtcMs(const LocalDateTime &t)
    {
        const qint64 day = DateTimeFormat::daysFromCivil(t.year, t.month, t.day);
        if (day != m_offsetDay) {
            // Korea has had one offset since 1988, but the zone database decides; once per distinct day is cheap.
            const QDateTime noon(QDate(t.year, t.month, t.day), QTime(12, 0), m_zone);
            m_offsetMs = qint64(noon.offsetFromUtc()) * 1000;
            m_offsetDay = day;
        }
        return day * 86400000LL + t.hour * 3600000LL + t.minute * 60000LL + t.second * 1000LL + t.msec - m_offsetMs;
    }

    const VanProfile &m_profile;
    QString m_file;
    ImportResult &m_result;
    qsizetype m_rejectedLimit;
    std::optional<TextDecoder> m_decoder;
    bool m_utf8 = false;
    bool m_autoPending = false;
    DateTimeFormat m_datetime;
    DateTimeFormat m_date;
    DateTimeFormat m_time;
    QTimeZone m_zone;
    qint64 m_offsetDay = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
    std::vector<std::pair<QByteArray, PaymentKind>> m_kinds;
    QStringList m_headers;
    int m_index[SlotCount];
    int m_maxIndex = -1;
    int m_expectedFields = -1;
    QByteArray m_scratch[SlotCount];
    QByteArray m_masked;
    QByteArray m_maskedText[SlotCount];
};

} // namespace

CsvImporter::CsvImporter(VanProfile profile)
    : m_profile(std::move(profile))
{ }

ImportResult CsvImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return r;
    }
    return importDevice(file, path, file.size());
}

ImportResult CsvImporter::importData(const QByteArray &data, const QString &displayName) const
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, displayName, data.size());
}

ImportResult CsvImporter::importDevice(QIODevice &device, const QString &displayName, qint64 totalBytes) const
{
    ImportResult result;
    if (device.isSequential() || totalBytes < 0) {
        // Footers and progress need the size: a pipe is read whole first.
        // Read until the device says there is no more (0 or -1), without relying on atEnd() of a pipe.
        QByteArray all;
        for (;;) {
            const qsizetype old = all.size();
            all.resize(old + kBlockSize);
            const qint64 got = device.read(all.data() + old, kBlockSize);
            all.resize(old + qMax<qint64>(0, got));
            if (got <= 0)
                break;
        }
        QBuffer buffer(&all);
        buffer.open(QIODevice::ReadOnly);
        return importDevice(buffer, displayName, all.size());
    }
    ImportJob job(m_profile, displayName, result, m_rejectedLimit);
    if (!job.zoneValid()) {
        result.error = QStringLiteral("%1: unknown time zone \"%2\" in profile \"%3\"")
                           .arg(displayName, m_profile.timeZone, m_profile.name);
        return result;
    }
    const qint64 limit
        = m_profile.skipFooterLines > 0 ? footerStart(device, totalBytes, m_profile.skipFooterLines) : totalBytes;

    QByteArray buf;
    buf.reserve(2 * kBlockSize);
    qsizetype pos = 0;
    qint64 readSoFar = 0;
    qint64 line = 1; // physical line of the next record's start
    bool headerDone = false;
    std::optional<CsvScanner> scanner;
    qint64 rows = 0;
    qint64 nextReserveAt = 4096;
    bool reserved = false;

    auto cancelled = [&] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    auto endsBeforeHeader = [&] {
        return QStringLiteral("%1: the file ends before the header on line %2")
            .arg(displayName)
            .arg(qMax(1, m_profile.headerRow));
    };

    for (;;) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        // Keep the unread tail, append the next block.
        if (pos > 0) {
            // memmove, not QByteArray::remove: remove() only advances the start, so every block would end up
            // in freshly allocated (page-faulting) memory instead of this one reused buffer.
            const qsizetype left = buf.size() - pos;
            std::memmove(buf.data(), buf.constData() + pos, size_t(left));
            buf.resize(left);
            pos = 0;
        }
        const qint64 want = qMin<qint64>(kBlockSize, limit - readSoFar);
        if (want > 0) {
            const qsizetype old = buf.size();
            buf.resize(old + want);
            const qint64 got = device.read(buf.data() + old, want);
            if (got < 0) {
                result.error = QStringLiteral("%1: read error: %2").arg(displayName, device.errorString());
                return result;
            }
            buf.resize(old + got);
            if (readSoFar == 0 && got >= 3 && buf.startsWith("\xEF\xBB\xBF")) {
                pos = 3; // a UTF-8 BOM always wins over the profile's encoding
                job.setEncoding(TextDecoder::Encoding::Utf8);
            }
            if (readSoFar == 0 && result.encoding.isEmpty()) {
                if (m_profile.encoding.compare(u"auto", Qt::CaseInsensitive) == 0) {
                    job.setEncoding(TextDecoder::detect(buf));
                    job.setAutoPending(TextDecoder::isAscii(buf) && got < limit);
                } else {
                    const auto e = TextDecoder::fromName(m_profile.encoding);
                    if (!e) {
                        result.error
                            = QStringLiteral("%1: unsupported encoding \"%2\"").arg(displayName, m_profile.encoding);
                        return result;
                    }
                    job.setEncoding(*e);
                }
            }
            if (readSoFar > 0 && job.autoPending() && !TextDecoder::isAscii(QByteArrayView(buf).sliced(old))) {
                // Judged on a whole block, not one field: CP949 text can be valid UTF-8 by accident.
                job.setEncoding(TextDecoder::detect(QByteArrayView(buf).sliced(pos)));
                job.setAutoPending(false);
            }
            readSoFar += got;
            if (got == 0)
                readSoFar = limit; // the file shrank under us; treat what we have as the end
        }
        const bool atEnd = readSoFar >= limit;

        for (;;) {
            if (!headerDone) {
                // Title lines before the header (or before data when there is no header) are skipped.
                const qint64 headerLine = qMax(1, m_profile.headerRow);
                if (!scanner) {
                    // Delimiter detection looks at the header line, not at a title line above it.
                    qsizetype p = pos;
                    for (qint64 l = line; l < headerLine && p < buf.size(); ++l) {
                        const qsizetype nl = buf.indexOf('\n', p);
                        p = nl < 0 ? buf.size() : nl + 1;
                    }
                    if (p >= buf.size() && !atEnd)
                        break;
                    char d = ',';
                    if (m_profile.delimiter.compare(u"auto", Qt::CaseInsensitive) == 0)
                        d = CsvScanner::detectDelimiter(QByteArrayView(buf).sliced(p));
                    else
                        d = m_profile.delimiter == u"\\t" ? '\t' : m_profile.delimiter.at(0).toLatin1();
                    scanner.emplace(d);
                    result.delimiter = d;
                }
                if (line < headerLine || m_profile.headerRow > 0) {
                    // One record: a title line above the header, or the header itself.
                    const auto r = scanner->next(buf.data(), buf.size(), pos, atEnd);
                    if (r == CsvScanner::Result::NeedMore)
                        break;
                    if (r == CsvScanner::Result::End) {
                        result.error = endsBeforeHeader();
                        return result;
                    }
                    if (line < headerLine) {
                        line += scanner->newlines();
                        continue;
                    }
                    if (!job.mapHeader(scanner->fields()))
                        return result;
                    line += scanner->newlines();
                } else if (!job.mapHeader({})) {
                    return result;
                }
                headerDone = true;
            }
            const auto r = scanner->next(buf.data(), buf.size(), pos, atEnd);
            if (r == CsvScanner::Result::NeedMore || r == CsvScanner::Result::End)
                break;
            job.row(scanner->fields(), line, r == CsvScanner::Result::UnterminatedQuote);
            line += scanner->newlines();
            ++rows;
            if (rows == nextReserveAt) {
                if (!reserved && readSoFar > 0) {
                    // Size the columns once from the first rows: no doubling peaks on a million-row file.
                    const double consumed = double(readSoFar - (buf.size() - pos));
                    const auto expected = qsizetype(double(limit) / consumed * double(rows) * 1.03) + 1024;
                    result.table.reserveLike(expected);
                    reserved = true;
                }
                nextReserveAt += kCancelCheckRows;
                if (cancelled()) {
                    result.cancelled = true;
                    return result;
                }
            }
        }
        if (m_progress)
            m_progress(readSoFar, totalBytes);
        if (atEnd)
            break;
    }
    if (!headerDone && m_profile.headerRow > 0) {
        result.error = endsBeforeHeader();
        return result;
    }
    result.physicalLines = line - 1;
    if (m_progress)
        m_progress(totalBytes, totalBytes);
    qCDebug(lcImport) << displayName << "rows" << result.table.size() << "rejected" << result.rejectedCount
                      << "encoding" << result.encoding;
    return result;
}
