#include "openitemsmodel.h"

#include "domain/koreatime.h"
#include "modelroles.h"
#include "reconrowsmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

OpenItemsModel::OpenItemsModel(QObject *parent)
    : QAbstractTableModel { parent }
{ }

void OpenItemsModel::setItems(std::vector<OpenItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void OpenItemsModel::updateItems(const std::vector<OpenItem> &items)
{
    for (const OpenItem &item : items) {
        const int row = rowOf(item.id);
        if (row < 0) {
            const int end = int(m_items.size());
            beginInsertRows({}, end, end);
            m_items.push_back(item);
            endInsertRows();
            continue;
        }
        m_items[size_t(row)] = item;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int OpenItemsModel::rowOf(qint64 itemId) const
{
    // Linear: called for the handful of items one action touched, over a few thousand open items.
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == itemId)
            return int(i);
    }
    return -1;
}

int OpenItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OpenItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OpenItemsModel::sideStatusText(const OpenItem &item)
{
    // The engine's own wording, so the grid reads like the reconciliation tab.
    ReconRow row;
    row.status = item.status;
    row.reasons = item.reasons;
    row.duplicateSide = item.side == OpenItem::Side::Ledger ? DuplicateSide::Ledger
        : item.side == OpenItem::Side::Van                  ? DuplicateSide::Van
                                                            : DuplicateSide::Both;
    return ReconRowsModel::statusText(row);
}

QColor OpenItemsModel::stateColor(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return QColor(0xd3, 0x2f, 0x2f); // red: needs someone
    case ItemState::Pending:
        return QColor(0xf5, 0x7c, 0x00); // orange: someone owns it
    case ItemState::AcceptedLedger:
    case ItemState::AcceptedVan:
    case ItemState::PairedManually:
        return QColor(0x38, 0x8e, 0x3c); // green: verified by a person
    case ItemState::MatchedLate:
        return QColor(0x19, 0x76, 0xd2); // blue: verified by a later run, set apart so it is seen as such
    case ItemState::WrittenOff:
        return QColor(0x75, 0x75, 0x75); // grey: closed, not verified
    }
    return {};
}

QIcon OpenItemsModel::stateIcon(ItemState state) const
{
    if (!m_iconsLoaded) {
        m_iconsLoaded = true;
        // Shapes differ as well as colours, so the state reads without colour vision. No style, no icons.
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyle *style = QApplication::style();
            m_icons[size_t(ItemState::Open)] = style->standardIcon(QStyle::SP_MessageBoxCritical);
            m_icons[size_t(ItemState::Pending)] = style->standardIcon(QStyle::SP_MessageBoxQuestion);
            m_icons[size_t(ItemState::AcceptedLedger)] = style->standardIcon(QStyle::SP_DialogApplyButton);
            m_icons[size_t(ItemState::AcceptedVan)] = style->standardIcon(QStyle::SP_DialogApplyButton);
            m_icons[size_t(ItemState::WrittenOff)] = style->standardIcon(QStyle::SP_DialogDiscardButton);
            m_icons[size_t(ItemState::PairedManually)] = style->standardIcon(QStyle::SP_DialogYesButton);
            m_icons[size_t(ItemState::MatchedLate)] = style->standardIcon(QStyle::SP_BrowserReload);
        }
    }
    return m_icons[size_t(state)];
}

QVariant OpenItemsModel::displayData(const OpenItem &item, int column) const
{
    const QLocale locale;
    switch (column) {
    case StateColumn:
        return ItemStates::displayName(item.state);
    case TransactionIdColumn:
        return item.transactionId;
    case KindColumn:
        return item.kind == PaymentKind::Cancel ? ReconRowsModel::tr("Cancel") : ReconRowsModel::tr("Approval");
    case SideStatusColumn:
        return sideStatusText(item);
    case LedgerAmountColumn:
        return item.hasLedger() ? ReconRowsModel::formatWon(item.ledgerAmount, locale) : QVariant();
    case VanAmountColumn:
        return item.hasVan() ? ReconRowsModel::formatWon(item.vanAmount, locale) : QVariant();
    case DifferenceColumn:
        return item.hasLedger() && item.hasVan() ? ReconRowsModel::formatWon(item.vanAmount - item.ledgerAmount, locale)
                                                 : QVariant();
    case ApprovalColumn: {
        if (item.hasLedger() && item.hasVan() && item.ledgerApprovalNo != item.vanApprovalNo)
            return tr("%1 / %2").arg(item.ledgerApprovalNo, item.vanApprovalNo);
        return item.hasLedger() ? item.ledgerApprovalNo : item.vanApprovalNo;
    }
    case TimeColumn:
        return item.occurredAtMs ? QString::fromLatin1(KoreaTime::plain(item.occurredAtMs)) : QString();
    case MerchantColumn:
        return item.merchantName;
    case CardColumn:
        return item.cardNumber; // masked at ingestion
    case ReasonCodeColumn:
        return item.reasonCode;
    case NoteColumn:
        return item.note.simplified(); // one line in the grid; the tooltip has it whole
    case UpdatedByColumn:
        return item.updatedBy;
    case UpdatedAtColumn:
        return item.updatedAtMs ? QString::fromLatin1(KoreaTime::plain(item.updatedAtMs)) : QString();
    case RunColumn:
        if (item.state == ItemState::MatchedLate && item.resolvedInRunId > 0)
            return tr("%1 → %2").arg(item.runId).arg(item.resolvedInRunId);
        return item.runId;
    default:
        return {};
    }
}

QVariant OpenItemsModel::sortData(const OpenItem &item, int column) const
{
    switch (column) {
    case StateColumn:
        return int(item.state);
    case LedgerAmountColumn:
        return item.hasLedger() ? QVariant(item.ledgerAmount) : QVariant();
    case VanAmountColumn:
        return item.hasVan() ? QVariant(item.vanAmount) : QVariant();
    case DifferenceColumn:
        return item.hasLedger() && item.hasVan() ? QVariant(item.vanAmount - item.ledgerAmount) : QVariant();
    case TimeColumn:
        return item.occurredAtMs;
    case UpdatedAtColumn:
        return item.updatedAtMs;
    case RunColumn:
        return item.runId;
    case NoteColumn:
        return item.note;
    default:
        return displayData(item, column);
    }
}

QVariant OpenItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenItem &item = m_items[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, column);
    case Qt::ToolTipRole:
        if (column == NoteColumn || column == ReasonCodeColumn)
            return item.note.isEmpty() ? QVariant() : QVariant(item.note);
        if (column == StateColumn && item.state == ItemState::MatchedLate)
            return tr("Matched late: run %1 brought the counterpart of this item from run %2.")
                .arg(item.resolvedInRunId)
                .arg(item.runId);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case LedgerAmountColumn:
        case VanAmountColumn:
        case DifferenceColumn:
        case RunColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(stateIcon(item.state)) : QVariant();
    case Qt::BackgroundRole: {
        if (column != StateColumn)
            return {};
        QColor tint = stateColor(item.state);
        tint.setAlpha(50); // mostly transparent: the text stays readable in light and dark palettes
        return QBrush(tint);
    }
    case Qt::FontRole: {
        // Open items in bold: what still needs someone stands out without colour.
        if (!ItemStates::isOpen(item.state))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case ModelRoles::ItemIdRole:
        return item.id;
    case ModelRoles::ItemStateRole:
        return int(item.state);
    case ModelRoles::ItemSideRole:
        return int(item.side);
    case ModelRoles::StatusRole:
        return int(item.status);
    case ModelRoles::AmountRole:
        switch (column) {
        case LedgerAmountColumn:
            return item.hasLedger() ? QVariant(item.ledgerAmount) : QVariant();
        case VanAmountColumn:
            return item.hasVan() ? QVariant(item.vanAmount) : QVariant();
        case DifferenceColumn:
            return item.hasLedger() && item.hasVan() ? QVariant(item.vanAmount - item.ledgerAmount) : QVariant();
        default:
            return {};
        }
    case ModelRoles::SortRole:
        return sortData(item, column);
    default:
        return {};
    }
}

QVariant OpenItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case TransactionIdColumn:
        return tr("Transaction ID");
    case KindColumn:
        return tr("Kind");
    case SideStatusColumn:
        return tr("Discrepancy");
    case LedgerAmountColumn:
        return tr("Ledger amount");
    case VanAmountColumn:
        return tr("VAN amount");
    case DifferenceColumn:
        return tr("Difference");
    case ApprovalColumn:
        return tr("Approval no.");
    case TimeColumn:
        return tr("Time (KST)");
    case MerchantColumn:
        return tr("Merchant");
    case CardColumn:
        return tr("Card");
    case ReasonCodeColumn:
        return tr("Reason code");
    case NoteColumn:
        return tr("Note");
    case UpdatedByColumn:
        return tr("Updated by");
    case UpdatedAtColumn:
        return tr("Updated at (KST)");
    case RunColumn:
        return tr("Run");
    default:
        return {};
    }
}
