#include "resolution/resolutionworker.h"

#include "report/reconreportbuilder.h"
#include "report/reconreportjson.h"
#include "resolve/auditcsv.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

Q_LOGGING_CATEGORY(lcResolution, "payrecon.gui.resolution", QtWarningMsg)

ResolutionWorker::ResolutionWorker(StoreLocation store, QObject *parent)
    : QObject { parent }
    , m_location { std::move(store) }
{ }

ResolutionWorker::~ResolutionWorker() = default;

void ResolutionWorker::registerMetaTypes()
{
    qRegisterMetaType<RunInfo>();
    qRegisterMetaType<RecordRunResult>();
    qRegisterMetaType<ResolveRequest>();
    qRegisterMetaType<ResolveResult>();
    qRegisterMetaType<AuditFilter>();
    qRegisterMetaType<std::vector<OpenItem>>();
    qRegisterMetaType<std::vector<AuditEntry>>();
    qRegisterMetaType<OpenItem>();
    qRegisterMetaType<std::vector<Suggestion>>();
    qRegisterMetaType<std::shared_ptr<const ReconOutcome>>();
}

bool ResolutionWorker::ensureOpen(QString *error)
{
    if (m_store && m_store->isOpen())
        return true;
    m_store = std::make_unique<ReconStore>();
    m_store->setOperator(ReconStore::defaultOperator());
    if (!m_store->open(m_location, error)) {
        qCWarning(lcResolution) << "cannot open the store:" << *error;
        m_store.reset();
        return false;
    }
    return true;
}

void ResolutionWorker::open()
{
    QString error;
    const bool ok = ensureOpen(&error);
    emit opened(ok, ok ? m_store->describe() : QString(), ok ? m_store->operatorName() : QString(), error);
}

void ResolutionWorker::close()
{
    m_store.reset();
}

void ResolutionWorker::recordRun(
    const RunInfo &run, std::shared_ptr<const ReconOutcome> outcome, const ReconInputs &inputs)
{
    QString error;
    if (!outcome || !ensureOpen(&error)) {
        emit failed(error);
        return;
    }
    // Whatever the window did not know is filled in here, off the GUI thread: hashing a VAN file of a million
    // lines takes a moment.
    RunInfo info = run;
    if (info.operatorName.isEmpty())
        info.operatorName = m_store->operatorName();
    if (info.finishedAtMs == 0)
        info.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (info.startedAtMs == 0)
        info.startedAtMs = info.finishedAtMs - outcome->loadMs - outcome->matchMs;
    if (info.report.isEmpty() && !inputs.vanFile.isEmpty()) {
        ReconReportBuilder builder;
        builder.setOperatorName(m_store->operatorName());
        const ReconReport report = builder.build(*outcome, inputs);
        info.report = ReconReportJson::toJson(report);
        // The builder hashed the files already (as payrecon-cli's RunRecorder uses them): once is enough.
        for (const ReconReport::Input &in : report.inputs) {
            QString &hash = in.role == QLatin1String("ledger") ? info.ledgerSha256 : info.vanSha256;
            if (hash.isEmpty())
                hash = in.sha256;
        }
    }
    if (info.vanSha256.isEmpty())
        info.vanSha256 = ReconReportBuilder::fileSha256(info.vanFile);
    if (info.ledgerSha256.isEmpty() && QFileInfo(info.ledgerSource).isFile())
        info.ledgerSha256 = ReconReportBuilder::fileSha256(info.ledgerSource);
    if (info.summary.isEmpty())
        info.summary = outcome->result.summary.toJson();
    const auto result = m_store->recordRun(info, *outcome, &error);
    if (!result) {
        emit failed(error);
        return;
    }
    info.id = result->runId;
    info.matchedLateCount = result->matchedLate;
    info.itemCount = qint64(result->itemIdsByRow.size());
    emit runRecorded(info, *result);
}

void ResolutionWorker::loadItems(bool openOnly, qint64 runId)
{
    QString error;
    if (!ensureOpen(&error)) {
        emit failed(error);
        return;
    }
    std::vector<OpenItem> items = m_store->items(runId, openOnly, &error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    const qint64 batch = m_store->lastUndoableBatch(&error);
    emit itemsLoaded(items, batch);
}

void ResolutionWorker::resolve(const ResolveRequest &request)
{
    QString error;
    if (!ensureOpen(&error)) {
        ResolveResult result;
        result.error = error;
        emit resolved(result, 0);
        return;
    }
    const ResolveResult result = m_store->resolve(request);
    emit resolved(result, m_store->lastUndoableBatch(&error));
}

void ResolutionWorker::undoLast()
{
    QString error;
    if (!ensureOpen(&error)) {
        ResolveResult result;
        result.error = error;
        emit undone(result, 0);
        return;
    }
    const ResolveResult result = m_store->undoLast();
    emit undone(result, m_store->lastUndoableBatch(&error));
}

void ResolutionWorker::loadAudit(const AuditFilter &filter)
{
    QString error;
    if (!ensureOpen(&error)) {
        emit failed(error);
        return;
    }
    std::vector<AuditEntry> entries = m_store->audit(filter, &error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    emit auditLoaded(entries);
}

namespace {
SuggestionItem suggestionItem(const OpenItem &item, bool ledgerSide)
{
    SuggestionItem s;
    s.id = item.id;
    s.transactionId = item.transactionId.toUtf8();
    s.kind = item.kind;
    s.amount = ledgerSide ? item.ledgerAmount : item.vanAmount;
    s.approvalNo = (ledgerSide ? item.ledgerApprovalNo : item.vanApprovalNo).toUtf8();
    s.occurredAtMs = item.occurredAtMs;
    // Masked as 123456******7890: the last four digits are all that is left to compare, and all that is needed.
    const QString digits = item.cardNumber.right(4);
    if (digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        s.cardLast4 = digits.toLatin1();
    return s;
}
} // namespace

void ResolutionWorker::suggest(const OpenItem &ledgerItem)
{
    QString error;
    std::vector<OpenItem> vanCandidates;
    if (ensureOpen(&error)) {
        // The mistyped id of today's ledger row may sit in last week's VAN file: the store, not the grid's scope.
        std::vector<OpenItem> open = m_store->items(0, true, &error);
        for (OpenItem &item : open) {
            if (item.side == OpenItem::Side::Van && ItemStates::isOpen(item.state) && item.kind == ledgerItem.kind)
                vanCandidates.push_back(std::move(item));
        }
    }
    if (!error.isEmpty())
        qCWarning(lcResolution).noquote() << "suggestions:" << error;
    std::vector<SuggestionItem> van;
    van.reserve(vanCandidates.size());
    for (const OpenItem &item : vanCandidates)
        van.push_back(suggestionItem(item, false));
    const SuggestionEngine engine;
    const auto ranked = engine.rank({ suggestionItem(ledgerItem, true) }, van);
    std::vector<Suggestion> suggestions = ranked.empty() ? std::vector<Suggestion>() : ranked.front();
    std::vector<OpenItem> candidates;
    candidates.reserve(suggestions.size());
    for (const Suggestion &s : suggestions) {
        const auto it = std::find_if(
            vanCandidates.begin(), vanCandidates.end(), [&](const OpenItem &item) { return item.id == s.vanId; });
        candidates.push_back(*it); // rank() only returns ids it was given
    }
    emit suggestionsReady(ledgerItem.id, suggestions, candidates);
}

void ResolutionWorker::verifyAudit()
{
    QString error;
    if (!ensureOpen(&error)) {
        emit auditVerified(false, error);
        return;
    }
    const bool intact = m_store->verifyAuditChain(&error);
    emit auditVerified(intact, intact ? QString() : error);
}

void ResolutionWorker::exportAudit(const AuditFilter &filter, const QString &path)
{
    QString error;
    if (!ensureOpen(&error)) {
        emit auditExported(path, 0, error);
        return;
    }
    const std::vector<AuditEntry> entries = m_store->audit(filter, &error);
    if (!error.isEmpty()) {
        emit auditExported(path, 0, error);
        return;
    }
    // QSaveFile: a failed export never leaves a half file that looks complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit auditExported(path, 0, file.errorString());
        return;
    }
    // The same CSV as payrecon-cli audit --csv (one format for auditors, whichever tool exported it).
    if (!AuditCsv::write(file, entries) || !file.commit()) {
        emit auditExported(path, 0, file.errorString());
        return;
    }
    emit auditExported(path, qint64(entries.size()), QString());
}
