// The alerts panel's grid: the most recent alerts of this session with their delivery state, newest last.
// Bounded (the monitor may run for days); the outbox in the store keeps the full history.
#pragma once

#include "alerts/alert.h"

#include <QAbstractTableModel>
#include <QDate>
#include <deque>

class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        RulesColumn,
        AmountColumn,
        MerchantColumn,
        CardColumn,
        TransactionColumn,
        DeliveryColumn,
        ColumnCount
    };
    static constexpr int MaxRows = 2000;

    explicit AlertsModel(QObject *parent = nullptr);

    void addAlert(qint64 seq, const Alert &alert);
    void setDeliveryState(qint64 seq, AlertDeliveryState state, const QString &detail);
    /// Alerts raised today (Korea time) in this session: the tray's badge.
    int todayCount() const;
    /// The row of the alert with this outbox sequence number; -1 once it has scrolled out (MaxRows).
    int rowOf(qint64 seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Entry
    {
        qint64 seq = 0;
        Alert alert;
        AlertDeliveryState state = AlertDeliveryState::Pending;
        QString detail;
    };
    std::deque<Entry> m_rows;
    int m_today = 0;
    QDate m_todayDate;
};
