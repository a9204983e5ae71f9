#include "alertsmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace {
QDate koreaToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(9 * 3600).date();
}
} // namespace

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel { parent }
{ }

void AlertsModel::addAlert(qint64 seq, const Alert &alert)
{
    if (int(m_rows.size()) >= MaxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(Entry { seq, alert, AlertDeliveryState::Pending, {} });
    endInsertRows();
    if (m_todayDate != koreaToday()) {
        m_todayDate = koreaToday();
        m_today = 0;
    }
    ++m_today;
}

void AlertsModel::setDeliveryState(qint64 seq, AlertDeliveryState state, const QString &detail)
{
    // Newest first: a state change almost always concerns a recent alert.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        Entry &e = m_rows[size_t(row)];
        if (e.seq != seq)
            continue;
        e.state = state;
        e.detail = detail;
        emit dataChanged(index(row, DeliveryColumn), index(row, DeliveryColumn));
        return;
    }
}

int AlertsModel::todayCount() const
{
    return m_todayDate == koreaToday() ? m_today : 0;
}

int AlertsModel::rowOf(qint64 seq) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[size_t(row)].seq == seq)
            return row;
    }
    return -1;
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Entry &e = m_rows[size_t(index.row())];
    const PaymentEvent &p = e.alert.payment;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        QStringList reasons;
        for (const RuleHit &hit : e.alert.hits)
            reasons << hit.reason;
        return index.column() == DeliveryColumn && !e.detail.isEmpty() ? e.detail : reasons.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(p.occurredAtMs, QTimeZone(9 * 3600)), QLocale::ShortFormat);
    case RulesColumn: {
        QStringList rules;
        for (const RuleHit &hit : e.alert.hits)
            rules << hit.ruleId;
        return rules.join(QStringLiteral(", "));
    }
    case AmountColumn:
        return locale.toCurrencyString(qlonglong(p.amount), QStringLiteral("₩"));
    case MerchantColumn:
        return p.merchantName;
    case CardColumn:
        return p.cardNumber; // masked before it reached the monitor
    case TransactionColumn:
        return p.transactionId;
    case DeliveryColumn:
        // Words, never colour alone.
        switch (e.state) {
        case AlertDeliveryState::Pending:
            return e.detail.isEmpty() ? tr("Pending") : tr("Pending: %1").arg(e.detail);
        case AlertDeliveryState::Delivered:
            return tr("Sent");
        case AlertDeliveryState::Failed:
            return tr("Failed: %1").arg(e.detail);
        }
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RulesColumn:
        return tr("Rules");
    case AmountColumn:
        return tr("Amount");
    case MerchantColumn:
        return tr("Merchant");
    case CardColumn:
        return tr("Card");
    case TransactionColumn:
        return tr("Transaction ID");
    case DeliveryColumn:
        return tr("Discord");
    }
    return {};
}
