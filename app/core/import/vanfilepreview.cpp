#include "vanfilepreview.h"

#include "csvscanner.h"
#include "domain/cardmask.h"
#include "fieldparsers.h"
#include "vanprofile.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace {

constexpr char kCandidates[] = { ',', '\t', ';', '|' };
constexpr int kDetectRecords = 50;
constexpr int kMaxTitleLines = 10;
constexpr int kMaxFooterLines = 3;
constexpr int kMaxUndecodable = 20;

struct RawRecord
{
    qint64 line = 0;
    QByteArrayList fields;
};

/// Records of data split by delimiter, blank lines left out (the importer skips them too). When the data is
/// not the whole file, its last record may be cut, so it is read only if a line end follows it.
std::vector<RawRecord> scanRecords(QByteArray data, char delimiter, bool atEnd, int limit)
{
    std::vector<RawRecord> out;
    CsvScanner scanner(delimiter);
    qsizetype pos = 0;
    qint64 line = 1;
    while (int(out.size()) < limit) {
        const auto r = scanner.next(data.data(), data.size(), pos, atEnd);
        if (r == CsvScanner::Result::NeedMore || r == CsvScanner::Result::End)
            break;
        const auto &fields = scanner.fields();
        if (!(fields.size() == 1 && FieldParsers::trimmed(fields[0]).isEmpty())) {
            RawRecord rec;
            rec.line = line;
            for (const QByteArrayView f : fields)
                rec.fields << FieldParsers::trimmed(f).toByteArray();
            out.push_back(std::move(rec));
        }
        line += scanner.lines();
    }
    return out;
}

/// The most frequent field count and how many records have it; a tie goes to the wider count.
std::pair<int, int> modalCount(const std::vector<RawRecord> &records)
{
    QHash<int, int> freq;
    for (const RawRecord &r : records)
        ++freq[int(r.fields.size())];
    int best = 0;
    int bestFreq = 0;
    for (auto it = freq.cbegin(); it != freq.cend(); ++it) {
        if (it.value() > bestFreq || (it.value() == bestFreq && it.key() > best)) {
            best = it.key();
            bestFreq = it.value();
        }
    }
    return { best, bestFreq };
}

/// The delimiter that splits most records into the same number (at least two) of fields. Counting on one
/// line, as the importer's "auto" does, is fooled by a title line; consistency over many lines is not.
char detectDelimiter(const QByteArray &data, bool atEnd)
{
    char best = 0;
    int bestScore = 0;
    int bestWidth = 0;
    for (const char c : kCandidates) {
        const auto [width, score] = modalCount(scanRecords(data, c, atEnd, kDetectRecords));
        if (width < 2)
            continue;
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            best = c;
            bestScore = score;
            bestWidth = width;
        }
    }
    return best ? best : CsvScanner::detectDelimiter(data);
}

bool looksLikeData(const QByteArray &field)
{
    // Header names are words; a field of digits (with sign, separators or a fraction) is a value.
    if (field.isEmpty())
        return false;
    bool digit = false;
    for (const char c : field) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '-' && c != '+' && c != ',' && c != '.')
            return false;
    }
    return digit;
}

bool isTotalsWord(const QString &field)
{
    // How VAN files label their trailer lines; such a line can have as many fields as a record.
    static const QStringList words = { QStringLiteral("합계"), QStringLiteral("총계"), QStringLiteral("소계"),
        QStringLiteral("총합계"), QStringLiteral("총금액"), QStringLiteral("총건수"), QStringLiteral("계"),
        QStringLiteral("total"), QStringLiteral("totals"), QStringLiteral("sum"), QStringLiteral("trailer") };
    return words.contains(field.trimmed(), Qt::CaseInsensitive);
}

/// Trailing non-empty lines that are totals, not records: "합계,15건,506500" (another field count) or a
/// record-wide line starting with a totals word.
int countFooterLines(const QByteArray &tail, bool tailIsWholeFile, char delimiter, int expected, TextDecoder &decoder)
{
    if (expected < 2)
        return 0;
    QByteArrayList lines = tail.split('\n');
    if (!tailIsWholeFile && !lines.isEmpty())
        lines.removeFirst(); // probably cut in the middle
    int found = 0;
    for (qsizetype i = lines.size() - 1; i >= 0 && found < kMaxFooterLines; --i) {
        QByteArray line = lines[i].trimmed();
        if (line.isEmpty()) {
            if (found == 0)
                continue; // blank lines at the very end are not footer lines
            break;
        }
        CsvScanner scanner(delimiter);
        qsizetype pos = 0;
        scanner.next(line.data(), line.size(), pos, true);
        const auto &fields = scanner.fields();
        QByteArray first;
        const bool totals = !fields.empty() && decoder.toUtf8(FieldParsers::trimmed(fields[0]), first)
            && isTotalsWord(QString::fromUtf8(first));
        if (int(fields.size()) == expected && !totals)
            break;
        ++found;
    }
    return found;
}

} // namespace

VanFilePreview::Options VanFilePreview::Options::fromProfile(const VanProfile &profile)
{
    Options o;
    if (profile.encoding.compare(u"auto", Qt::CaseInsensitive) != 0)
        o.encoding = profile.encoding;
    if (profile.delimiter.compare(u"auto", Qt::CaseInsensitive) != 0 && !profile.delimiter.isEmpty())
        o.delimiter = profile.delimiter == u"\\t" ? '\t' : profile.delimiter.at(0).toLatin1();
    o.headerRow = profile.headerRow;
    return o;
}

bool VanFilePreview::Options::operator==(const Options &o) const
{
    return encoding == o.encoding && delimiter == o.delimiter && headerRow == o.headerRow && headBytes == o.headBytes
        && tailBytes == o.tailBytes && maxRows == o.maxRows;
}

int VanFilePreview::expectedFields() const
{
    if (headerRow > 0)
        return int(header.size());
    QHash<int, int> freq;
    int best = 0;
    for (const Row &r : rows) {
        const int n = ++freq[int(r.fields.size())];
        if (n > freq.value(best))
            best = int(r.fields.size());
    }
    return best;
}

int VanFilePreview::columnCount() const
{
    int n = int(header.size());
    for (const Row &r : rows)
        n = qMax(n, int(r.fields.size()));
    return n;
}

VanFilePreview VanFilePreview::readFile(const QString &path)
{
    return readFile(path, Options());
}

VanFilePreview VanFilePreview::fromData(const QByteArray &head, bool complete)
{
    return fromData(head, complete, Options());
}

VanFilePreview VanFilePreview::readFile(const QString &path, const Options &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        VanFilePreview p;
        p.file = path;
        p.error = tr("%1: cannot open the file: %2").arg(path, f.errorString());
        return p;
    }
    const qint64 size = f.size();
    const QByteArray head = f.read(options.headBytes);
    if (head.isEmpty() && size > 0) {
        VanFilePreview p;
        p.file = path;
        p.error = tr("%1: cannot read the file: %2").arg(path, f.errorString());
        return p;
    }
    const bool complete = f.atEnd() || qint64(head.size()) >= size;
    QByteArray tail;
    if (!complete && size > 0) {
        // Only the end can tell how many totals lines there are; a seek costs nothing even on a huge file.
        const qint64 from = qMax<qint64>(head.size(), size - options.tailBytes);
        if (f.seek(from))
            tail = f.read(size - from);
    }
    VanFilePreview p = fromData(head, complete, options, tail, path);
    p.fileSize = size;
    p.bytesRead = head.size() + tail.size();
    qCDebug(lcImport) << "preview of" << path << "read" << p.bytesRead << "of" << size << "bytes";
    return p;
}

VanFilePreview VanFilePreview::fromData(
    const QByteArray &headIn, bool complete, const Options &options, const QByteArray &tail, const QString &displayName)
{
    VanFilePreview p;
    p.file = displayName;
    p.complete = complete;
    p.fileSize = headIn.size() + tail.size();
    p.bytesRead = p.fileSize;
    QByteArray head = headIn;
    // Settlement files often arrive as Excel workbooks; decoding one as text would only show noise.
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0")) {
        p.error = tr("%1 is an Excel workbook or another binary file, not delimited text: save it as CSV first.")
                      .arg(displayName);
        return p;
    }

    // Encoding: a BOM always wins (as in the importer), then the caller's choice, then detection.
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
        p.byteOrderMark = true;
        p.encoding = TextDecoder::Encoding::Utf8;
    } else if (!options.encoding.isEmpty() && options.encoding.compare(u"auto", Qt::CaseInsensitive) != 0) {
        const auto e = TextDecoder::fromName(options.encoding);
        if (!e) {
            p.error
                = tr("%1: unsupported encoding \"%2\" (use UTF-8, CP949 or EUC-KR)").arg(displayName, options.encoding);
            return p;
        }
        p.encoding = *e;
    } else {
        p.encodingDetected = true;
        p.encoding = TextDecoder::detect(head);
    }
    p.asciiOnly = TextDecoder::isAscii(head);

    if (options.delimiter) {
        p.delimiter = options.delimiter;
    } else {
        p.delimiterDetected = true;
        p.delimiter = detectDelimiter(head, complete);
    }

    const int headerRow = options.headerRow;
    const int recordLimit = options.maxRows + kMaxTitleLines + qMax(0, headerRow) + 1;
    const std::vector<RawRecord> records = scanRecords(head, p.delimiter, complete, recordLimit);

    // Which record is the header: the caller's line, or the first record as wide as most records (a title
    // line above it is narrower); a first record of numbers means there is no header at all.
    qsizetype headerIndex = -1;
    if (headerRow > 0) {
        for (qsizetype i = 0; i < qsizetype(records.size()); ++i) {
            if (records[size_t(i)].line >= headerRow) {
                headerIndex = i;
                break;
            }
        }
        p.headerRow = headerIndex >= 0 ? int(records[size_t(headerIndex)].line) : headerRow;
    } else if (headerRow < 0) {
        p.headerDetected = true;
        const std::vector<RawRecord> firstRecords(
            records.begin(), records.begin() + qMin<qsizetype>(qsizetype(records.size()), kDetectRecords));
        const int width = modalCount(firstRecords).first;
        for (qsizetype i = 0; i < qsizetype(records.size()) && i <= kMaxTitleLines; ++i) {
            if (int(records[size_t(i)].fields.size()) == width) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex == 0 && std::any_of(records[0].fields.cbegin(), records[0].fields.cend(), looksLikeData))
            headerIndex = -1;
        p.headerRow = headerIndex >= 0 ? int(records[size_t(headerIndex)].line) : 0;
    } else {
        p.headerRow = 0;
    }

    TextDecoder decoder(p.encoding);
    // The preview does not know yet which column is which, so every field is masked as free text; the card column
    // gets the stricter rule in the model once it is mapped.
    auto decode = [&](const RawRecord &rec) {
        Row row;
        row.line = rec.line;
        for (qsizetype c = 0; c < rec.fields.size(); ++c) {
            QByteArray utf8;
            if (decoder.toUtf8(rec.fields[c], utf8)) {
                row.fields << QString::fromUtf8(CardMask::maskText(utf8));
            } else {
                row.fields << CardMask::maskText(decoder.describe(rec.fields[c]));
                if (p.undecodable.size() < kMaxUndecodable)
                    p.undecodable.append({ rec.line, int(c) + 1, row.fields.constLast() });
            }
        }
        return row;
    };
    const qsizetype firstData = headerIndex >= 0 ? headerIndex + 1 : (headerRow > 0 ? qsizetype(records.size()) : 0);
    bool dataCapped = false;
    for (qsizetype i = 0; i < qsizetype(records.size()); ++i) {
        const RawRecord &rec = records[size_t(i)];
        if (i == headerIndex) {
            p.header = decode(rec).fields;
            // A BOM-less UTF-8 header can still start with U+FEFF if the file was concatenated.
            if (!p.header.isEmpty() && p.header.front().startsWith(QChar(0xFEFF)))
                p.header.front().remove(0, 1);
        } else if (i < firstData) {
            p.titleRows.append(decode(rec));
        } else if (p.rows.size() < options.maxRows) {
            p.rows.append(decode(rec));
        } else {
            dataCapped = true;
        }
    }
    p.rowsReachEnd = complete && !dataCapped && int(records.size()) < recordLimit;
    if (records.empty() && !complete && !head.isEmpty()) {
        p.error = tr("%1: the first %2 KB hold no complete line; is this a delimited text file?")
                      .arg(displayName)
                      .arg(head.size() / 1024);
        return p;
    }
    if (headerRow > 0 && headerIndex < 0 && p.error.isEmpty() && complete)
        p.error = tr("%1: the file ends before the header on line %2").arg(displayName).arg(headerRow);

    const int expected = p.expectedFields();
    p.footerLines = complete ? countFooterLines(head, true, p.delimiter, expected, decoder)
                             : countFooterLines(tail, false, p.delimiter, expected, decoder);
    return p;
}
