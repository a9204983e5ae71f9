#include "csvimporter.h"

#include "controltotalcheck.h"
#include "csvscanner.h"
#include "datetimeformat.h"
#include "domain/cardmask.h"
#include "fieldparsers.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QCoreApplication>
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

/// Where the next line starts after the one beginning at p, by the line-end rule of CsvScanner.
qsizetype nextLineStart(QByteArrayView bytes, qsizetype p)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    const char *eol = CsvScanner::findLineEnd(begin + p, end);
    if (eol == end)
        return bytes.size();
    return eol - begin + (*eol == '\r' && eol + 1 < end && eol[1] == '\n' ? 2 : 1);
}

bool isBlank(QByteArrayView line)
{
    return FieldParsers::trimmed(line).isEmpty();
}

/// The last `lines` non-blank lines of the device and any blank lines among and after them: the footer, never
/// parsed as records. Bounded: lines longer than maxLineBytes are not looked for (they become rejected lines).
struct FooterTail
{
    qint64 start = 0; ///< offset of the tail's first byte; the size of the device when there is no tail
    QByteArray bytes;
};

FooterTail footerTail(QIODevice &dev, qint64 total, int lines, qsizetype maxLineBytes)
{
    const qint64 cap = qint64(lines + 1) * (qint64(maxLineBytes) + 2) + 64 * 1024;
    qint64 window = 64 * 1024;
    for (;;) {
        window = qMin(window, cap);
        const qint64 from = qMax<qint64>(0, total - window);
        dev.seek(from);
        const QByteArray tail = dev.read(total - from);
        // Line starts in the tail; its first line is whole only when the tail is the whole file.
        std::vector<qsizetype> starts;
        qsizetype p = from == 0 ? 0 : nextLineStart(tail, 0);
        while (p < tail.size()) {
            starts.push_back(p);
            p = nextLineStart(tail, p);
        }
        int found = 0;
        qsizetype firstFound = -1;
        for (size_t k = starts.size(); k-- > 0;) {
            const qsizetype b = starts[k];
            const qsizetype e = k + 1 < starts.size() ? starts[k + 1] : tail.size();
            if (isBlank(QByteArrayView(tail).sliced(b, e - b)))
                continue;
            firstFound = b;
            if (++found == lines)
                break;
        }
        if (found == lines || from == 0 || window >= cap) {
            dev.seek(0);
            FooterTail t;
            // Fewer footer lines than the profile says (a tiny file, or lines too long to be footer lines):
            // the tail holds what was found, the lines above it are read as records.
            const qsizetype b = found == lines || firstFound >= 0 ? firstFound : (from == 0 ? 0 : tail.size());
            t.start = from + b;
            t.bytes = tail.sliced(b);
            return t;
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

    /// Reads one record and accounts for the lines it covered (record, rejected or blank).
    void read(const std::vector<QByteArrayView> &fields, qint64 line, int span)
    {
        const qsizetype records = m_result.table.size();
        const qint64 rejected = m_result.rejectedCount;
        m_span = span;
        m_rowKnown = false;
        row(fields, line);
        if (m_result.table.size() != records) {
            m_lines.recordLines += span;
            count(m_rowKind, m_rowAmount);
        } else if (m_result.rejectedCount != rejected) {
            rejectedLines(span, m_rowKnown);
        } else {
            m_lines.blank += span;
        }
    }

    void rejectUnterminatedQuote(
        const std::vector<QByteArrayView> &fields, qint64 line, int span, int field, qsizetype offset)
    {
        m_span = span;
        const QString column = field < m_headers.size() ? m_headers[field] : QString();
        reject(line, field + 1, column, joined(fields),
            CsvImporter::tr("a quote opened in this column (byte %1 of the line) is not closed by the end of the "
                            "line; the line is read on its own (the profile has no multi-line fields)")
                .arg(offset + 1));
        rejectedLines(span, false);
    }

    void rejectNul(const std::vector<QByteArrayView> &fields, qint64 line, int span, qsizetype offset)
    {
        m_span = span;
        QString value = joined(fields);
        value.replace(QChar(0), QStringLiteral("\\x00"));
        reject(line, 0, QString(), value,
            CsvImporter::tr("a NUL byte at byte %1 of the line: a binary or damaged file").arg(offset + 1));
        rejectedLines(span, false);
    }

    void rejectLongLine(qint64 line, QByteArrayView prefix, qint64 bytes)
    {
        m_span = 1;
        // The prefix may end inside a card number: cut the trailing digits so no part of one is shown.
        qsizetype end = prefix.size();
        if (bytes > prefix.size()) {
            while (end > 0
                && ((prefix[end - 1] >= '0' && prefix[end - 1] <= '9') || prefix[end - 1] == ' '
                    || prefix[end - 1] == '-'))
                --end;
        }
        const QByteArrayView kept = prefix.first(end);
        std::vector<QByteArrayView> fields;
        for (qsizetype p = 0;;) {
            const qsizetype d = kept.indexOf(m_result.delimiter, p);
            fields.push_back(kept.sliced(p, (d < 0 ? kept.size() : d) - p));
            if (d < 0)
                break;
            p = d + 1;
        }
        reject(line, 0, QString(), joined(fields) + QStringLiteral("…"),
            CsvImporter::tr("the line is %1 bytes long, more than the profile allows (max_line_bytes %2); only its "
                            "start is shown")
                .arg(QLocale().toString(bytes), QLocale().toString(qint64(m_profile.maxLineBytes))));
        rejectedLines(1, false);
    }

    /// Lines of the title and the header.
    void preamble(int span) { m_lines.preamble += span; }

    /// The footer tail: its lines are counted (non-blank as footer, blank as blank) and the control total
    /// line, if the profile declares one, is compared with what was read.
    void finish(const QByteArray &tail, qint64 firstLine)
    {
        std::vector<ControlTotalCheck::FooterLine> footer;
        qint64 line = firstLine;
        for (qsizetype p = 0; p < tail.size(); ++line) {
            const qsizetype next = nextLineStart(tail, p);
            QByteArray text = tail.mid(p, next - p);
            p = next;
            while (text.endsWith('\n') || text.endsWith('\r'))
                text.chop(1);
            if (isBlank(text)) {
                ++m_lines.blank;
                continue;
            }
            ++m_lines.footer;
            CsvScanner scanner(m_result.delimiter);
            qsizetype pos = 0;
            scanner.next(text.data(), text.size(), pos, true);
            ControlTotalCheck::FooterLine f;
            f.line = line;
            for (const QByteArrayView field : scanner.fields())
                f.fields << (m_decoder ? m_decoder->describe(FieldParsers::trimmed(field))
                                       : QString::fromUtf8(FieldParsers::trimmed(field)));
            footer.push_back(std::move(f));
        }
        m_lines.total = line - 1;
        m_lines.records = m_result.table.size();
        m_lines.rejectedRows = m_result.rejectedCount;
        m_result.lines = m_lines;
        m_result.controlTotal = ControlTotalCheck::check(
            m_profile.controlTotal, m_file, m_headers, footer, m_profile.skipFooterLines, m_tally);
    }

private:
    void row(const std::vector<QByteArrayView> &fields, qint64 line)
    {
        if (fields.size() == 1 && FieldParsers::trimmed(fields[0]).isEmpty())
            return; // a blank line carries no record
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
        // From here on a rejected row still counts towards the control total with its kind and amount.
        m_rowKind = r.kind;
        m_rowAmount = r.amount;
        m_rowKnown = true;

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
        m_result.rejected.back().lines = m_span;
    }

private:
    void count(PaymentKind kind, qint64 amount)
    {
        if (kind == PaymentKind::Cancel) {
            ++m_tally.cancellations;
            m_tally.cancellationWon += amount;
        } else {
            ++m_tally.approvals;
            m_tally.approvalWon += amount;
        }
    }

    void rejectedLines(int span, bool amountKnown)
    {
        m_lines.rejectedLines += span;
        if (amountKnown)
            count(m_rowKind, m_rowAmount);
        else
            ++m_tally.unreadable;
    }

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
    LineAccount m_lines;
    ControlTotalCheck::Tally m_tally;
    int m_span = 1;
    bool m_rowKnown = false;
    PaymentKind m_rowKind = PaymentKind::Approval;
    qint64 m_rowAmount = 0;
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
    FooterTail footer;
    footer.start = totalBytes;
    if (m_profile.skipFooterLines > 0)
        footer = footerTail(device, totalBytes, m_profile.skipFooterLines, m_profile.maxLineBytes);
    const qint64 limit = footer.start;

    QByteArray buf;
    buf.reserve(2 * kBlockSize);
    qsizetype pos = 0;
    qint64 readSoFar = 0;
    qint64 line = 1; // physical line of the next record's start
    bool headerDone = false;
    std::optional<CsvScanner> scanner;
    CsvScanner::Options options;
    options.multilineFields = m_profile.multilineFields;
    options.maxLineBytes = m_profile.maxLineBytes;
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
            if (readSoFar == 0) {
                // UTF-16 is refused whole, with or without a byte-order mark: read as bytes it would be NULs
                // between every character, every line rejected for a reason that hides the real one.
                bool bom = false;
                const TextDecoder::Utf16 utf16 = TextDecoder::detectUtf16(buf, &bom);
                if (utf16 != TextDecoder::Utf16::None) {
                    const bool le = utf16 == TextDecoder::Utf16::LittleEndian;
                    result.error = bom
                        ? tr("%1: the file is UTF-16 (%2, with a byte-order mark); VAN files are read as UTF-8, "
                             "CP949 or EUC-KR. Save it as UTF-8 or CP949 and import it again.")
                              .arg(displayName, le ? tr("little-endian") : tr("big-endian"))
                        : tr("%1: the file looks like UTF-16 (%2, no byte-order mark: every other byte of its start "
                             "is NUL); VAN files are read as UTF-8, CP949 or EUC-KR. Save it as UTF-8 or CP949 and "
                             "import it again.")
                              .arg(displayName, le ? tr("little-endian") : tr("big-endian"));
                    return result;
                }
            }
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
            if (scanner)
                scanner->describeBuffer(QByteArrayView(buf).sliced(pos));
        }
        const bool atEnd = readSoFar >= limit;

        for (;;) {
            if (!headerDone) {
                // Title lines before the header (or before data when there is no header) are skipped.
                const qint64 headerLine = qMax(1, m_profile.headerRow);
                if (!scanner) {
                    // Delimiter detection looks at the header line, not at a title line above it.
                    qsizetype p = pos;
                    for (qint64 l = line; l < headerLine && p < buf.size(); ++l)
                        p = nextLineStart(buf, p);
                    // Title lines too long to hold are not waited for: the scanner reports them.
                    if (p >= buf.size() && !atEnd && buf.size() - pos <= headerLine * (m_profile.maxLineBytes + 2))
                        break;
                    char d = ',';
                    if (m_profile.delimiter.compare(u"auto", Qt::CaseInsensitive) == 0)
                        d = CsvScanner::detectDelimiter(QByteArrayView(buf).sliced(qMin(p, buf.size())));
                    else
                        d = m_profile.delimiter == u"\\t" ? '\t' : m_profile.delimiter.at(0).toLatin1();
                    scanner.emplace(d, options);
                    scanner->describeBuffer(QByteArrayView(buf).sliced(pos));
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
                    job.preamble(scanner->lines());
                    if (line < headerLine) {
                        line += scanner->lines();
                        continue;
                    }
                    if (r == CsvScanner::Result::LineTooLong) {
                        result.error
                            = tr("%1: line %2: the header line is %3 bytes long, more than the profile "
                                 "allows (max_line_bytes %4)")
                                  .arg(displayName, QLocale().toString(line), QLocale().toString(scanner->lineBytes()),
                                      QLocale().toString(qint64(m_profile.maxLineBytes)));
                        return result;
                    }
                    if (!job.mapHeader(scanner->fields()))
                        return result;
                    line += scanner->lines();
                } else if (!job.mapHeader({})) {
                    return result;
                }
                headerDone = true;
            }
            const auto r = scanner->next(buf.data(), buf.size(), pos, atEnd);
            switch (r) {
            case CsvScanner::Result::NeedMore:
            case CsvScanner::Result::End:
                break;
            case CsvScanner::Result::Record:
                job.read(scanner->fields(), line, scanner->lines());
                break;
            case CsvScanner::Result::UnterminatedQuote:
                job.rejectUnterminatedQuote(
                    scanner->fields(), line, scanner->lines(), scanner->quoteField(), scanner->quoteOffset());
                break;
            case CsvScanner::Result::NulByte:
                job.rejectNul(scanner->fields(), line, scanner->lines(), scanner->nulOffset());
                break;
            case CsvScanner::Result::LineTooLong:
                job.rejectLongLine(line, scanner->prefix(), scanner->lineBytes());
                break;
            }
            if (r == CsvScanner::Result::NeedMore || r == CsvScanner::Result::End)
                break;
            line += scanner->lines();
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
    job.finish(footer.bytes, line);
    result.physicalLines = result.lines.total;
    if (m_progress)
        m_progress(totalBytes, totalBytes);
    qCDebug(lcImport) << displayName << "rows" << result.table.size() << "rejected" << result.rejectedCount << "lines"
                      << result.lines.total << "encoding" << result.encoding;
    return result;
}
