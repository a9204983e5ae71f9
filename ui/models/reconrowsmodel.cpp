#include "reconrowsmodel.h"

#include "modelroles.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLoggingCategory>
#include <QPalette>
#include <QStyle>
#include <algorithm>
#include <limits>
#include <string_view>
#include <thread>

namespace {

Q_LOGGING_CATEGORY(lcModels, "payrecon.models", QtInfoMsg)

using Text = RecordTable::Text;

/// Sort key of a value a side does not have: before every real value, as SQL's NULLS FIRST.
constexpr qint64 kMissing = std::numeric_limits<qint64>::min();

/// The record that speaks for an outcome where both sides should agree (id, time, card, merchant):
/// the ledger's when there is one, else the VAN file's.
struct Side
{
    const RecordTable *table;
    qsizetype row;
};

Side primary(const ReconOutcome &o, const ReconRow &r)
{
    if (r.ledgerRow >= 0)
        return { &o.ledger, r.ledgerRow };
    return { &o.van, r.vanRow };
}

std::string_view bytes(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

/// Case-insensitive (ASCII letters) substring test on UTF-8 bytes; needle already lower case. Hand-written
/// because it runs four times per row on every keystroke and QByteArrayView has no case-insensitive search.
bool containsFolded(QByteArrayView haystack, QByteArrayView needle, bool needleHasLetters = true)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    // Digits (ids, approval numbers, card digits: most searches) need no folding: the library's search is
    // several times faster than the loop below.
    if (!needleHasLetters)
        return bytes(haystack).find(bytes(needle)) != std::string_view::npos;
    const char first = needle[0];
    const char *h = haystack.data();
    for (qsizetype i = 0, last = haystack.size() - n; i <= last; ++i) {
        if (asciiLower(h[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < n && asciiLower(h[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

bool accepts(ReconRowsModel::StatusFilter filter, const ReconRow &r)
{
    using F = ReconRowsModel::StatusFilter;
    switch (filter) {
    case F::All:
        return true;
    case F::Matched:
        return r.status == ReconStatus::Matched;
    case F::Unmatched:
        return r.status != ReconStatus::Matched;
    case F::Mismatched:
        return r.status == ReconStatus::Mismatched;
    case F::Amount:
        return r.status == ReconStatus::Mismatched && (r.reasons & ReasonAmount);
    case F::ApprovalNo:
        return r.status == ReconStatus::Mismatched && (r.reasons & ReasonApprovalNo);
    case F::LedgerOnly:
        return r.status == ReconStatus::LedgerOnly;
    case F::VanOnly:
        return r.status == ReconStatus::VanOnly;
    case F::Duplicate:
        return r.status == ReconStatus::Duplicate;
    }
    return false;
}

/// Text sort key: the first 16 bytes big-endian in two integers, so almost every comparison is two integer
/// compares; only equal prefixes of longer values go back to the bytes.
struct TextKey
{
    quint64 hi;
    quint64 lo;
    qint32 source;
    bool longer; ///< the value has more than 16 bytes
};

TextKey textKey(QByteArrayView v, qint32 source)
{
    quint64 part[2] = { 0, 0 };
    const qsizetype n = std::min<qsizetype>(v.size(), 16);
    for (qsizetype i = 0; i < n; ++i)
        part[i / 8] |= quint64(quint8(v[i])) << (8 * (7 - i % 8));
    return { part[0], part[1], source, v.size() > 16 };
}

struct NumKey
{
    qint64 key;
    qint32 source;
};

/// Sort ranks shared by both sides' dictionaries of one column: equal names get equal ranks, so sorting
/// a million rows compares integers and never touches text.
struct DictRanks
{
    std::vector<quint32> ledger;
    std::vector<quint32> van;
};

DictRanks dictRanks(const ReconOutcome &o, Text field)
{
    struct Entry
    {
        std::string_view value;
        bool van;
        quint32 code;
    };
    std::vector<Entry> entries;
    DictRanks ranks;
    const DictColumn *dicts[2] = { o.ledger.dictionary(field), o.van.dictionary(field) };
    for (int side = 0; side < 2; ++side) {
        const StringColumn &values = dicts[side]->values();
        (side ? ranks.van : ranks.ledger).resize(size_t(values.size()));
        for (qsizetype c = 0; c < values.size(); ++c)
            entries.push_back({ bytes(values.at(c)), side == 1, quint32(c) });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.value < b.value; });
    quint32 rank = 0;
    for (size_t k = 0; k < entries.size(); ++k) {
        if (k > 0 && entries[k].value != entries[k - 1].value)
            ++rank;
        (entries[k].van ? ranks.van : ranks.ledger)[entries[k].code] = rank;
    }
    return ranks;
}

template <typename Key, typename Less>
void stableSortInto(std::vector<Key> &keys, Less less, Qt::SortOrder order, std::vector<qint32> &out)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(keys.begin(), keys.end(), less);
    else
        std::stable_sort(keys.begin(), keys.end(), [&less](const Key &a, const Key &b) { return less(b, a); });
    out.resize(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        out[k] = keys[k].source;
}

bool isNumericColumn(int column)
{
    switch (column) {
    case ReconRowsModel::LedgerAmountColumn:
    case ReconRowsModel::VanAmountColumn:
    case ReconRowsModel::DifferenceColumn:
    case ReconRowsModel::LedgerLineColumn:
    case ReconRowsModel::VanLineColumn:
        return true;
    default:
        return false;
    }
}

/// Fills one buffer right to left so a money cell costs a single QString (QLocale::toString plus a prefix
/// would cost three). Groups of three digits, as in Korean and every locale PayRecon is translated for.
QString formatWonWith(qint64 won, QChar group, QChar zero, QStringView minus)
{
    char16_t buf[64];
    qsizetype p = 64;
    quint64 v = won < 0 ? quint64(0) - quint64(won) : quint64(won);
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0 && !group.isNull())
            buf[--p] = group.unicode();
        buf[--p] = char16_t(zero.unicode() + v % 10);
        v /= 10;
        ++digits;
    } while (v != 0);
    buf[--p] = u'\u20a9'; // ₩
    if (won < 0) {
        for (qsizetype k = minus.size(); k-- > 0 && p > 0;)
            buf[--p] = minus.at(k).unicode();
    }
    return QString(reinterpret_cast<const QChar *>(buf + p), 64 - p);
}

QChar groupSeparatorOf(const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    return (locale.numberOptions() & QLocale::OmitGroupSeparator) || group.size() != 1 ? QChar() : group.at(0);
}

QChar zeroDigitOf(const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    return zero.size() == 1 ? zero.at(0) : QChar(u'0');
}

} // namespace

struct ReconRowsModel::SearchPlan
{
    QByteArray needle; ///< UTF-8, ASCII letters lower-cased
    bool letters = false; ///< the needle has ASCII letters, so comparisons fold case
    bool cardDigits = false; ///< 1 to 4 digits: also compared with the card's last 4
    const DictColumn *merchants[2] = { nullptr, nullptr }; ///< ledger, VAN
    std::vector<quint8> merchantHits[2]; ///< per dictionary code: that name contains the text

    SearchPlan(const ReconOutcome &o, const QString &text)
        : needle(text.toUtf8().toLower())
    {
        cardDigits = needle.size() <= 4
            && std::all_of(needle.cbegin(), needle.cend(), [](char c) { return c >= '0' && c <= '9'; });
        letters = std::any_of(needle.cbegin(), needle.cend(), [](char c) { return c >= 'a' && c <= 'z'; });
        const RecordTable *tables[2] = { &o.ledger, &o.van };
        for (int side = 0; side < 2; ++side) {
            merchants[side] = tables[side]->dictionary(Text::MerchantName);
            // Names are few (one per merchant), so QString's Unicode case folding is affordable here.
            const StringColumn &names = merchants[side]->values();
            merchantHits[side].resize(size_t(names.size()));
            for (qsizetype c = 0; c < names.size(); ++c)
                merchantHits[side][size_t(c)] = names.string(c).contains(text, Qt::CaseInsensitive);
        }
    }

    bool matches(const ReconOutcome &o, const ReconRow &r) const
    {
        const Side s = primary(o, r);
        if (containsFolded(s.table->transactionId(s.row), needle, letters))
            return true;
        if (r.ledgerRow >= 0 && containsFolded(o.ledger.approvalNo(r.ledgerRow), needle, letters))
            return true;
        if (r.vanRow >= 0 && containsFolded(o.van.approvalNo(r.vanRow), needle, letters))
            return true;
        if (cardDigits) {
            const QByteArrayView card = s.table->text(s.row, Text::CardNumber);
            if (containsFolded(card.last(std::min<qsizetype>(card.size(), 4)), needle, letters))
                return true;
        }
        const int side = r.ledgerRow >= 0 ? 0 : 1;
        const quint32 code = merchants[side]->code(s.row);
        return code < merchantHits[side].size() && merchantHits[side][code];
    }
};

namespace {

/// The last search's answer per outcome row. The window searches its two grids with the same text on every
/// keystroke; the second one takes the first one's answer instead of reading a million rows again. GUI thread.
struct SearchHits
{
    const ReconOutcome *outcome = nullptr;
    std::weak_ptr<const ReconOutcome> alive; ///< the outcome the hits belong to still exists
    QString text;
    std::shared_ptr<const std::vector<quint8>> hits;
};

SearchHits &lastSearch()
{
    static SearchHits last;
    return last;
}

} // namespace

std::shared_ptr<const std::vector<quint8>> ReconRowsModel::searchHits(const QString &text) const
{
    SearchHits &last = lastSearch();
    if (last.outcome == m_outcome.get() && !last.alive.expired() && last.text == text && last.hits)
        return last.hits;
    const ReconOutcome &o = *m_outcome;
    const SearchPlan plan(o, text);
    const std::vector<ReconRow> &rows = o.result.rows;
    auto hits = std::make_shared<std::vector<quint8>>(rows.size());
    // Two halves on two cores: each row's test only reads the outcome.
    auto test = [&](size_t begin, size_t end) {
        for (size_t k = begin; k < end; ++k)
            (*hits)[k] = plan.matches(o, rows[k]);
    };
    const size_t half = rows.size() / 2;
    if (rows.size() >= 65536) {
        std::thread other(test, half, rows.size());
        test(0, half);
        other.join();
    } else {
        test(0, rows.size());
    }
    last = SearchHits { m_outcome.get(), m_outcome, text, hits };
    return hits;
}

ReconRowsModel::ReconRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_displayZone(QByteArrayLiteral("Asia/Seoul"))
{
    if (!m_displayZone.isValid()) {
        // Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is the same zone.
        qCWarning(lcModels) << "no Asia/Seoul time zone data; showing times at UTC+9";
        m_displayZone = QTimeZone(9 * 3600);
    }
    takeLocale();
}

void ReconRowsModel::setOutcome(std::shared_ptr<const ReconOutcome> outcome)
{
    beginResetModel();
    takeLocale();
    m_outcome = std::move(outcome);
    m_view.clear();
    m_sorted.clear();
    if (m_sortColumn >= 0)
        sortAll();
    rebuildView();
    endResetModel();
    emit filterChanged();
}

void ReconRowsModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    rebuild();
}

void ReconRowsModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    rebuild();
}

void ReconRowsModel::setPredicate(Predicate predicate, const QString &description)
{
    m_predicate = std::move(predicate);
    m_predicateDescription = description;
    rebuild();
}

qsizetype ReconRowsModel::countFor(StatusFilter filter) const
{
    const auto k = size_t(filter);
    return k < m_counts.size() ? m_counts[k] : 0;
}

const ReconRow *ReconRowsModel::reconRow(int viewRow) const
{
    if (!m_outcome || viewRow < 0 || size_t(viewRow) >= m_view.size())
        return nullptr;
    return &m_outcome->result.rows[size_t(m_view[size_t(viewRow)])];
}

int ReconRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int ReconRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconRowsModel::formatWon(qint64 won, const QLocale &locale)
{
    return formatWonWith(won, groupSeparatorOf(locale), zeroDigitOf(locale), locale.negativeSign());
}

QString ReconRowsModel::won(qint64 amount) const
{
    return formatWonWith(amount, m_groupSeparator, m_zeroDigit, m_negativeSign);
}

void ReconRowsModel::takeLocale()
{
    m_locale = QLocale();
    m_groupSeparator = groupSeparatorOf(m_locale);
    m_zeroDigit = zeroDigitOf(m_locale);
    m_negativeSign = m_locale.negativeSign();
}

QString ReconRowsModel::statusText(const ReconRow &row)
{
    switch (row.status) {
    case ReconStatus::Matched:
        return tr("Matched");
    case ReconStatus::Mismatched:
        if ((row.reasons & ReasonAmount) && (row.reasons & ReasonApprovalNo))
            return tr("Amount and approval no. differ");
        if (row.reasons & ReasonApprovalNo)
            return tr("Approval no. differs");
        return tr("Amount differs");
    case ReconStatus::LedgerOnly:
        return tr("Ledger only");
    case ReconStatus::VanOnly:
        return tr("VAN only");
    case ReconStatus::Duplicate:
        switch (row.duplicateSide) {
        case DuplicateSide::Ledger:
            return tr("Duplicate (ledger)");
        case DuplicateSide::Van:
            return tr("Duplicate (VAN)");
        case DuplicateSide::Both:
        case DuplicateSide::None:
            break;
        }
        return tr("Duplicate (both)");
    }
    return {};
}

QString ReconRowsModel::reasonText(const ReconRow &row) const
{
    const ReconOutcome &o = *m_outcome;
    switch (row.status) {
    case ReconStatus::Matched:
        return {}; // nothing to explain; an empty cell keeps the column quiet on a million matched rows
    case ReconStatus::Mismatched: {
        auto ledgerWon = [&] { return won(o.ledger.amount(row.ledgerRow)); };
        auto vanWon = [&] { return won(o.van.amount(row.vanRow)); };
        auto ledgerApproval = [&] { return QString::fromUtf8(o.ledger.approvalNo(row.ledgerRow)); };
        auto vanApproval = [&] { return QString::fromUtf8(o.van.approvalNo(row.vanRow)); };
        if ((row.reasons & ReasonAmount) && (row.reasons & ReasonApprovalNo))
            return tr("Ledger %1 vs VAN %2; approval no. %3 vs %4")
                .arg(ledgerWon(), vanWon(), ledgerApproval(), vanApproval());
        if (row.reasons & ReasonApprovalNo)
            return tr("Approval no. ledger %1 vs VAN %2").arg(ledgerApproval(), vanApproval());
        return tr("Ledger %1 vs VAN %2").arg(ledgerWon(), vanWon());
    }
    case ReconStatus::LedgerOnly:
        return tr("In the ledger but not in the VAN file");
    case ReconStatus::VanOnly:
        return tr("In the VAN file but not in the ledger");
    case ReconStatus::Duplicate:
        switch (row.duplicateSide) {
        case DuplicateSide::Ledger:
            return tr("The ledger holds this transaction more than once");
        case DuplicateSide::Van:
            return tr("The VAN file holds this transaction more than once");
        case DuplicateSide::Both:
        case DuplicateSide::None:
            break;
        }
        return tr("Both sides hold this transaction more than once");
    }
    return {};
}

QIcon ReconRowsModel::statusIcon(ReconStatus status) const
{
    if (!m_iconsLoaded) {
        m_iconsLoaded = true;
        // Shapes differ as well as colours (tick, triangle, cross, list) so the status reads without colour
        // vision. Without a QApplication (a console test) there is no style, hence no icons.
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyle *style = QApplication::style();
            m_icons[size_t(ReconStatus::Matched)] = style->standardIcon(QStyle::SP_DialogApplyButton);
            m_icons[size_t(ReconStatus::Mismatched)] = style->standardIcon(QStyle::SP_MessageBoxWarning);
            m_icons[size_t(ReconStatus::LedgerOnly)] = style->standardIcon(QStyle::SP_MessageBoxCritical);
            m_icons[size_t(ReconStatus::VanOnly)] = style->standardIcon(QStyle::SP_MessageBoxCritical);
            m_icons[size_t(ReconStatus::Duplicate)] = style->standardIcon(QStyle::SP_FileDialogDetailedView);
        }
    }
    return m_icons[size_t(status)];
}

QVariant ReconRowsModel::displayData(const ReconRow &r, int column) const
{
    const ReconOutcome &o = *m_outcome;
    const Side s = primary(o, r);
    const bool hasLedger = r.ledgerRow >= 0;
    const bool hasVan = r.vanRow >= 0;
    switch (column) {
    case StatusColumn:
        return statusText(r);
    case ReasonColumn:
        return reasonText(r);
    case TransactionIdColumn:
        return QString::fromUtf8(s.table->transactionId(s.row));
    case KindColumn:
        return s.table->kind(s.row) == PaymentKind::Cancel ? tr("Cancel") : tr("Approval");
    case LedgerAmountColumn:
        return hasLedger ? won(o.ledger.amount(r.ledgerRow)) : QVariant();
    case VanAmountColumn:
        return hasVan ? won(o.van.amount(r.vanRow)) : QVariant();
    case DifferenceColumn:
        return hasLedger && hasVan ? won(o.van.amount(r.vanRow) - o.ledger.amount(r.ledgerRow)) : QVariant();
    case LedgerApprovalColumn:
        return hasLedger ? QString::fromUtf8(o.ledger.approvalNo(r.ledgerRow)) : QVariant();
    case VanApprovalColumn:
        return hasVan ? QString::fromUtf8(o.van.approvalNo(r.vanRow)) : QVariant();
    case OccurredAtColumn:
        return m_locale.toString(
            QDateTime::fromMSecsSinceEpoch(s.table->occurredAtMs(s.row), m_displayZone), QLocale::ShortFormat);
    case CardNumberColumn:
        return QString::fromUtf8(s.table->text(s.row, Text::CardNumber));
    case CardCompanyColumn:
        return QString::fromUtf8(s.table->text(s.row, Text::CardCompany));
    case MerchantColumn:
        return QString::fromUtf8(s.table->text(s.row, Text::MerchantName));
    case CustomerColumn:
        return QString::fromUtf8(s.table->text(s.row, Text::CustomerId));
    case CategoryColumn:
        return QString::fromUtf8(s.table->text(s.row, Text::Category));
    case LedgerLineColumn:
        return hasLedger ? QString::number(o.ledger.sourceLine(r.ledgerRow)) : QVariant();
    case VanLineColumn:
        return hasVan ? QString::number(o.van.sourceLine(r.vanRow)) : QVariant();
    }
    return {};
}

QVariant ReconRowsModel::toolTipData(const ReconRow &r, int column) const
{
    switch (column) {
    case StatusColumn:
    case ReasonColumn:
        return reasonText(r);
    case LedgerAmountColumn:
    case VanAmountColumn:
    case DifferenceColumn: {
        const ReconOutcome &o = *m_outcome;
        const QLocale &locale = m_locale;
        if (r.ledgerRow >= 0 && r.vanRow >= 0) {
            const qint64 ledgerWon = o.ledger.amount(r.ledgerRow);
            const qint64 vanWon = o.van.amount(r.vanRow);
            return tr("Ledger: %1 won\nVAN: %2 won\nDifference (VAN − ledger): %3 won")
                .arg(locale.toString(ledgerWon), locale.toString(vanWon), locale.toString(vanWon - ledgerWon));
        }
        if (r.ledgerRow >= 0)
            return tr("Ledger: %1 won").arg(locale.toString(o.ledger.amount(r.ledgerRow)));
        return tr("VAN: %1 won").arg(locale.toString(o.van.amount(r.vanRow)));
    }
    default:
        return {};
    }
}

QVariant ReconRowsModel::data(const QModelIndex &index, int role) const
{
    if (!m_outcome || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint32 source = m_view[size_t(index.row())];
    const ReconRow &r = m_outcome->result.rows[size_t(source)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        return toolTipData(r, column);
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(statusIcon(r.status)) : QVariant();
    case ModelRoles::StatusRole:
        return int(r.status);
    case ModelRoles::SourceRowRole:
        return int(source);
    case Qt::FontRole:
    case Qt::BackgroundRole: {
        // Differing cells stand out by weight as well as by tint, so the highlight survives colour blindness
        // and dark palettes (the tint is the palette's own highlight, mostly transparent).
        if (!data(index, ModelRoles::DiffersRole).toBool())
            return {};
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
        tint.setAlpha(60);
        return QBrush(tint);
    }
    case ModelRoles::DiffersRole:
        switch (column) {
        case LedgerAmountColumn:
        case VanAmountColumn:
        case DifferenceColumn:
            return r.status == ReconStatus::Mismatched && (r.reasons & ReasonAmount);
        case LedgerApprovalColumn:
        case VanApprovalColumn:
            return r.status == ReconStatus::Mismatched && (r.reasons & ReasonApprovalNo);
        default:
            return false;
        }
    case ModelRoles::AmountRole: {
        const ReconOutcome &o = *m_outcome;
        const bool hasLedger = r.ledgerRow >= 0;
        const bool hasVan = r.vanRow >= 0;
        if (column == LedgerAmountColumn && hasLedger)
            return o.ledger.amount(r.ledgerRow);
        if (column == VanAmountColumn && hasVan)
            return o.van.amount(r.vanRow);
        if (column == DifferenceColumn && hasLedger && hasVan)
            return o.van.amount(r.vanRow) - o.ledger.amount(r.ledgerRow);
        return {};
    }
    default:
        return {};
    }
}

QVariant ReconRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                                        : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case TransactionIdColumn:
        return tr("Transaction ID");
    case KindColumn:
        return tr("Kind");
    case LedgerAmountColumn:
        return tr("Ledger amount");
    case VanAmountColumn:
        return tr("VAN amount");
    case DifferenceColumn:
        return tr("Difference");
    case LedgerApprovalColumn:
        return tr("Ledger approval no.");
    case VanApprovalColumn:
        return tr("VAN approval no.");
    case OccurredAtColumn:
        return tr("Date and time");
    case CardNumberColumn:
        return tr("Card number");
    case CardCompanyColumn:
        return tr("Card company");
    case MerchantColumn:
        return tr("Merchant");
    case CustomerColumn:
        return tr("Customer");
    case CategoryColumn:
        return tr("Category");
    case LedgerLineColumn:
        return tr("Ledger line");
    case VanLineColumn:
        return tr("VAN line");
    case ColumnCount:
        break;
    }
    return {};
}

void ReconRowsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Remember which outcome each persistent index (selection, current cell) points at, to follow it.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint32> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        sources.push_back(i.row() >= 0 && size_t(i.row()) < m_view.size() ? m_view[size_t(i.row())] : -1);

    m_sortColumn = column;
    m_sortOrder = order;
    m_sorted.clear();
    if (m_sortColumn >= 0)
        sortAll();
    rebuildView(); // the same rows in the new order

    if (!before.isEmpty() && m_outcome) {
        std::vector<qint32> viewRowOf(m_outcome->result.rows.size(), -1);
        for (size_t k = 0; k < m_view.size(); ++k)
            viewRowOf[size_t(m_view[k])] = qint32(k);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const qint32 source = sources[size_t(k)];
            const qint32 row = source >= 0 ? viewRowOf[size_t(source)] : -1;
            after.append(row >= 0 ? index(row, before[k].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReconRowsModel::sortAll()
{
    m_sorted.clear();
    if (!m_outcome)
        return;
    const ReconOutcome &o = *m_outcome;
    const std::vector<ReconRow> &rows = o.result.rows;
    const auto n = qint32(rows.size());

    auto sortNumbers = [&](auto keyOf) {
        std::vector<NumKey> keys(rows.size());
        for (qint32 k = 0; k < n; ++k)
            keys[size_t(k)] = { keyOf(rows[size_t(k)]), k };
        stableSortInto(
            keys, [](const NumKey &a, const NumKey &b) { return a.key < b.key; }, m_sortOrder, m_sorted);
    };
    // textOf returns the value's bytes, empty when the row has none.
    auto sortText = [&](auto textOf) {
        std::vector<TextKey> keys(rows.size());
        for (qint32 k = 0; k < n; ++k)
            keys[size_t(k)] = textKey(textOf(rows[size_t(k)]), k);
        auto less = [&](const TextKey &a, const TextKey &b) {
            if (a.hi != b.hi)
                return a.hi < b.hi;
            if (a.lo != b.lo)
                return a.lo < b.lo;
            if (!a.longer || !b.longer)
                return !a.longer && b.longer;
            return bytes(textOf(rows[size_t(a.source)])) < bytes(textOf(rows[size_t(b.source)]));
        };
        stableSortInto(keys, less, m_sortOrder, m_sorted);
    };
    auto sortDictionary = [&](Text field) {
        const DictRanks ranks = dictRanks(o, field);
        const DictColumn *ledger = o.ledger.dictionary(field);
        const DictColumn *van = o.van.dictionary(field);
        sortNumbers([&](const ReconRow &r) {
            return r.ledgerRow >= 0 ? qint64(ranks.ledger[ledger->code(r.ledgerRow)])
                                    : qint64(ranks.van[van->code(r.vanRow)]);
        });
    };
    auto primaryText = [&](Text field) {
        return [&o, field](const ReconRow &r) {
            const Side s = primary(o, r);
            return s.table->text(s.row, field);
        };
    };

    switch (m_sortColumn) {
    case StatusColumn:
    case ReasonColumn:
        sortNumbers(
            [](const ReconRow &r) { return qint64(int(r.status) << 8 | int(r.reasons) << 4 | int(r.duplicateSide)); });
        break;
    case TransactionIdColumn:
        sortText(primaryText(Text::TransactionId));
        break;
    case KindColumn:
        sortNumbers([&](const ReconRow &r) {
            const Side s = primary(o, r);
            return qint64(s.table->kind(s.row));
        });
        break;
    case LedgerAmountColumn:
        sortNumbers([&](const ReconRow &r) { return r.ledgerRow >= 0 ? o.ledger.amount(r.ledgerRow) : kMissing; });
        break;
    case VanAmountColumn:
        sortNumbers([&](const ReconRow &r) { return r.vanRow >= 0 ? o.van.amount(r.vanRow) : kMissing; });
        break;
    case DifferenceColumn:
        sortNumbers([&](const ReconRow &r) {
            return r.ledgerRow >= 0 && r.vanRow >= 0 ? o.van.amount(r.vanRow) - o.ledger.amount(r.ledgerRow) : kMissing;
        });
        break;
    case LedgerApprovalColumn:
        sortText(
            [&](const ReconRow &r) { return r.ledgerRow >= 0 ? o.ledger.approvalNo(r.ledgerRow) : QByteArrayView(); });
        break;
    case VanApprovalColumn:
        sortText([&](const ReconRow &r) { return r.vanRow >= 0 ? o.van.approvalNo(r.vanRow) : QByteArrayView(); });
        break;
    case OccurredAtColumn:
        sortNumbers([&](const ReconRow &r) {
            const Side s = primary(o, r);
            return s.table->occurredAtMs(s.row);
        });
        break;
    case CardNumberColumn:
        sortText(primaryText(Text::CardNumber));
        break;
    case CardCompanyColumn:
        sortDictionary(Text::CardCompany);
        break;
    case MerchantColumn:
        sortDictionary(Text::MerchantName);
        break;
    case CustomerColumn:
        sortText(primaryText(Text::CustomerId));
        break;
    case CategoryColumn:
        sortDictionary(Text::Category);
        break;
    case LedgerLineColumn:
        sortNumbers([&](const ReconRow &r) { return r.ledgerRow >= 0 ? o.ledger.sourceLine(r.ledgerRow) : kMissing; });
        break;
    case VanLineColumn:
        sortNumbers([&](const ReconRow &r) { return r.vanRow >= 0 ? o.van.sourceLine(r.vanRow) : kMissing; });
        break;
    default:
        break;
    }
}

void ReconRowsModel::rebuild()
{
    beginResetModel();
    rebuildView();
    endResetModel();
    emit filterChanged();
}

void ReconRowsModel::rebuildView()
{
    m_view.clear();
    m_counts.fill(0);
    if (!m_outcome)
        return;
    const ReconOutcome &o = *m_outcome;
    const std::vector<ReconRow> &rows = o.result.rows;
    const QString text = m_search.trimmed();
    // The search's answer per row, in source order (shared with the other grid searching the same text).
    const std::shared_ptr<const std::vector<quint8>> hits = text.isEmpty() ? nullptr : searchHits(text);
    const bool sorted = !m_sorted.empty();
    m_view.reserve(rows.size()); // one allocation, kept across rebuilds

    // Chart predicates read the record tables. Walked in sorted order those reads jump all over a few hundred
    // MB (0.9 s at 1M rows); in source order they stream. So test every row in source order first, then walk
    // the sorted order over the one-byte answers.
    std::vector<quint8> passes;
    if (sorted && m_predicate) {
        passes.resize(rows.size());
        for (size_t k = 0, n = rows.size(); k < n; ++k) {
            const ReconRow &r = rows[k];
            passes[k] = (!hits || (*hits)[k]) && m_predicate(o, r);
        }
    }

    // One pass: the view and every filter's count (the live counts next to the filter buttons) together.
    for (size_t k = 0, n = rows.size(); k < n; ++k) {
        const qint32 source = sorted ? m_sorted[k] : qint32(k);
        const ReconRow &r = rows[size_t(source)];
        if (!passes.empty()) {
            if (!passes[size_t(source)])
                continue;
        } else {
            if (hits && !(*hits)[size_t(source)])
                continue;
            if (m_predicate && !m_predicate(o, r))
                continue;
        }
        ++m_counts[size_t(StatusFilter::All)];
        switch (r.status) {
        case ReconStatus::Matched:
            ++m_counts[size_t(StatusFilter::Matched)];
            break;
        case ReconStatus::Mismatched:
            ++m_counts[size_t(StatusFilter::Mismatched)];
            if (r.reasons & ReasonAmount)
                ++m_counts[size_t(StatusFilter::Amount)];
            if (r.reasons & ReasonApprovalNo)
                ++m_counts[size_t(StatusFilter::ApprovalNo)];
            break;
        case ReconStatus::LedgerOnly:
            ++m_counts[size_t(StatusFilter::LedgerOnly)];
            break;
        case ReconStatus::VanOnly:
            ++m_counts[size_t(StatusFilter::VanOnly)];
            break;
        case ReconStatus::Duplicate:
            ++m_counts[size_t(StatusFilter::Duplicate)];
            break;
        }
        if (r.status != ReconStatus::Matched)
            ++m_counts[size_t(StatusFilter::Unmatched)];
        if (accepts(m_status, r))
            m_view.push_back(source);
    }
}
