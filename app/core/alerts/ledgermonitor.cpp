#include "ledgermonitor.h"

#include "alerts/alertlog.h"
#include "alerts/alertoutbox.h"
#include "alerts/discorddelivery.h"
#include "alerts/ledgerpoller.h"
#include "alerts/webhookurl.h"
#include "ledger/ledgerconnection.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

namespace {
constexpr int KeepDeliveredDays = 90; // the alerts panel and `payrecon-cli alerts` show history this far back
}

LedgerMonitor::LedgerMonitor(AlertSettings settings, QString ledgerPassword, StoreLocation store, QObject *parent)
    : QObject(parent)
    , m_settings { std::move(settings) }
    , m_ledgerPassword { std::move(ledgerPassword) }
    , m_storeLocation { std::move(store) }
    , m_pollTimer { new QTimer(this) }
    , m_reconnectTimer { new QTimer(this) }
{
    qRegisterMetaType<Alert>();
    qRegisterMetaType<AlertDeliveryState>();
    m_reconnectTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &LedgerMonitor::onTimer);
    connect(m_reconnectTimer, &QTimer::timeout, this, &LedgerMonitor::onTimer);
}

LedgerMonitor::~LedgerMonitor()
{
    // No event loop in a destructor (the thread may be finishing): whoever wants the grace calls stop() first.
    shutDown(0);
}

void LedgerMonitor::setReconnectBackoff(int firstMs, int maxMs)
{
    m_firstReconnectMs = std::max(firstMs, 1);
    m_maxReconnectMs = std::max(maxMs, m_firstReconnectMs);
}

void LedgerMonitor::setStatus(Status status, const QString &message)
{
    m_status = status;
    emit statusChanged(status, message);
}

void LedgerMonitor::start()
{
    if (m_store)
        return;
    auto fail = [this](const QString &message) {
        m_onceMessage = message;
        qCWarning(lcAlerts, "%s", qUtf8Printable(message));
        emit this->error(message);
        setStatus(Status::Failed, message);
        stop();
        m_status = Status::Failed;
    };
    if (const QString invalid = m_settings.validate(); !invalid.isEmpty())
        return fail(invalid);
    QString problem;
    const std::optional<LedgerUrl> url = LedgerConnection { m_settings.ledgerUrl, m_ledgerPassword }.parse(&problem);
    if (!url)
        return fail(problem);
    m_store = std::make_unique<LocalStore>(m_storeLocation);
    if (!m_store->open(&problem))
        return fail(problem);
    m_outbox = std::make_unique<AlertOutbox>(*m_store);
    if (!m_outbox->migrate(&problem))
        return fail(problem);
    if (const int pruned = m_outbox->pruneDelivered(KeepDeliveredDays, &problem); pruned > 0)
        qCInfo(lcAlerts, "Removed %d delivered alerts older than %d days from the outbox", pruned, KeepDeliveredDays);
    m_poller = std::make_unique<LedgerPoller>(*url, m_settings);
    m_evaluator = std::make_unique<AlertEvaluator>(m_settings);
    m_markKnown = false;
    m_warmedUp = false;

    if (m_settings.webhook.isEmpty()) {
        const QString message = tr("No Discord webhook is configured: alerts are recorded but not sent.");
        qCWarning(lcAlerts, "%s", qUtf8Printable(message));
        emit this->error(message);
    } else {
        m_delivery = new DiscordDelivery(*m_outbox, m_settings.webhook, this);
        m_delivery->setRetryLimit(m_deliveryRetryLimit);
        connect(m_delivery, &DiscordDelivery::deliveryStateChanged, this, &LedgerMonitor::deliveryStateChanged);
        connect(m_delivery, &DiscordDelivery::stateChanged, this,
            [this](DiscordDelivery::State state, const QString &message) {
                if (state == DiscordDelivery::State::Stopped)
                    emit this->error(message);
            });
        connect(m_delivery, &DiscordDelivery::idle, this, [this] {
            if (m_once && m_onceDelivering)
                finishOnce();
        });
        qCInfo(lcAlerts, "Delivering alerts to %s", qUtf8Printable(WebhookUrl::masked(m_settings.webhook)));
        // Alerts left pending by the last run go first, whether or not the ledger is reachable now.
        m_delivery->deliverPending();
    }
    setStatus(Status::Starting,
        tr("Connecting to %1; polling every %2 s.")
            .arg(url->redacted())
            .arg(double(m_settings.pollIntervalMs) / 1000.0, 0, 'f', 1));
    m_pollTimer->start(m_settings.pollIntervalMs);
    if (!m_once)
        onTimer();
}

void LedgerMonitor::stop()
{
    shutDown(StopGraceMs);
}

void LedgerMonitor::shutDown(int graceMs)
{
    if (m_stopping)
        return; // stop() again from inside the grace period's event loop
    const QScopedValueRollback stopping(m_stopping, true);
    m_pollTimer->stop();
    m_reconnectTimer->stop();
    if (m_delivery && graceMs > 0)
        m_delivery->finishInFlight(graceMs);
    delete m_delivery;
    m_delivery = nullptr;
    m_poller.reset();
    m_evaluator.reset();
    m_outbox.reset();
    const bool wasRunning = m_store != nullptr;
    m_store.reset();
    if (wasRunning && m_status != Status::Failed)
        setStatus(Status::Stopped, tr("Monitoring stopped."));
}

void LedgerMonitor::pollNow()
{
    if (m_store && !m_reconnectTimer->isActive())
        onTimer();
}

void LedgerMonitor::resumeDelivery()
{
    if (m_delivery)
        m_delivery->resume();
}

void LedgerMonitor::scheduleReconnect(const QString &why)
{
    m_poller->close();
    const int delay
        = int(std::min<qint64>(m_maxReconnectMs, qint64(m_firstReconnectMs) << std::min(m_reconnectAttempts, 20)));
    ++m_reconnectAttempts;
    const QString message = tr("%1 — retrying in %2 s (attempt %3).")
                                .arg(why)
                                .arg(double(delay) / 1000.0, 0, 'f', 1)
                                .arg(m_reconnectAttempts);
    qCWarning(lcAlerts, "%s", qUtf8Printable(message));
    setStatus(Status::Reconnecting, message);
    m_pollTimer->stop();
    m_reconnectTimer->start(delay);
}

bool LedgerMonitor::ensureMark(QString *error)
{
    if (m_markKnown)
        return true;
    const QString source = m_poller->source();
    if (const std::optional<qint64> mark = m_outbox->highWaterMark(source, error)) {
        m_mark = *mark;
        m_markKnown = true;
        return true;
    }
    if (!error->isEmpty())
        return false;
    // First start on this ledger: begin after what is there now, or the first run would alert history.
    const std::optional<qint64> max = m_poller->maxId(error);
    if (!max)
        return false;
    if (!m_outbox->setHighWaterMark(source, *max, error))
        return false;
    qCInfo(lcAlerts, "First start on this ledger: rows up to id %lld are history and are not alerted", qlonglong(*max));
    m_mark = *max;
    m_markKnown = true;
    return true;
}

bool LedgerMonitor::warmUp(QString *error)
{
    if (m_warmedUp)
        return true;
    // Ids are close to dense, so "the last N rows" is the id range (mark - N, mark]; rows past the mark
    // are left for the poll that alerts them.
    qint64 after = std::max<qint64>(0, m_mark - m_settings.warmUpRows);
    qint64 seen = 0;
    QElapsedTimer timer;
    timer.start();
    while (after < m_mark && m_settings.warmUpRows > 0) {
        QList<PaymentEvent> rows;
        qint64 last = after;
        if (!m_poller->fetch(after, &rows, &last, error))
            return false;
        for (const PaymentEvent &row : std::as_const(rows)) {
            if (row.rowId > m_mark)
                break;
            m_evaluator->evaluate(row); // history: the rules remember it, nothing is alerted
            ++seen;
        }
        if (last <= after || rows.isEmpty())
            break;
        after = last;
    }
    m_warmedUp = true;
    qCInfo(lcAlerts, "Rules warmed up with %lld ledger rows up to id %lld in %lld ms", qlonglong(seen),
        qlonglong(m_mark), qlonglong(timer.elapsed()));
    return true;
}

void LedgerMonitor::onTimer()
{
    if (!m_poller)
        return;
    QString error;
    const qint64 before = m_mark;
    if (!poll(&error)) {
        scheduleReconnect(error);
        if (m_once) {
            m_onceLedgerOk = false;
            m_onceMessage = error;
            m_reconnectTimer->stop();
            m_onceDelivering = true;
            if (m_delivery)
                m_delivery->deliverPending();
            else
                finishOnce();
        }
        return;
    }
    // A full batch means more rows are waiting (a backlog after downtime): read the next batch on the next
    // turn of the event loop rather than in a loop here, so delivery and stop() are never starved.
    if (m_mark > before && m_lastFetched >= m_settings.batchSize) {
        QTimer::singleShot(0, this, &LedgerMonitor::onTimer);
        return;
    }
    if (m_once) {
        m_onceLedgerOk = true;
        m_onceDelivering = true;
        if (m_delivery)
            m_delivery->deliverPending();
        else
            finishOnce();
    }
}

bool LedgerMonitor::poll(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    m_lastFetched = 0;
    if (!m_poller->isOpen()) {
        if (!m_poller->open(error))
            return false;
    }
    if (!ensureMark(error) || !warmUp(error))
        return false;
    QList<PaymentEvent> rows;
    qint64 last = m_mark;
    if (!m_poller->fetch(m_mark, &rows, &last, error))
        return false;
    if (m_status != Status::Running) {
        const bool again = m_reconnectAttempts > 0;
        m_reconnectAttempts = 0;
        setStatus(Status::Running,
            again ? tr("Connected to the ledger again; monitoring resumed after id %1.").arg(m_mark)
                  : tr("Monitoring the ledger after id %1.").arg(m_mark));
        if (!m_once)
            m_pollTimer->start(m_settings.pollIntervalMs);
    }
    m_lastFetched = rows.size();
    if (last == m_mark) {
        m_lastPollMs = timer.elapsed();
        return true;
    }
    QList<Alert> alerts;
    for (const PaymentEvent &row : std::as_const(rows)) {
        if (std::optional<Alert> alert = m_evaluator->evaluate(row))
            alerts.append(std::move(*alert));
    }
    QList<OutboxEntry> recorded;
    if (!m_outbox->record(m_poller->source(), last, alerts, &recorded, error)) {
        // The rows will be read again next time; the rules have already seen them, which at worst makes
        // a velocity count one higher once. Losing alerts would be worse.
        emit this->error(*error);
        error->clear();
        m_lastPollMs = timer.elapsed();
        return true;
    }
    m_mark = last;
    for (const OutboxEntry &e : std::as_const(recorded)) {
        qCInfo(lcAlerts, "Alert %lld: %s on ledger row %lld", qlonglong(e.seq),
            qUtf8Printable(e.alert.ruleIds().join(u'+')), qlonglong(e.alert.payment.rowId));
        emit alertRaised(e.alert, e.seq);
    }
    if (!recorded.isEmpty() && m_delivery)
        m_delivery->deliverPending();
    m_lastPollMs = timer.elapsed();
    qCDebug(lcAlerts, "Poll: %lld rows, %lld alerts, mark %lld, %lld ms", qlonglong(rows.size()),
        qlonglong(recorded.size()), qlonglong(m_mark), qlonglong(m_lastPollMs));
    return true;
}

void LedgerMonitor::runOnce()
{
    m_once = true;
    m_onceDelivering = false;
    m_onceLedgerOk = false;
    m_onceMessage.clear();
    if (!m_store) {
        start();
        if (m_status == Status::Failed) {
            m_once = false;
            emit onceFinished(false, -1, m_onceMessage.isEmpty() ? tr("The monitor cannot start.") : m_onceMessage);
            return;
        }
    }
    m_pollTimer->stop();
    onTimer();
}

void LedgerMonitor::finishOnce()
{
    if (!m_once)
        return;
    m_once = false;
    const qint64 pending = m_outbox ? m_outbox->pendingCount() : -1;
    QString message = m_onceMessage;
    if (m_delivery && !m_delivery->lastError().isEmpty())
        message = message.isEmpty() ? m_delivery->lastError() : message + u'\n' + m_delivery->lastError();
    const bool deliveredAll = pending == 0 || (!m_delivery && pending >= 0);
    emit onceFinished(m_onceLedgerOk && deliveredAll, pending, message);
}
