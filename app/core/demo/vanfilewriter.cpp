#include "vanfilewriter.h"

#include "domain/cardmask.h"
#include "import/textdecoder.h"

#include <QDateTime>
#include <QHash>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
constexpr qint64 kMsPerDay = 86400000;
// Zone offsets change on quarter-hour boundaries everywhere, so one lookup per 15 minutes is exact.
constexpr qint64 kOffsetBucketMs = 15 * 60 * 1000;

// Canonical fields in VanProfile::canonicalFields() order: that is the "natural" column order of a written file.
enum Field {
    FieldTransactionId,
    FieldKind,
    FieldAmount,
    FieldApprovalNo,
    FieldOccurredAt,
    FieldDate,
    FieldTime,
    FieldCardNumber,
    FieldCardCompany,
    FieldMerchantId,
    FieldMerchantName,
    FieldCustomerId,
    FieldCategory,
    FieldInstallment,
    FieldCount
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Civil date from days since 1970-01-01 (Howard Hinnant's civil_from_days, the inverse of daysFromCivil).
void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

/// An append-only byte buffer: QByteArray::append's checks cost more than the bytes for short fields.
class ByteSink
{
public:
    explicit ByteSink(qsizetype capacity = 256)
        : m_bytes(capacity, Qt::Uninitialized)
    { }

    void append(char c)
    {
        grow(1);
        m_data[m_size++] = c;
    }
    void append(const char *s, qsizetype n)
    {
        grow(n);
        std::memcpy(m_data + m_size, s, size_t(n));
        m_size += n;
    }
    void append(QByteArrayView v) { append(v.data(), v.size()); }
    void append(const QByteArray &b) { append(b.constData(), b.size()); }
    void append(const char *s) { append(s, qsizetype(std::strlen(s))); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear() { m_size = 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

private:
    void grow(qsizetype n)
    {
        if (m_size + n <= m_bytes.size())
            return;
        m_bytes.resize(qMax(m_bytes.size() * 2, m_size + n));
        m_data = m_bytes.data();
    }

    QByteArray m_bytes;
    char *m_data = m_bytes.data();
    qsizetype m_size = 0;
};

void appendDigits(ByteSink &out, qint64 value, int minDigits)
{
    char buf[24];
    int n = 0;
    quint64 v = quint64(value < 0 ? -value : value);
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < minDigits)
        buf[n++] = '0';
    if (value < 0)
        out.append('-');
    while (n > 0)
        out.append(buf[--n]);
}

void appendGrouped(ByteSink &out, qint64 value)
{
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    char buf[32];
    int n = 0;
    int group = 0;
    quint64 v = quint64(value);
    do {
        if (group == 3) {
            buf[n++] = ',';
            group = 0;
        }
        buf[n++] = char('0' + v % 10);
        v /= 10;
        ++group;
    } while (v);
    while (n > 0)
        out.append(buf[--n]);
    out.append("\xEC\x9B\x90", 3); // 원
}

/// A Qt date/time format compiled once and applied to local civil fields without building a QDateTime;
/// formats with tokens it does not know (AP, ddd, MMM …) go through QDateTime instead.
class LocalTimeFormatter
{
public:
    LocalTimeFormatter(const QString &pattern, const QTimeZone &zone)
        : m_pattern(pattern)
        , m_zone(zone)
    {
        const qsizetype n = pattern.size();
        for (qsizetype i = 0; i < n;) {
            const QChar ch = pattern[i];
            qsizetype run = 1;
            while (i + run < n && pattern[i + run] == ch)
                ++run;
            const char c = ch.unicode() < 128 ? char(ch.unicode()) : 0;
            if (c == '\'') {
                qsizetype j = i + 1;
                if (j < n && pattern[j] == u'\'') {
                    m_literal.append('\'');
                    pushLiteral();
                    i += 2;
                    continue;
                }
                for (; j < n && pattern[j] != u'\''; ++j)
                    m_literal.append(QString(pattern[j]).toUtf8());
                pushLiteral();
                i = j + 1;
                continue;
            }
            switch (c) {
            case 'y':
                run == 4 || run == 2 ? push(Part::Year, int(run)) : void(m_fast = false);
                break;
            case 'M':
                run <= 2 ? push(Part::Month, int(run)) : void(m_fast = false);
                break;
            case 'd':
                run <= 2 ? push(Part::Day, int(run)) : void(m_fast = false);
                break;
            case 'H':
            case 'h':
                run <= 2 ? push(Part::Hour, int(run)) : void(m_fast = false);
                break;
            case 'm':
                run <= 2 ? push(Part::Minute, int(run)) : void(m_fast = false);
                break;
            case 's':
                run <= 2 ? push(Part::Second, int(run)) : void(m_fast = false);
                break;
            case 'z':
                push(Part::Msec, run == 3 ? 3 : 1);
                break;
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0) {
                    m_fast = false; // AP (which changes what h means), t, ddd, MMM …
                } else {
                    for (qsizetype k = 0; k < run; ++k)
                        m_literal.append(c);
                    pushLiteral();
                }
            }
            i += run;
        }
    }

    /// Appends the instant (UTC ms) as local time; the caller passes the zone offset for that instant.
    void append(ByteSink &out, qint64 utcMs, qint64 offsetMs) const
    {
        if (!m_fast) {
            out.append(QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).toString(m_pattern).toUtf8());
            return;
        }
        const qint64 local = utcMs + offsetMs;
        qint64 day = local / kMsPerDay;
        qint64 rest = local % kMsPerDay;
        if (rest < 0) {
            rest += kMsPerDay;
            --day;
        }
        int y = 0, mo = 0, d = 0;
        civilFromDays(day, y, mo, d);
        const int values[]
            = { y, mo, d, int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60), int(rest % 1000) };
        for (const Token &t : m_tokens) {
            if (t.part == Part::Literal) {
                out.append(m_literal.constData() + t.literalBegin, t.literalSize);
            } else if (t.part == Part::Year && t.digits == 2) {
                appendDigits(out, values[0] % 100, 2);
            } else {
                appendDigits(out, values[int(t.part)], t.digits);
            }
        }
    }

private:
    enum class Part { Year = 0, Month, Day, Hour, Minute, Second, Msec, Literal };
    struct Token
    {
        Part part;
        int digits;
        qsizetype literalBegin;
        qsizetype literalSize;
    };

    void push(Part p, int digits) { m_tokens.push_back({ p, digits, 0, 0 }); }
    void pushLiteral()
    {
        const qsizetype begin = m_literalEnd;
        m_tokens.push_back({ Part::Literal, 0, begin, m_literal.size() - begin });
        m_literalEnd = m_literal.size();
    }

    QString m_pattern;
    QTimeZone m_zone;
    std::vector<Token> m_tokens;
    QByteArray m_literal;
    qsizetype m_literalEnd = 0;
    bool m_fast = true;
};

/// UTF-8 field bytes to the file's encoding; Korean values repeat (companies, merchants), so they are cached.
class FieldEncoder
{
public:
    explicit FieldEncoder(bool cp949)
        : m_cp949(cp949)
    {
        if (cp949)
            m_encoder.emplace("windows-949", QStringConverter::Flag::Stateless);
    }

    bool valid() const { return !m_cp949 || m_encoder->isValid(); }

    /// The bytes to write, or nullopt when the text has characters the encoding cannot represent.
    std::optional<QByteArrayView> encode(QByteArrayView utf8)
    {
        if (!m_cp949 || TextDecoder::isAscii(utf8))
            return utf8;
        // fromRawData: the lookup key costs no copy; only a miss stores a deep copy.
        const auto it = m_cache.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_cache.cend())
            return QByteArrayView(*it);
        QStringEncoder &enc = *m_encoder;
        enc.resetState();
        QByteArray bytes = enc.encode(QString::fromUtf8(utf8));
        if (enc.hasError()) {
            enc.resetState();
            return std::nullopt;
        }
        if (m_cache.size() > 65536)
            m_cache.clear(); // bounded: free text (unlikely in these columns) must not grow without limit
        return QByteArrayView(*m_cache.insert(utf8.toByteArray(), std::move(bytes)));
    }

private:
    bool m_cp949;
    std::optional<QStringEncoder> m_encoder;
    QHash<QByteArray, QByteArray> m_cache;
};

/// The state of one write; lives only inside VanFileWriter::write.
class WriteJob
{
public:
    WriteJob(const VanProfile &profile, bool crlf, bool cp949, char delimiter)
        : m_encoder(cp949)
        , m_delimiter(delimiter)
        , m_zone(profile.timeZone.toUtf8())
        , m_eol(crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
        , m_multiline(profile.multilineFields)
    { }

    bool encoderValid() const { return m_encoder.valid(); }
    const QTimeZone &zone() const { return m_zone; }

    /// Appends one field, quoted per RFC 4180 when its encoded bytes hold the delimiter, a quote or a line break.
    bool field(ByteSink &out, QByteArrayView utf8, const char *padLeft = "", const char *padRight = "")
    {
        const auto encoded = m_encoder.encode(utf8);
        if (!encoded)
            return false;
        const QByteArrayView v = *encoded;
        bool quote = false;
        for (const char c : v) {
            if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        // A reader of this profile takes a line break for the end of the record: never write one it cannot read.
        if (!m_multiline && (v.contains('\n') || v.contains('\r'))) {
            m_lineBreak = true;
            return false;
        }
        if (!quote) {
            out.append(padLeft);
            out.append(v);
            out.append(padRight);
            return true;
        }
        // Padding goes inside the quotes: a scanner only knows a field is quoted when '"' comes first.
        out.append('"');
        out.append(padLeft);
        for (const char c : v) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append(padRight);
        out.append('"');
        return true;
    }

    /// A title or footer line from UTF-8 parts, each a field.
    bool line(ByteSink &out, const QList<QByteArray> &parts)
    {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                out.append(m_delimiter);
            if (!field(out, parts[i]))
                return false;
        }
        out.append(m_eol);
        return true;
    }

    /// A caller-given title/footer line, written as is (only re-encoded).
    bool rawLine(ByteSink &out, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        const auto encoded = m_encoder.encode(utf8);
        if (!encoded)
            return false;
        out.append(*encoded);
        out.append(m_eol);
        return true;
    }

    qint64 offsetMs(qint64 utcMs)
    {
        const qint64 bucket = utcMs >= 0 ? utcMs / kOffsetBucketMs : -((-utcMs - 1) / kOffsetBucketMs) - 1;
        if (bucket == m_lastBucket)
            return m_lastOffset;
        auto it = m_offsets.constFind(bucket);
        if (it == m_offsets.cend()) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(bucket * kOffsetBucketMs, Qt::UTC);
            it = m_offsets.insert(bucket, qint64(m_zone.offsetFromUtc(at)) * 1000);
        }
        m_lastBucket = bucket;
        m_lastOffset = *it;
        return m_lastOffset;
    }

    QByteArrayView eol() const { return m_eol; }
    /// The last field refused was text with a line break, not text the encoding cannot represent.
    bool refusedLineBreak() const { return m_lineBreak; }

private:
    FieldEncoder m_encoder;
    char m_delimiter;
    QTimeZone m_zone;
    QByteArray m_eol;
    bool m_multiline;
    bool m_lineBreak = false;
    QHash<qint64, qint64> m_offsets;
    qint64 m_lastBucket = std::numeric_limits<qint64>::min();
    qint64 m_lastOffset = 0;
};

QByteArray amountText(qint64 value, bool grouped)
{
    ByteSink out;
    if (grouped)
        appendGrouped(out, value);
    else
        appendDigits(out, value, 1);
    return out.view().toByteArray();
}

bool flush(QIODevice &device, ByteSink &buffer, const QString &displayName, QString *error)
{
    if (buffer.isEmpty())
        return true;
    if (device.write(buffer.view().data(), buffer.size()) != buffer.size())
        return fail(error, QStringLiteral("%1: write error: %2").arg(displayName, device.errorString()));
    buffer.clear();
    return true;
}

} // namespace

QString VanFileWriter::kindSpelling(const VanProfile &profile, PaymentKind kind)
{
    QString best;
    auto rank = [](const QString &s) {
        bool ascii = true;
        for (const QChar c : s)
            ascii = ascii && c.unicode() < 128;
        return std::make_tuple(ascii, s.size(), s);
    };
    for (auto it = profile.kindValues.cbegin(); it != profile.kindValues.cend(); ++it) {
        if (it.value() == kind && (best.isEmpty() || rank(it.key()) < rank(best)))
            best = it.key();
    }
    return best.isEmpty() ? PaymentKinds::toString(kind) : best;
}

bool VanFileWriter::write(const QString &path, const RecordTable &records, const VanProfile &profile,
    const VanWriteOptions &options, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("%1: cannot create: %2").arg(path, file.errorString()));
    if (!write(file, records, profile, options, path, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

bool VanFileWriter::write(QIODevice &device, const RecordTable &records, const VanProfile &profile,
    const VanWriteOptions &options, const QString &displayName, QString *error)
{
    // Encoding and delimiter: "auto" is what a reader detects, so the writer picks the plain choice.
    bool cp949 = false;
    if (profile.encoding.compare(u"auto", Qt::CaseInsensitive) != 0) {
        const auto e = TextDecoder::fromName(profile.encoding);
        if (!e)
            return fail(error, QStringLiteral("%1: unsupported encoding \"%2\"").arg(displayName, profile.encoding));
        cp949 = *e == TextDecoder::Encoding::Cp949;
    }
    char delimiter = ',';
    if (profile.delimiter == u"\\t" || profile.delimiter == u"\t")
        delimiter = '\t';
    else if (profile.delimiter.compare(u"auto", Qt::CaseInsensitive) != 0 && !profile.delimiter.isEmpty())
        delimiter = profile.delimiter.at(0).toLatin1();

    WriteJob job(profile, options.crlf, cp949, delimiter);
    if (!job.encoderValid())
        return fail(error, QStringLiteral("%1: this Qt has no windows-949 (CP949) encoder").arg(displayName));
    if (!job.zone().isValid())
        return fail(error,
            QStringLiteral("%1: unknown time zone \"%2\" in profile \"%3\"")
                .arg(displayName, profile.timeZone, profile.name));

    // Column layout: index-mapped fields sit at their index, header-mapped ones fill the free places in
    // natural order.
    const QStringList names = VanProfile::canonicalFields();
    std::vector<int> fieldAt;
    auto place = [&](int pos, int f) {
        if (int(fieldAt.size()) <= pos)
            fieldAt.resize(size_t(pos) + 1, -1);
        fieldAt[size_t(pos)] = f;
    };
    for (int f = 0; f < FieldCount; ++f) {
        const auto it = profile.columns.constFind(names[f]);
        if (it != profile.columns.cend() && it->index > 0) {
            if (int(fieldAt.size()) >= it->index && fieldAt[size_t(it->index - 1)] >= 0)
                return fail(error,
                    QStringLiteral("%1: profile \"%2\" maps two fields to column %3")
                        .arg(displayName, profile.name)
                        .arg(it->index));
            place(it->index - 1, f);
        }
    }
    int nextFree = 0;
    for (int f = 0; f < FieldCount; ++f) {
        const auto it = profile.columns.constFind(names[f]);
        if (it == profile.columns.cend() || it->index > 0)
            continue;
        while (nextFree < int(fieldAt.size()) && fieldAt[size_t(nextFree)] >= 0)
            ++nextFree;
        place(nextFree, f);
    }
    const bool hasKind = profile.columns.contains(names[FieldKind]);
    if (!hasKind && !profile.negativeAmountIsCancel) {
        for (qsizetype r = 0; r < records.size(); ++r) {
            if (records.kind(r) == PaymentKind::Cancel)
                return fail(error,
                    QStringLiteral("%1: profile \"%2\" has no kind column and does not treat negative "
                                   "amounts as cancellations, so the cancellation %3 cannot be written")
                        .arg(displayName, profile.name, QString::fromUtf8(records.transactionId(r))));
        }
    }

    const LocalTimeFormatter datetimeFormat(profile.datetimeFormat, job.zone());
    const LocalTimeFormatter dateFormat(profile.dateFormat, job.zone());
    const LocalTimeFormatter timeFormat(profile.timeFormat, job.zone());
    const QByteArray kindText[2] = { kindSpelling(profile, PaymentKind::Approval).toUtf8(),
        kindSpelling(profile, PaymentKind::Cancel).toUtf8() };

    ByteSink out(kFlushBytes + 64 * 1024);
    auto unencodable = [&](qint64 line) {
        if (job.refusedLineBreak())
            return fail(error,
                QStringLiteral("%1: line %2: a field holds a line break, and profile \"%3\" has no multi-line "
                               "fields (multiline_fields)")
                    .arg(displayName)
                    .arg(line)
                    .arg(profile.name));
        return fail(error,
            QStringLiteral("%1: line %2: text that %3 cannot represent")
                .arg(displayName)
                .arg(line)
                .arg(cp949 ? QStringLiteral("CP949") : QStringLiteral("UTF-8")));
    };
    qint64 line = 1;

    // Title lines: a real VAN file names the batch and its date above the header.
    if (profile.headerRow > 1) {
        if (!options.titleLines.isEmpty() && options.titleLines.size() != profile.headerRow - 1)
            return fail(error,
                QStringLiteral("%1: profile \"%2\" needs %3 title line(s), %4 given")
                    .arg(displayName, profile.name)
                    .arg(profile.headerRow - 1)
                    .arg(options.titleLines.size()));
        for (int i = 0; i < profile.headerRow - 1; ++i, ++line) {
            bool ok = true;
            if (!options.titleLines.isEmpty()) {
                ok = job.rawLine(out, options.titleLines[i]);
            } else if (i == 0) {
                ByteSink span;
                if (!records.isEmpty()) {
                    qint64 lo = records.occurredAtMs(0), hi = lo;
                    for (qsizetype r = 1; r < records.size(); ++r) {
                        lo = qMin(lo, records.occurredAtMs(r));
                        hi = qMax(hi, records.occurredAtMs(r));
                    }
                    const LocalTimeFormatter iso(QStringLiteral("yyyy-MM-dd"), job.zone());
                    iso.append(span, lo, job.offsetMs(lo));
                    ByteSink last;
                    iso.append(last, hi, job.offsetMs(hi));
                    if (last.view() != span.view()) {
                        span.append('~');
                        span.append(last.view());
                    }
                }
                ok = job.line(out, { QByteArrayLiteral("카드사 정산내역"), span.view().toByteArray() });
            } else {
                ok = job.line(out, { QByteArrayLiteral("가맹점 매출 정산 자료") });
            }
            if (!ok)
                return unencodable(line);
        }
    }
    if (profile.headerRow > 0) {
        for (size_t p = 0; p < fieldAt.size(); ++p) {
            if (p > 0)
                out.append(delimiter);
            if (fieldAt[p] < 0)
                continue;
            const VanProfile::Column &c = profile.columns[names[fieldAt[p]]];
            if (!job.field(out, (c.header.isEmpty() ? names[fieldAt[p]] : c.header).toUtf8()))
                return unencodable(line);
        }
        out.append(job.eol());
        line = profile.headerRow + 1;
    }

    ByteSink scratch;
    qint64 approvals = 0, cancels = 0, approvalWon = 0, cancelWon = 0;
    for (qsizetype r = 0; r < records.size(); ++r, ++line) {
        const PaymentKind kind = records.kind(r);
        const qint64 amount = records.amount(r);
        const qint64 ms = records.occurredAtMs(r);
        if (kind == PaymentKind::Cancel) {
            ++cancels;
            cancelWon += amount;
        } else {
            ++approvals;
            approvalWon += amount;
        }
        const bool pad = options.padFields && isPaddedRow(r);
        for (size_t p = 0; p < fieldAt.size(); ++p) {
            if (p > 0)
                out.append(delimiter);
            bool ok = true;
            switch (fieldAt[p]) {
            case FieldTransactionId:
                ok = job.field(out, records.transactionId(r), pad ? "  " : "");
                break;
            case FieldKind:
                ok = job.field(out, kindText[kind == PaymentKind::Cancel ? 1 : 0], "", pad ? " " : "");
                break;
            case FieldAmount: {
                scratch.clear();
                const qint64 value = !hasKind && kind == PaymentKind::Cancel ? -amount : amount;
                if (options.groupedAmounts)
                    appendGrouped(scratch, value);
                else
                    appendDigits(scratch, value, 1);
                ok = job.field(out, scratch.view(), pad ? " " : "", pad ? "   " : "");
                break;
            }
            case FieldApprovalNo:
                ok = job.field(out, records.approvalNo(r), "", pad ? " " : "");
                break;
            case FieldOccurredAt:
            case FieldDate:
            case FieldTime: {
                scratch.clear();
                const LocalTimeFormatter &f = fieldAt[p] == FieldOccurredAt ? datetimeFormat
                    : fieldAt[p] == FieldDate                               ? dateFormat
                                                                            : timeFormat;
                f.append(scratch, ms, job.offsetMs(ms));
                ok = job.field(out, scratch.view());
                break;
            }
            case FieldCardNumber: {
                // Defence in depth: whatever the table holds, a full card number never reaches a file.
                const QByteArrayView card = records.text(r, RecordTable::Text::CardNumber);
                if (CardMask::looksLikePan(card))
                    ok = job.field(out, CardMask::mask(card));
                else
                    ok = job.field(out, card);
                break;
            }
            case FieldCardCompany:
                ok = job.field(out, records.text(r, RecordTable::Text::CardCompany));
                break;
            case FieldMerchantId:
                ok = job.field(out, records.text(r, RecordTable::Text::MerchantId));
                break;
            case FieldMerchantName:
                ok = job.field(out, records.text(r, RecordTable::Text::MerchantName), pad ? " " : "", pad ? "  " : "");
                break;
            case FieldCustomerId:
                ok = job.field(out, records.text(r, RecordTable::Text::CustomerId));
                break;
            case FieldCategory:
                ok = job.field(out, records.text(r, RecordTable::Text::Category));
                break;
            case FieldInstallment:
                appendDigits(out, records.installmentMonths(r), 1);
                break;
            default:
                break; // a gap between index-mapped columns
            }
            if (!ok)
                return unencodable(line);
        }
        out.append(job.eol());
        if (out.size() >= kFlushBytes && !flush(device, out, displayName, error))
            return false;
    }

    // Footer: the totals lines Korean VAN files end with; readers skip them by count.
    if (profile.skipFooterLines > 0) {
        if (!options.footerLines.isEmpty() && options.footerLines.size() != profile.skipFooterLines)
            return fail(error,
                QStringLiteral("%1: profile \"%2\" needs %3 footer line(s), %4 given")
                    .arg(displayName, profile.name)
                    .arg(profile.skipFooterLines)
                    .arg(options.footerLines.size()));
        const bool grouped = options.groupedAmounts;
        const QByteArray count = QByteArrayLiteral("건");
        const QList<QByteArray> defaults[] = {
            { QByteArrayLiteral("합계"), QByteArray::number(approvals + cancels) + count,
                amountText(approvalWon - cancelWon, grouped) },
            { QByteArrayLiteral("승인"), QByteArray::number(approvals) + count, amountText(approvalWon, grouped) },
            { QByteArrayLiteral("취소"), QByteArray::number(cancels) + count, amountText(cancelWon, grouped) },
        };
        for (int i = 0; i < profile.skipFooterLines; ++i, ++line) {
            bool ok = true;
            if (!options.footerLines.isEmpty())
                ok = job.rawLine(out, options.footerLines[i]);
            else if (i < 3)
                ok = job.line(out, defaults[i]);
            else
                ok = job.line(out, { QByteArrayLiteral("이하 여백") });
            if (!ok)
                return unencodable(line);
        }
    }
    return flush(device, out, displayName, error);
}
