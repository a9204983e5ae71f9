#include "alerts/alertsdock.h"

#include "store/secretresolver.h"

#include "alerts/webhookurl.h"
#include "models/alertsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

AlertsDock::AlertsDock(StoreLocation store, QWidget *parent)
    : QDockWidget { tr("Alerts"), parent }
    , m_store { std::move(store) }
    , m_model { new AlertsModel(this) }
    , m_view { new QTableView(this) }
    , m_status { new QLabel(tr("The alert monitor is off."), this) }
    , m_toggle { new QPushButton(tr("&Start monitor"), this) }
{
    setObjectName(QStringLiteral("alertsDock"));
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setWordWrap(true);
    m_toggle->setObjectName(QStringLiteral("alertsToggle"));
    connect(m_toggle, &QPushButton::clicked, this, [this] { isMonitoring() ? stopMonitor() : startMonitor(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this] { m_view->scrollToBottom(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_toggle);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);
}

AlertsDock::~AlertsDock()
{
    stopMonitor();
}

QString AlertsDock::statusText() const
{
    return m_status->text();
}

void AlertsDock::startMonitor()
{
    if (m_monitor)
        return;
    QSettings settings;
    SecretResolver secrets(m_secrets, settings);
    const AlertSettings alertSettings = AlertSettings::load(settings, &secrets);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("alerts"));
    m_monitor = new LedgerMonitor(alertSettings, m_ledgerPassword, m_store);
    m_monitor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &LedgerMonitor::statusChanged, this, &AlertsDock::onStatus);
    connect(m_monitor, &LedgerMonitor::error, this, [this](const QString &message) { m_status->setText(message); });
    connect(
        m_monitor, &LedgerMonitor::alertRaised, this, [this](const Alert &alert, qint64 seq) { addAlert(seq, alert); });
    connect(m_monitor, &LedgerMonitor::deliveryStateChanged, m_model, &AlertsModel::setDeliveryState);
    m_thread->start();
    QMetaObject::invokeMethod(m_monitor, &LedgerMonitor::start, Qt::QueuedConnection);
    m_toggle->setText(tr("&Stop monitor"));
    m_status->setText(
        tr("Starting the alert monitor (webhook %1)…")
            .arg(alertSettings.webhook.isEmpty() ? tr("not set") : WebhookUrl::masked(alertSettings.webhook)));
    emit monitoringChanged(true);
}

void AlertsDock::stopMonitor()
{
    if (!m_monitor)
        return;
    // stop() closes the connections in the monitor's own thread, then the thread ends and deletes it.
    QMetaObject::invokeMethod(m_monitor, &LedgerMonitor::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_monitor = nullptr;
    m_lastStatus = LedgerMonitor::Status::Stopped;
    m_toggle->setText(tr("&Start monitor"));
    m_status->setText(tr("The alert monitor is off."));
    emit monitoringChanged(false);
}

void AlertsDock::addAlert(qint64 seq, const Alert &alert)
{
    m_model->addAlert(seq, alert);
    QStringList titles;
    for (const RuleHit &hit : alert.hits)
        titles << hit.reason;
    emit alertRaised(seq, alert.severity(),
        tr("%1 at %2")
            .arg(QLocale().toCurrencyString(qlonglong(alert.payment.amount), QStringLiteral("₩")),
                alert.payment.merchantName),
        titles.join(u'\n'));
    emit todayCountChanged(m_model->todayCount());
}

void AlertsDock::selectAlerts(const QList<qint64> &seqs)
{
    QItemSelection selection;
    int last = -1;
    for (qint64 seq : seqs) {
        const int row = m_model->rowOf(seq);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, AlertsModel::ColumnCount - 1));
        last = std::max(last, row);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (last >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(last, 0), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(last, 0));
    }
}

void AlertsDock::onStatus(LedgerMonitor::Status status, const QString &message)
{
    m_lastStatus = status;
    switch (status) {
    case LedgerMonitor::Status::Stopped:
        m_status->setText(tr("The alert monitor is off."));
        break;
    case LedgerMonitor::Status::Starting:
        m_status->setText(tr("Starting: waiting for the ledger…"));
        break;
    case LedgerMonitor::Status::Running:
        m_status->setText(message.isEmpty() ? tr("Watching the ledger for new payments.") : message);
        break;
    case LedgerMonitor::Status::Reconnecting:
        m_status->setText(tr("The ledger is unreachable; retrying: %1").arg(message));
        break;
    case LedgerMonitor::Status::Failed:
        m_status->setText(tr("The alert monitor cannot run: %1").arg(message));
        break;
    }
}
