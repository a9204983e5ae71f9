#include "reconciliationjob.h"

#include "domain/cardmask.h"
#include "import/csvimporter.h"
#include "ledger/demoledger.h"
#include "ledger/ledgerurl.h"
#include "ledger/sqlledgersource.h"

#include <QElapsedTimer>
#include <QThread>
#include <memory>

namespace {

struct LedgerSide
{
    RecordTable table;
    std::vector<RejectedRow> rejected;
    qint64 rejectedCount = 0;
    QString error;
    bool cancelled = false;
};

} // namespace

ReconOutcome ReconciliationJob::run(const ReconInputs &in) const
{
    ReconOutcome out;
    QElapsedTimer timer;
    timer.start();
    LedgerSide ledger;
    auto loadLedger = [&] {
        if (!in.ledgerCsv.isEmpty()) {
            CsvImporter importer(in.ledgerProfile);
            importer.setCancelFlag(m_cancel);
            if (m_progress)
                importer.setProgress([this](qint64 d, qint64 t) { m_progress(Stage::LoadLedger, d, t); });
            ImportResult r = importer.importFile(in.ledgerCsv);
            ledger.table = std::move(r.table);
            ledger.rejected = std::move(r.rejected);
            ledger.rejectedCount = r.rejectedCount;
            ledger.error = r.error;
            ledger.cancelled = r.cancelled;
            return;
        }
        QString error;
        const auto url = in.ledger.parse(&error);
        if (!url) {
            ledger.error = error;
            return;
        }
        SqlLedgerSource source(*url);
        source.setQuery(in.ledgerQuery.isEmpty() ? DemoLedger::defaultQuery() : in.ledgerQuery);
        source.setRange(in.from, in.to);
        source.setCancelFlag(m_cancel);
        if (m_progress)
            source.setProgress([this](qint64 rows) { m_progress(Stage::LoadLedger, rows, -1); });
        LedgerLoadResult r = source.load();
        ledger.table = std::move(r.table);
        ledger.rejected = std::move(r.rejected);
        ledger.rejectedCount = r.rejectedCount;
        ledger.error = r.error;
        ledger.cancelled = r.cancelled;
    };

    // The two sources are independent: read them at the same time, one per core.
    std::unique_ptr<QThread> ledgerThread(QThread::create(loadLedger));
    ledgerThread->start();
    CsvImporter vanImporter(in.vanProfile);
    vanImporter.setCancelFlag(m_cancel);
    if (m_progress)
        vanImporter.setProgress([this](qint64 d, qint64 t) { m_progress(Stage::LoadVan, d, t); });
    ImportResult van = vanImporter.importFile(in.vanFile);
    ledgerThread->wait();
    out.loadMs = timer.restart();

    out.cancelled = ledger.cancelled || van.cancelled;
    // A database's own error text may quote a value it choked on: masked like any other text that leaves a loader.
    if (!ledger.error.isEmpty())
        out.error = CardMask::maskText(ledger.error);
    else if (!van.error.isEmpty())
        out.error = CardMask::maskText(van.error);
    if (!out.ok())
        return out;

    out.ledger = std::move(ledger.table);
    out.van = std::move(van.table);
    out.vanEncoding = van.encoding;
    out.rejected = std::move(ledger.rejected);
    out.rejected.insert(
        out.rejected.end(), std::make_move_iterator(van.rejected.begin()), std::make_move_iterator(van.rejected.end()));
    out.rejectedCount = ledger.rejectedCount + van.rejectedCount;

    ReconEngine engine;
    engine.setCancelFlag(m_cancel);
    if (m_progress)
        engine.setProgress([this](qint64 d, qint64 t) { m_progress(Stage::Match, d, t); });
    out.result = engine.run(out.ledger, out.van, out.rejectedCount);
    out.result.summary.vanLines = van.lines;
    out.result.summary.controlTotal = van.controlTotal;
    out.cancelled = out.result.cancelled;
    out.matchMs = timer.elapsed();
    out.coverage = DayCoverage::of(out, in);
    return out;
}
