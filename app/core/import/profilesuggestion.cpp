#include "profilesuggestion.h"

#include "datetimeformat.h"

#include <QHash>

namespace {

constexpr int kSampleRows = 20;

/// Header names compared without case, spaces, underscores, dashes and dots: "Transaction ID" = transaction_id.
QString normalized(const QString &header)
{
    QString s;
    s.reserve(header.size());
    for (const QChar c : header) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != u'.')
            s += c.toLower();
    }
    return s;
}

const QHash<QString, QString> &headerFields()
{
    // The names Korean VANs and card companies use in settlement files, and the usual English ones.
    static const QHash<QString, QString> fields = [] {
        // field, then its names separated by '|'
        static constexpr const char *table[][2] = {
            { "transaction_id",
                "거래번호|거래고유번호|거래일련번호|거래id|거래키|transactionid|txnid|tid|transaction" },
            { "kind", "거래구분|구분|승인구분|매출구분|거래유형|거래종류|kind|type" },
            { "amount", "승인금액|매출금액|거래금액|결제금액|금액|amount|amt|totalamount" },
            { "approval_no", "승인번호|approvalno|approvalnumber|authcode|authno|approval" },
            { "occurred_at", "거래일시|승인일시|매출일시|결제일시|occurredat|datetime|timestamp|transactiontime" },
            { "date", "거래일자|승인일자|매출일자|결제일자|거래일|승인일|매출일|일자|date" },
            { "time", "거래시간|거래시각|승인시간|승인시각|매출시간|매출시각|결제시간|시간|시각|time" },
            { "card_number", "카드번호|cardnumber|cardno|pan" },
            { "card_company", "카드사|카드사명|발급사|발급사명|매입사|매입사명|cardcompany|issuer" },
            { "merchant_id", "가맹점번호|가맹점id|가맹점코드|가맹점아이디|merchantid|merchantno|mid" },
            { "merchant_name", "가맹점명|가맹점|상호|상호명|merchantname|merchant" },
            { "customer_id", "고객번호|회원번호|고객id|회원id|customerid|customer|memberid" },
            { "category", "업종|업종구분|업종명|카테고리|category" },
            { "installment_months", "할부|할부개월|할부개월수|할부기간|installmentmonths|installment|installments" },
        };
        QHash<QString, QString> map;
        for (const auto &entry : table) {
            const QStringList names = QString::fromUtf8(entry[1]).split(u'|');
            for (const QString &name : names)
                map.insert(normalized(name), QLatin1String(entry[0]));
        }
        return map;
    }();
    return fields;
}

QStringList samplesOf(const VanFilePreview &preview, int column)
{
    QStringList values;
    const int width = preview.expectedFields();
    // Footer lines (totals) are not values; the rows hold them only when they reach the end of the file.
    const qsizetype rows = preview.rowsReachEnd ? preview.rows.size() - preview.footerLines : preview.rows.size();
    for (qsizetype r = 0; r < rows && values.size() < kSampleRows; ++r) {
        const VanFilePreview::Row &row = preview.rows[r];
        if (row.fields.size() == width && column < row.fields.size() && !row.fields[column].isEmpty())
            values << row.fields[column];
    }
    return values;
}

} // namespace

QString ProfileSuggestion::fieldForHeader(const QString &header)
{
    return headerFields().value(normalized(header));
}

QString ProfileSuggestion::guessFormat(const QString &field, const QStringList &samples)
{
    static const QStringList dates = { QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("yyyy/MM/dd"), QStringLiteral("yyyy.MM.dd"), QStringLiteral("yyMMdd") };
    static const QStringList times
        = { QStringLiteral("HHmmss"), QStringLiteral("HH:mm:ss"), QStringLiteral("HH:mm"), QStringLiteral("HHmm") };
    static const QStringList dateTimes = { QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyyMMddHHmmss"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm:ss"),
        QStringLiteral("yyyy.MM.dd HH:mm:ss"), QStringLiteral("yyyyMMdd HHmmss"), QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") };
    if (samples.isEmpty())
        return {};
    const QStringList &candidates = field == u"date" ? dates : field == u"time" ? times : dateTimes;
    for (const QString &pattern : candidates) {
        const DateTimeFormat format(pattern);
        const bool all = std::all_of(samples.cbegin(), samples.cend(), [&](const QString &v) {
            LocalDateTime t;
            return format.parse(v.toUtf8(), t);
        });
        if (all)
            return pattern;
    }
    return {};
}

std::optional<PaymentKind> ProfileSuggestion::kindForSpelling(const QString &spelling)
{
    static const QHash<QString, PaymentKind> kinds = [] {
        QHash<QString, PaymentKind> k;
        for (const char *s : { "승인", "정상", "정상승인", "매출", "approval", "approved", "sale", "a" })
            k.insert(QString::fromUtf8(s), PaymentKind::Approval);
        for (const char *s : { "취소", "승인취소", "매입취소", "매출취소", "부분취소", "cancel", "cancelled",
                 "canceled", "refund", "c" })
            k.insert(QString::fromUtf8(s), PaymentKind::Cancel);
        return k;
    }();
    const auto it = kinds.constFind(spelling.trimmed().toLower());
    if (it == kinds.cend())
        return std::nullopt;
    return *it;
}

VanProfile ProfileSuggestion::suggest(const VanFilePreview &preview, const QString &name)
{
    VanProfile p;
    p.name = name;
    // A file of plain ASCII so far may still turn Korean further down: leave that to the importer's detection.
    p.encoding
        = preview.asciiOnly && !preview.byteOrderMark ? QStringLiteral("auto") : TextDecoder::name(preview.encoding);
    p.delimiter = preview.delimiterText();
    p.headerRow = preview.headerRow;
    p.skipFooterLines = preview.footerLines;
    p.dateFormat = QStringLiteral("yyyy-MM-dd");
    p.timeFormat = QStringLiteral("HH:mm:ss");
    p.datetimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    if (preview.headerRow == 0)
        return p; // nothing to go by: the user maps columns by number

    QHash<QString, int> column;
    for (int c = 0; c < preview.header.size(); ++c) {
        const QString field = fieldForHeader(preview.header[c]);
        if (!field.isEmpty() && !column.contains(field))
            column.insert(field, c);
    }
    // A "date" column that holds times too is really the date-and-time column, and the other way round.
    const QString date = QStringLiteral("date");
    const QString time = QStringLiteral("time");
    const QString occurredAt = QStringLiteral("occurred_at");
    if (column.contains(date) && !column.contains(occurredAt)) {
        const QStringList samples = samplesOf(preview, column.value(date));
        if (guessFormat(date, samples).isEmpty() && !column.contains(time)
            && !guessFormat(occurredAt, samples).isEmpty())
            column.insert(occurredAt, column.take(date));
    } else if (column.contains(occurredAt) && !column.contains(date)) {
        const QStringList samples = samplesOf(preview, column.value(occurredAt));
        if (guessFormat(occurredAt, samples).isEmpty() && !guessFormat(date, samples).isEmpty())
            column.insert(date, column.take(occurredAt));
    }
    if (column.contains(occurredAt) && column.contains(date))
        column.remove(column.contains(time) ? occurredAt : date);
    if (column.contains(time) && !column.contains(date))
        column.remove(time);

    for (auto it = column.cbegin(); it != column.cend(); ++it)
        p.columns.insert(it.key(), VanProfile::Column { preview.header[it.value()], 0 });

    for (const QString &field : { date, time, occurredAt }) {
        if (!column.contains(field))
            continue;
        const QString format = guessFormat(field, samplesOf(preview, column.value(field)));
        if (format.isEmpty())
            continue; // the check will say which value does not fit the default
        (field == date ? p.dateFormat : field == time ? p.timeFormat : p.datetimeFormat) = format;
    }

    if (column.contains(QStringLiteral("kind"))) {
        p.kindValues.insert(QStringLiteral("승인"), PaymentKind::Approval);
        p.kindValues.insert(QStringLiteral("취소"), PaymentKind::Cancel);
        for (const QString &v : samplesOf(preview, column.value(QStringLiteral("kind")))) {
            if (const auto kind = kindForSpelling(v))
                p.kindValues.insert(v, *kind);
        }
    }
    // Without a kind column, a negative amount is the only way a cancellation can show.
    p.negativeAmountIsCancel = !column.contains(QStringLiteral("kind"));
    return p;
}
