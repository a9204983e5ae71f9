#include "reconpdfwriter.h"

#include "domain/koreatime.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <climits>
#include <cmath>

Q_LOGGING_CATEGORY(lcPdf, "payrecon.pdf", QtWarningMsg)

namespace {

QString statusLabel(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Matched:
        return ReconPdfWriter::tr("Matched");
    case ReconStatus::Mismatched:
        return ReconPdfWriter::tr("Mismatched");
    case ReconStatus::LedgerOnly:
        return ReconPdfWriter::tr("Ledger only");
    case ReconStatus::VanOnly:
        return ReconPdfWriter::tr("VAN only");
    case ReconStatus::Duplicate:
        return ReconPdfWriter::tr("Duplicate");
    }
    return {};
}

QColor statusColor(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Matched:
        return QColor(0x2e, 0x7d, 0x32);
    case ReconStatus::Mismatched:
        return QColor(0xef, 0x6c, 0x00);
    case ReconStatus::LedgerOnly:
        return QColor(0x15, 0x65, 0xc0);
    case ReconStatus::VanOnly:
        return QColor(0x6a, 0x1b, 0x9a);
    case ReconStatus::Duplicate:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

/// Second line of the status cell: why a pair differs, or which side repeats the key.
QString statusDetail(const ReconReport::Discrepancy &d)
{
    if (d.status == ReconStatus::Mismatched) {
        if (d.reasons == (ReasonAmount | ReasonApprovalNo))
            return ReconPdfWriter::tr("amount and approval no.");
        if (d.reasons & ReasonAmount)
            return ReconPdfWriter::tr("amount");
        if (d.reasons & ReasonApprovalNo)
            return ReconPdfWriter::tr("approval no.");
    }
    if (d.status == ReconStatus::Duplicate) {
        switch (d.duplicateSide) {
        case DuplicateSide::Ledger:
            return ReconPdfWriter::tr("in the ledger");
        case DuplicateSide::Van:
            return ReconPdfWriter::tr("in the VAN file");
        case DuplicateSide::Both:
            return ReconPdfWriter::tr("on both sides");
        case DuplicateSide::None:
            break;
        }
    }
    return {};
}

QString kst(qint64 utcMs)
{
    return ReconPdfWriter::tr("%1 KST").arg(QString::fromLatin1(KoreaTime::plain(utcMs)));
}

const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);
const QColor Rule(0xbd, 0xbd, 0xbd);
const QColor Shade(0xf0, 0xf0, 0xf0);
const QColor LedgerColor(0x15, 0x65, 0xc0);
const QColor VanColor(0xef, 0x6c, 0x00);
const QColor Alarm(0xc6, 0x28, 0x28);

/// One pass over the report. A dry pass (no painter) lays out every page to count them, so the drawing pass
/// can print "page X of Y"; both run the same code, so their page breaks cannot disagree.
class ReportPass
{
public:
    ReportPass(
        const ReconReport &report, QPagedPaintDevice *device, QPainter *painter, int totalPages, const QString &family)
        : m_r { report }
        , m_device { device }
        , m_p { painter }
        , m_totalPages { totalPages }
        , m_family { family }
        , m_dpi { double(device->logicalDpiY()) }
        , m_width { double(device->width()) }
        , m_bottom { double(device->height()) - pt(20) }
        , m_footerTop { double(device->height()) - pt(10) }
        , m_tableFont { font(6.5) }
        , m_tableBold { font(6.5, true) }
        , m_tableMetrics { m_tableFont, device }
    {
        // The C locale prints 1234567 without separators: money reads better grouped.
        m_locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    }

    void setProgress(const ReconPdfWriter::Progress &progress) { m_progress = progress; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// False when cancelled.
    bool run()
    {
        m_page = 1;
        m_y = 0;
        header();
        summary();
        charts();
        if (!discrepancies() || !rejectedRows())
            return false;
        approval();
        footer();
        return true;
    }
    int pages() const { return m_page; }

private:
    double pt(double points) const { return points * m_dpi / 72.0; }
    QFont font(double points, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    double lineHeight(const QFont &f) const { return QFontMetricsF(f, m_device).lineSpacing(); }
    /// "₩1,250,000", and "-₩2,000" rather than the accountant's "(₩2,000)" some locales pick.
    QString money(qint64 won) const
    {
        const QString magnitude = m_locale.toCurrencyString(qlonglong(won < 0 ? -won : won), QStringLiteral("₩"));
        return won < 0 ? m_locale.negativeSign() + magnitude : magnitude;
    }
    QString count(qint64 n) const { return m_locale.toString(qlonglong(n)); }
    QString date(const QDate &d) const
    {
        return d.isValid() ? d.toString(Qt::ISODate) : ReconPdfWriter::tr("(unknown)");
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    /// Draws s word by word from (x, baseline). Spaces are never drawn as glyphs: Qt's PDF engine gives each glyph
    /// the lowest code point that maps to it, and Korean fonts such as NanumGothic map control characters to their
    /// space glyph, so drawn spaces came out of pdftotext and copy-paste as U+0001. PDF readers put the spaces
    /// back from the gaps between words.
    void words(double x, double baseline, const QString &s, const std::function<double(qsizetype)> &xOf)
    {
        qsizetype start = 0;
        while (start < s.size()) {
            while (start < s.size() && s.at(start).isSpace())
                ++start;
            qsizetype end = start;
            while (end < s.size() && !s.at(end).isSpace())
                ++end;
            if (end > start)
                m_p->drawText(QPointF(x + xOf(start), baseline), s.mid(start, end - start));
            start = end;
        }
    }
    static QString forLayout(const QString &s)
    {
        QString laid = s;
        return laid.replace(u'\n', QChar::LineSeparator);
    }
    /// Breaks the layout's lines at width; returns their height. The one line breaker for measuring and drawing.
    static double layOut(QTextLayout &layout, double width)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        double y = 0;
        for (;;) {
            QTextLine l = layout.createLine();
            if (!l.isValid())
                break;
            l.setLineWidth(width);
            l.setPosition(QPointF(0, y));
            y += l.height();
        }
        layout.endLayout();
        return y;
    }
    /// Height of s broken at width, counting at most maxLines lines.
    double wrappedHeight(const QString &s, const QFont &f, double width, int maxLines = INT_MAX) const
    {
        QTextLayout layout(forLayout(s), f, m_device);
        const double all = layOut(layout, width);
        if (layout.lineCount() <= maxLines)
            return all;
        const QTextLine last = layout.lineAt(maxLines - 1);
        return last.y() + last.height();
    }
    void text(const QRectF &rect, int flags, const QString &s, const QFont &f, const QColor &color = Ink)
    {
        if (!m_p || s.isEmpty())
            return;
        m_p->setFont(f);
        m_p->setPen(color);
        const QFontMetricsF fm(f, m_device);
        if (!(flags & Qt::TextWordWrap) && !s.contains(u'\n')) {
            const double width = fm.horizontalAdvance(s);
            const double x = (flags & Qt::AlignRight) ? rect.right() - width
                : (flags & Qt::AlignHCenter)          ? rect.left() + (rect.width() - width) / 2
                                                      : rect.left();
            const double baseline = (flags & Qt::AlignVCenter)
                ? rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent()
                : rect.top() + fm.ascent();
            words(x, baseline, s, [&](qsizetype i) { return fm.horizontalAdvance(s.left(i)); });
            return;
        }
        // Wrapped text: QTextLayout breaks the lines, each line is drawn word by word; lines below rect are cut.
        const QString laid = forLayout(s);
        QTextLayout layout(laid, f, m_device);
        layOut(layout, rect.width());
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine l = layout.lineAt(i);
            if (l.y() + l.height() > rect.height() + 0.5)
                break;
            const QString lineText = laid.mid(l.textStart(), l.textLength());
            // Right-aligned wrapped text (money column headers) ends at the cell's right edge, line by line.
            const double indent = (flags & Qt::AlignRight) ? rect.width() - l.naturalTextWidth() : 0;
            words(rect.left() + indent, rect.top() + l.y() + l.ascent(), lineText,
                [&](qsizetype pos) { return l.cursorToX(int(l.textStart() + pos)); });
        }
    }
    /// One line, cut with an ellipsis to the cell: the table keeps its grid however long a value is.
    void cell(const QRectF &rect, int align, const QString &s, const QFont &f, const QColor &color = Ink)
    {
        if (!m_p || s.isEmpty())
            return;
        const QRectF inner = rect.adjusted(pt(2), 0, -pt(2), 0);
        const QString shown = QFontMetricsF(f, m_device).elidedText(s, Qt::ElideRight, inner.width());
        text(inner, align | Qt::AlignVCenter | Qt::TextSingleLine, shown, f, color);
    }
    void fill(const QRectF &rect, const QColor &color)
    {
        if (m_p)
            m_p->fillRect(rect, color);
    }
    void line(double x1, double y1, double x2, double y2, const QColor &color = Rule, double width = 0.5)
    {
        if (!m_p)
            return;
        m_p->setPen(QPen(color, pt(width)));
        m_p->drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }

    void footer()
    {
        if (!m_p)
            return;
        line(0, m_footerTop - pt(2), m_width, m_footerTop - pt(2));
        const QFont f = font(7);
        const QRectF r(0, m_footerTop, m_width, pt(10));
        text(r, Qt::AlignLeft | Qt::AlignVCenter,
            ReconPdfWriter::tr("PayRecon reconciliation report, %1 to %2").arg(date(m_r.from), date(m_r.to)), f, Muted);
        text(r, Qt::AlignRight | Qt::AlignVCenter, ReconPdfWriter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages), f,
            Muted);
    }
    void newPage()
    {
        footer();
        if (m_p)
            m_device->newPage();
        ++m_page;
        m_y = 0;
    }
    /// Starts a new page unless height fits below the cursor. True when it did.
    bool ensure(double height)
    {
        if (m_y + height <= m_bottom || m_y == 0)
            return false;
        newPage();
        return true;
    }
    void heading(const QString &title)
    {
        const QFont f = font(11, true);
        const double h = lineHeight(f) + pt(4);
        ensure(h + pt(40)); // never a heading alone at the foot of a page
        if (m_y > 0)
            m_y += pt(8);
        text(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, title, f);
        m_y += h;
        line(0, m_y, m_width, m_y, Ink, 0.8);
        m_y += pt(4);
    }
    void paragraph(const QString &s, const QFont &f, const QColor &color = Ink)
    {
        const double h = wrappedHeight(s, f, m_width);
        ensure(h);
        text(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, s, f, color);
        m_y += h + pt(3);
    }

    void header()
    {
        const QFont title = font(16, true);
        const double th = lineHeight(title);
        text(QRectF(0, m_y, m_width, th), Qt::AlignLeft | Qt::AlignVCenter,
            ReconPdfWriter::tr("Card settlement reconciliation report"), title);
        m_y += th + pt(6);
        // A VAN file that does not hold what its total line says is read before anything else on the report.
        const ControlTotalCheck &total = m_r.summary.controlTotal;
        if (total.failed()) {
            const QFont f = font(10, true);
            const QString s = ReconPdfWriter::tr("Control total failed: %1").arg(total.message);
            const double h = wrappedHeight(s, f, m_width - pt(12)) + pt(8);
            fill(QRectF(0, m_y, m_width, h), Shade);
            fill(QRectF(0, m_y, pt(3), h), Alarm);
            text(QRectF(pt(8), m_y + pt(4), m_width - pt(12), h - pt(8)), Qt::TextWordWrap, s, f, Alarm);
            m_y += h + pt(6);
        }

        QString merchants
            = m_r.merchantNames.isEmpty() ? ReconPdfWriter::tr("(none)") : m_r.merchantNames.join(QStringLiteral(", "));
        const qint64 more = m_r.merchantCount - m_r.merchantNames.size();
        if (more > 0)
            merchants
                = ReconPdfWriter::tr("%1 and %n more", nullptr, int(std::min<qint64>(more, INT_MAX))).arg(merchants);
        const QString run = m_r.runId > 0 ? QString::number(m_r.runId) : ReconPdfWriter::tr("Not stored");
        const std::pair<QString, QString> meta[] = {
            { ReconPdfWriter::tr("Merchant"), merchants },
            { ReconPdfWriter::tr("Period"), ReconPdfWriter::tr("%1 to %2").arg(date(m_r.from), date(m_r.to)) },
            { ReconPdfWriter::tr("Generated at"), kst(m_r.generatedAtMs) },
            { ReconPdfWriter::tr("Operator"),
                m_r.operatorName.isEmpty() ? ReconPdfWriter::tr("(unknown)") : m_r.operatorName },
            { ReconPdfWriter::tr("Run"), run },
            { ReconPdfWriter::tr("PayRecon version"), m_r.version },
        };
        const QFont label = font(9, true);
        const QFont value = font(9);
        const double lh = lineHeight(value) + pt(2);
        for (const auto &[k, v] : meta) {
            cell(QRectF(0, m_y, pt(110), lh), Qt::AlignLeft, k, label, Muted);
            cell(QRectF(pt(110), m_y, m_width - pt(110), lh), Qt::AlignLeft, v, value);
            m_y += lh;
        }

        heading(ReconPdfWriter::tr("Inputs"));
        const QFont small = font(7.5);
        const double sh = lineHeight(small) + pt(1.5);
        for (const ReconReport::Input &in : m_r.inputs) {
            ensure(lh + 2 * sh);
            const QString role = in.role == u"ledger" ? ReconPdfWriter::tr("Ledger") : ReconPdfWriter::tr("VAN file");
            cell(QRectF(0, m_y, pt(110), lh), Qt::AlignLeft, role, label, Muted);
            cell(QRectF(pt(110), m_y, m_width - pt(110), lh), Qt::AlignLeft, in.name, value);
            m_y += lh;
            const QString counts = in.profile.isEmpty()
                ? ReconPdfWriter::tr("Database. Records read: %1. Rows rejected: %2.")
                      .arg(count(in.rowsRead), count(in.rowsRejected))
                : ReconPdfWriter::tr("Profile %1. Records read: %2. Rows rejected: %3.")
                      .arg(in.profile, count(in.rowsRead), count(in.rowsRejected));
            cell(QRectF(pt(110), m_y, m_width - pt(110), sh), Qt::AlignLeft, counts, small, Muted);
            m_y += sh;
            const LineAccount &lines = m_r.summary.vanLines;
            if (in.role != u"ledger" && !lines.isEmpty()) {
                // Every line of the file in one category: nothing was dropped between the file and this report.
                const QString account = ReconPdfWriter::tr(
                    "Lines: %1 = %2 title/header + %3 records + %4 rejected + %5 blank + %6 footer.")
                                            .arg(count(lines.total), count(lines.preamble), count(lines.recordLines),
                                                count(lines.rejectedLines), count(lines.blank), count(lines.footer));
                cell(QRectF(pt(110), m_y, m_width - pt(110), sh), Qt::AlignLeft, account, small, Muted);
                m_y += sh;
                const ControlTotalCheck &total = m_r.summary.controlTotal;
                if (total.declared()) {
                    const double h = wrappedHeight(total.message, small, m_width - pt(110));
                    text(QRectF(pt(110), m_y, m_width - pt(110), h), Qt::TextWordWrap, total.message, small,
                        total.failed() ? Alarm : Muted);
                    m_y += h + pt(1.5);
                }
            }
            const QString hash = !in.sha256.isEmpty() ? ReconPdfWriter::tr("SHA-256 %1").arg(in.sha256)
                : in.profile.isEmpty() ? ReconPdfWriter::tr("SHA-256 not applicable: a database has no file hash.")
                                       : ReconPdfWriter::tr("SHA-256 unavailable: the file could not be read again.");
            cell(QRectF(pt(110), m_y, m_width - pt(110), sh), Qt::AlignLeft, hash, small, Muted);
            m_y += sh + pt(3);
        }
    }

    void summary()
    {
        heading(ReconPdfWriter::tr("Summary"));
        struct Row
        {
            QString label;
            std::optional<qint64> count;
            std::optional<qint64> ledger;
            std::optional<qint64> van;
            bool bold = false;
            bool indent = false;
        };
        const ReconSummary &s = m_r.summary;
        std::vector<Row> rows;
        for (int st = 0; st < ReconStatusCount; ++st) {
            const ReconTotals &t = s.byStatus[size_t(st)];
            rows.push_back({ statusLabel(ReconStatus(st)), t.count, t.ledgerWon, t.vanWon });
            if (ReconStatus(st) == ReconStatus::Mismatched) {
                rows.push_back({ ReconPdfWriter::tr("amount differs"), s.amountReason.count, s.amountReason.ledgerWon,
                    s.amountReason.vanWon, false, true });
                rows.push_back({ ReconPdfWriter::tr("approval no. differs"), s.approvalNoReason.count,
                    s.approvalNoReason.ledgerWon, s.approvalNoReason.vanWon, false, true });
            }
        }
        rows.push_back({ ReconPdfWriter::tr("Rejected input rows"), s.rejectedRows, {}, {} });
        rows.push_back({ ReconPdfWriter::tr("Records read"), {}, s.ledgerRecords, s.vanRecords, false, false });
        rows.push_back(
            { ReconPdfWriter::tr("Net total (approvals minus cancellations)"), {}, s.ledgerNetWon, s.vanNetWon, true });
        rows.push_back(
            { ReconPdfWriter::tr("Difference, VAN minus ledger"), {}, {}, s.vanNetWon - s.ledgerNetWon, true });

        const QFont f = font(8.5);
        const QFont b = font(8.5, true);
        const double rh = lineHeight(f) + pt(3);
        const double x[] = { 0, m_width * 0.46, m_width * 0.6, m_width * 0.8, m_width };
        auto grid = [&](const QString &a, const QString &c, const QString &l, const QString &v, const QFont &font1,
                        const QFont &font2, double indent) {
            cell(QRectF(x[0] + indent, m_y, x[1] - x[0] - indent, rh), Qt::AlignLeft, a, font1);
            cell(QRectF(x[1], m_y, x[2] - x[1], rh), Qt::AlignRight, c, font2);
            cell(QRectF(x[2], m_y, x[3] - x[2], rh), Qt::AlignRight, l, font2);
            cell(QRectF(x[3], m_y, x[4] - x[3], rh), Qt::AlignRight, v, font2);
        };
        ensure(rh * 4);
        fill(QRectF(0, m_y, m_width, rh), Shade);
        grid(ReconPdfWriter::tr("Outcome"), ReconPdfWriter::tr("Count"), ReconPdfWriter::tr("Ledger"),
            ReconPdfWriter::tr("VAN"), b, b, 0);
        m_y += rh;
        for (const Row &row : rows) {
            ensure(rh);
            // "Records read" counts records, not won: same columns, shown as plain numbers.
            const bool records = row.label == ReconPdfWriter::tr("Records read");
            auto amount = [&](const std::optional<qint64> &v) {
                return !v ? QString() : records ? count(*v) : money(*v);
            };
            grid(row.label, row.count ? count(*row.count) : QString(), amount(row.ledger), amount(row.van),
                row.bold ? b : f, row.bold ? b : f, row.indent ? pt(12) : 0);
            m_y += rh;
            line(0, m_y, m_width, m_y);
        }
        m_y += pt(4);
        const qint64 total = qint64(m_r.discrepancies.size());
        const qint64 resolved = m_r.resolvedCount();
        paragraph(ReconPdfWriter::tr("Unmatched outcomes: %1 (%2 resolved, %3 open). Rejected input rows: %4.")
                      .arg(count(total), count(resolved), count(total - resolved), count(m_r.rejectedCount)),
            font(8.5));
    }

    void charts()
    {
        statusChart();
        hourlyChart();
    }

    void statusChart()
    {
        heading(ReconPdfWriter::tr("Outcomes by status"));
        const QFont f = font(7.5);
        const double rh = pt(13);
        const double labelW = pt(90);
        const double valueW = pt(60);
        struct Bar
        {
            QString label;
            qint64 value;
            QColor color;
        };
        std::vector<Bar> bars;
        for (int st = 0; st < ReconStatusCount; ++st)
            bars.push_back(
                { statusLabel(ReconStatus(st)), m_r.summary.byStatus[size_t(st)].count, statusColor(ReconStatus(st)) });
        bars.push_back({ ReconPdfWriter::tr("Rejected rows"), m_r.summary.rejectedRows, Muted });
        qint64 max = 1;
        for (const Bar &bar : bars)
            max = std::max(max, bar.value);
        ensure(rh * double(bars.size()) + pt(4));
        const double plotW = m_width - labelW - valueW;
        for (const Bar &bar : bars) {
            cell(QRectF(0, m_y, labelW, rh), Qt::AlignLeft, bar.label, f);
            // A visible sliver for any non-zero count, however small beside the matched bar.
            const double w = bar.value == 0 ? 0 : std::max(pt(1), plotW * double(bar.value) / double(max));
            fill(QRectF(labelW, m_y + pt(2), w, rh - pt(4)), bar.color);
            cell(QRectF(labelW + w + pt(2), m_y, valueW, rh), Qt::AlignLeft, count(bar.value), f);
            m_y += rh;
        }
        line(labelW, m_y - rh * double(bars.size()), labelW, m_y, Ink);
    }

    void hourlyChart()
    {
        heading(ReconPdfWriter::tr("Hourly volume in won (KST), ledger and VAN"));
        const QFont f = font(6.5);
        const double legendH = pt(12);
        const double plotH = pt(110);
        const double axisW = pt(62);
        const double labelsH = pt(12);
        ensure(legendH + plotH + labelsH + pt(4));
        // Legend.
        const double sw = pt(8);
        fill(QRectF(axisW, m_y + pt(2), sw, sw), LedgerColor);
        cell(QRectF(axisW + sw + pt(2), m_y, pt(80), legendH), Qt::AlignLeft, ReconPdfWriter::tr("Ledger"), f);
        fill(QRectF(axisW + pt(90), m_y + pt(2), sw, sw), VanColor);
        cell(QRectF(axisW + pt(90) + sw + pt(2), m_y, pt(80), legendH), Qt::AlignLeft, ReconPdfWriter::tr("VAN"), f);
        m_y += legendH;

        qint64 maxV = 0;
        qint64 minV = 0;
        for (const ReconReport::HourVolume &h : m_r.hourly) {
            maxV = std::max({ maxV, h.ledgerWon, h.vanWon });
            minV = std::min({ minV, h.ledgerWon, h.vanWon });
        }
        if (maxV == minV)
            maxV = minV + 1;
        const double top = m_y;
        const double plotW = m_width - axisW;
        auto yOf = [&](qint64 v) { return top + plotH * double(maxV - v) / double(maxV - minV); };
        // Grid lines at fifths of the range, labelled in won.
        for (int i = 0; i <= 4; ++i) {
            const qint64 v = minV + (maxV - minV) * i / 4;
            const double y = yOf(v);
            line(axisW, y, m_width, y, Shade);
            cell(QRectF(0, y - pt(5), axisW - pt(2), pt(10)), Qt::AlignRight, money(v), f, Muted);
        }
        const double zero = yOf(0);
        const double group = plotW / 24.0;
        const double barW = group * 0.38;
        for (int hour = 0; hour < 24; ++hour) {
            const ReconReport::HourVolume &h = m_r.hourly[size_t(hour)];
            const double gx = axisW + group * hour + group * 0.12;
            auto bar = [&](double x, qint64 v, const QColor &c) {
                const double y = yOf(v);
                fill(QRectF(x, std::min(y, zero), barW, std::abs(zero - y)), c);
            };
            bar(gx, h.ledgerWon, LedgerColor);
            bar(gx + barW, h.vanWon, VanColor);
            cell(QRectF(axisW + group * hour, top + plotH, group, labelsH), Qt::AlignHCenter,
                QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')), f, Muted);
        }
        line(axisW, zero, m_width, zero, Ink);
        line(axisW, top, axisW, top + plotH, Ink);
        m_y = top + plotH + labelsH + pt(4);
    }

    struct Column
    {
        QString title;
        double from;
        double to;
        int align;
    };

    void tableHeader(const std::vector<Column> &columns, double rowH)
    {
        fill(QRectF(0, m_y, m_width, rowH), Shade);
        for (const Column &c : columns)
            text(QRectF(c.from + pt(2), m_y, c.to - c.from - pt(4), rowH),
                c.align | Qt::AlignVCenter | Qt::TextWordWrap, c.title, m_tableBold);
        m_y += rowH;
        line(0, m_y, m_width, m_y, Ink);
    }

    std::vector<Column> columns(const std::vector<std::pair<QString, double>> &spec, const std::vector<int> &aligns)
    {
        std::vector<Column> out;
        double x = 0;
        for (size_t i = 0; i < spec.size(); ++i) {
            const double w = m_width * spec[i].second;
            out.push_back({ spec[i].first, x, x + w, aligns[i] });
            x += w;
        }
        return out;
    }

    void reportProgress(qint64 done)
    {
        if (m_p && m_progress)
            m_progress(done, qint64(m_r.discrepancies.size()) + listedRejected());
    }
    qint64 listedRejected() const
    {
        return std::min<qint64>(qint64(m_r.rejected.size()), ReconPdfWriter::MaxRejectedListed);
    }

    QString resolutionText(const ReconReport::Discrepancy &d) const
    {
        if (d.resolution.isEmpty())
            return ReconPdfWriter::tr("Open");
        QString s
            = d.reasonCode.isEmpty() ? d.resolution : ReconPdfWriter::tr("%1 (%2)").arg(d.resolution, d.reasonCode);
        if (!d.note.isEmpty())
            s += u'\n' + d.note;
        if (!d.resolvedBy.isEmpty() || d.resolvedAtMs != 0)
            s += u'\n'
                + ReconPdfWriter::tr("%1, %2").arg(d.resolvedBy, d.resolvedAtMs != 0 ? kst(d.resolvedAtMs) : QString());
        return s;
    }

    bool discrepancies()
    {
        // A new page: the table gets the full width of a page from its top, and the summary page stays one page.
        newPage();
        heading(ReconPdfWriter::tr("Discrepancies (%1)").arg(count(qint64(m_r.discrepancies.size()))));
        if (m_r.discrepancies.empty()) {
            paragraph(ReconPdfWriter::tr("Every record of the ledger matched one of the VAN file."), font(8.5));
            return true;
        }
        const auto cols = columns(
            {
                { QStringLiteral("#"), 0.045 },
                { ReconPdfWriter::tr("Transaction"), 0.115 },
                { ReconPdfWriter::tr("Kind"), 0.075 },
                { ReconPdfWriter::tr("Status"), 0.11 },
                { ReconPdfWriter::tr("Time (KST)"), 0.09 },
                { ReconPdfWriter::tr("Merchant"), 0.11 },
                { ReconPdfWriter::tr("Ledger"), 0.09 },
                { ReconPdfWriter::tr("VAN"), 0.09 },
                { ReconPdfWriter::tr("Approval no. ledger / VAN"), 0.105 },
                { ReconPdfWriter::tr("Resolution and note"), 0.17 },
            },
            { Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
                Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft });
        const double ls = m_tableMetrics.lineSpacing();
        const double pad = pt(2);
        const double headerH = 2 * ls + pad;
        const Column &note = cols.back();
        ensure(headerH + 3 * (2 * ls + pad));
        tableHeader(cols, headerH);
        qint64 index = 0;
        for (const ReconReport::Discrepancy &d : m_r.discrepancies) {
            ++index;
            if ((index & 255) == 0 && cancelled())
                return false;
            if ((index % 1000) == 0)
                reportProgress(index);
            // Open rows are one word; only resolved rows wrap their note, up to eight lines.
            const QString resolution = resolutionText(d);
            double rowH = 2 * ls + pad;
            if (!d.resolution.isEmpty()) {
                rowH = std::max(rowH, wrappedHeight(resolution, m_tableFont, note.to - note.from - pt(4), 8) + pad);
            }
            if (ensure(rowH)) {
                heading(ReconPdfWriter::tr("Discrepancies (continued)"));
                tableHeader(cols, headerH);
            }
            if (m_p)
                drawDiscrepancy(d, index, cols, rowH, ls, resolution);
            m_y += rowH;
        }
        return true;
    }

    void drawDiscrepancy(const ReconReport::Discrepancy &d, qint64 index, const std::vector<Column> &cols, double rowH,
        double ls, const QString &resolution)
    {
        if (index % 2 == 0)
            fill(QRectF(0, m_y, m_width, rowH), QColor(0xfa, 0xfa, 0xfa));
        const double y1 = m_y + pt(1);
        const double y2 = y1 + ls;
        auto two = [&](const Column &c, const QString &a, const QString &b, const QColor &second = Muted) {
            cell(QRectF(c.from, y1, c.to - c.from, ls), c.align, a, m_tableFont);
            cell(QRectF(c.from, y2, c.to - c.from, ls), c.align, b, m_tableFont, second);
        };
        const QString dash = QStringLiteral("—");
        two(cols[0], count(index), QString());
        two(cols[1], d.transactionId, QString());
        two(cols[2], d.kind == PaymentKind::Cancel ? ReconPdfWriter::tr("Cancel") : ReconPdfWriter::tr("Approval"),
            QString());
        cell(QRectF(cols[3].from, y1, cols[3].to - cols[3].from, ls), Qt::AlignLeft, statusLabel(d.status), m_tableBold,
            statusColor(d.status));
        cell(QRectF(cols[3].from, y2, cols[3].to - cols[3].from, ls), Qt::AlignLeft, statusDetail(d), m_tableFont,
            Muted);
        const QByteArray when = KoreaTime::plain(d.occurredAtMs);
        two(cols[4], QString::fromLatin1(when.left(10)), QString::fromLatin1(when.mid(11)));
        two(cols[5], d.merchantName, QString());
        const bool amountDiffers = d.ledgerAmount && d.vanAmount && *d.ledgerAmount != *d.vanAmount;
        cell(QRectF(cols[6].from, y1, cols[6].to - cols[6].from, ls), Qt::AlignRight,
            d.ledgerAmount ? money(*d.ledgerAmount) : dash, m_tableFont);
        cell(QRectF(cols[7].from, y1, cols[7].to - cols[7].from, ls), Qt::AlignRight,
            d.vanAmount ? money(*d.vanAmount) : dash, amountDiffers ? m_tableBold : m_tableFont);
        two(cols[8], d.ledgerAmount ? d.ledgerApprovalNo : dash, d.vanAmount ? d.vanApprovalNo : dash, Ink);
        const Column &n = cols[9];
        text(QRectF(n.from + pt(2), y1, n.to - n.from - pt(4), rowH - pt(2)), Qt::AlignLeft | Qt::TextWordWrap,
            resolution, m_tableFont, d.resolution.isEmpty() ? statusColor(ReconStatus::Mismatched) : Ink);
        line(0, m_y + rowH, m_width, m_y + rowH, Shade);
    }

    bool rejectedRows()
    {
        heading(ReconPdfWriter::tr("Rejected input rows (%1)").arg(count(m_r.rejectedCount)));
        const qint64 listed = listedRejected();
        if (m_r.rejectedCount == 0) {
            paragraph(ReconPdfWriter::tr("Every input row was read."), font(8.5));
            return true;
        }
        paragraph(listed < m_r.rejectedCount
                ? ReconPdfWriter::tr("Input rows that could not be read: %1. The first %2 are listed.")
                      .arg(count(m_r.rejectedCount), count(listed))
                : ReconPdfWriter::tr("Input rows that could not be read: %1. All are listed.")
                      .arg(count(m_r.rejectedCount)),
            font(8.5));
        const auto cols = columns(
            {
                { ReconPdfWriter::tr("File"), 0.2 },
                { ReconPdfWriter::tr("Line"), 0.07 },
                { ReconPdfWriter::tr("Column"), 0.15 },
                { ReconPdfWriter::tr("Value"), 0.18 },
                { ReconPdfWriter::tr("Reason"), 0.40 },
            },
            { Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft });
        const double ls = m_tableMetrics.lineSpacing();
        const double pad = pt(2);
        const Column &reasonCol = cols.back();
        ensure(3 * (ls + pad));
        tableHeader(cols, ls + pad);
        for (qint64 i = 0; i < listed; ++i) {
            if ((i & 255) == 0 && cancelled())
                return false;
            const RejectedRow &row = m_r.rejected[size_t(i)];
            const double h = wrappedHeight(row.reason, m_tableFont, reasonCol.to - reasonCol.from - pt(4), 3);
            const double rowH = std::max(ls, h) + pad;
            if (ensure(rowH)) {
                heading(ReconPdfWriter::tr("Rejected input rows (continued)"));
                tableHeader(cols, ls + pad);
            }
            if (m_p) {
                const double y = m_y + pt(1);
                const QString column = row.columnIndex > 0
                    ? ReconPdfWriter::tr("%1 (%2)").arg(row.column).arg(row.columnIndex)
                    : ReconPdfWriter::tr("whole row");
                cell(QRectF(cols[0].from, y, cols[0].to - cols[0].from, ls), Qt::AlignLeft, row.file, m_tableFont);
                cell(QRectF(cols[1].from, y, cols[1].to - cols[1].from, ls), Qt::AlignRight, count(row.line),
                    m_tableFont);
                cell(QRectF(cols[2].from, y, cols[2].to - cols[2].from, ls), Qt::AlignLeft, column, m_tableFont);
                cell(QRectF(cols[3].from, y, cols[3].to - cols[3].from, ls), Qt::AlignLeft, row.value, m_tableFont);
                text(QRectF(reasonCol.from + pt(2), y, reasonCol.to - reasonCol.from - pt(4), rowH - pt(2)),
                    Qt::AlignLeft | Qt::TextWordWrap, row.reason, m_tableFont);
                line(0, m_y + rowH, m_width, m_y + rowH, Shade);
            }
            m_y += rowH;
            if (((qint64(m_r.discrepancies.size()) + i + 1) % 1000) == 0)
                reportProgress(qint64(m_r.discrepancies.size()) + i + 1);
        }
        return true;
    }

    void approval()
    {
        const QFont f = font(9);
        const QFont b = font(9, true);
        const double lh = lineHeight(f);
        const double blockH = lh * 3 + pt(14);
        // The whole block on one page: a signature belongs with the statement it signs.
        ensure(lineHeight(font(11, true)) + pt(16) + 3 * lh + 3 * blockH);
        heading(ReconPdfWriter::tr("Sign-off"));
        paragraph(ReconPdfWriter::tr(
                      "By signing, I confirm that I have reviewed this reconciliation, the inputs listed with their "
                      "hashes, and the resolution of every discrepancy."),
            f);
        const QString roles[] = { ReconPdfWriter::tr("Prepared by"), ReconPdfWriter::tr("Reviewed by"),
            ReconPdfWriter::tr("Approved by") };
        const double x[] = { 0, m_width * 0.2, m_width * 0.47, m_width * 0.8, m_width };
        for (int i = 0; i < 3; ++i) {
            m_y += pt(6);
            cell(QRectF(x[0], m_y, x[1] - x[0], lh), Qt::AlignLeft, roles[i], b);
            if (i == 0 && !m_r.operatorName.isEmpty())
                cell(QRectF(x[1], m_y, x[2] - x[1] - pt(8), lh), Qt::AlignLeft, m_r.operatorName, f);
            m_y += lh * 2;
            const QString labels[]
                = { ReconPdfWriter::tr("Name"), ReconPdfWriter::tr("Signature"), ReconPdfWriter::tr("Date") };
            for (int c = 0; c < 3; ++c) {
                line(x[c + 1], m_y, x[c + 2] - pt(10), m_y, Ink, 0.7);
                cell(QRectF(x[c + 1], m_y + pt(1), x[c + 2] - x[c + 1], lh), Qt::AlignLeft, labels[c], font(7), Muted);
            }
            m_y += lh + pt(8);
        }
    }

    const ReconReport &m_r;
    QPagedPaintDevice *m_device;
    QPainter *m_p;
    int m_totalPages;
    QString m_family;
    double m_dpi;
    double m_width;
    double m_bottom;
    double m_footerTop;
    QFont m_tableFont;
    QFont m_tableBold;
    QFontMetricsF m_tableMetrics;
    QLocale m_locale;
    ReconPdfWriter::Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_page = 1;
    double m_y = 0;
};

} // namespace

QString ReconPdfWriter::koreanFontFamily(QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("The PDF report needs the graphical part of Qt, which this process did not start.");
        return {};
    }
    const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    // Preferred by name (fonts-nanum is a package dependency), then any family that says it covers Hangul.
    for (const QString &wanted : { QStringLiteral("NanumGothic"), QStringLiteral("Noto Sans CJK KR") }) {
        if (families.contains(wanted, Qt::CaseInsensitive))
            return wanted;
    }
    if (!families.isEmpty())
        return families.first();
    if (error)
        *error = tr("No installed font can show Korean text, so the report cannot be written. Install the "
                    "fonts-nanum package (or fonts-noto-cjk) and try again.");
    return {};
}

bool ReconPdfWriter::render(const ReconReport &report, QPagedPaintDevice *device, QString *error)
{
    m_pageCount = 0;
    QString fontError;
    const QString family = koreanFontFamily(&fontError);
    if (family.isEmpty()) {
        if (error)
            *error = fontError;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    ReportPass layout(report, device, nullptr, 0, family);
    layout.setCancelFlag(m_cancel);
    if (!layout.run()) {
        if (error)
            *error = tr("The report was cancelled.");
        return false;
    }
    const int pages = layout.pages();
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Cannot start painting the report.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    ReportPass draw(report, device, &painter, pages, family);
    draw.setCancelFlag(m_cancel);
    draw.setProgress(m_progress);
    const bool ok = draw.run();
    painter.end();
    if (!ok) {
        if (error)
            *error = tr("The report was cancelled.");
        return false;
    }
    m_pageCount = pages;
    qCInfo(lcPdf) << "report of" << report.discrepancies.size() << "discrepancies:" << pages << "pages in"
                  << timer.elapsed() << "ms";
    return true;
}

bool ReconPdfWriter::write(const ReconReport &report, const QString &path, QString *error)
{
    // QSaveFile: an interrupted run never leaves a half report that looks complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(tr("Card settlement reconciliation report"));
        pdf.setCreator(QStringLiteral("PayRecon ") + report.version);
        if (!render(report, &pdf, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
