#include "run/shownrun.h"

#include "ledger/ledgerurl.h"
#include "resolve/reconstore.h"

RunInfo ShownRun::runInfo() const
{
    RunInfo run;
    run.startedAtMs = startedAtMs;
    if (!inputs.ledgerCsv.isEmpty()) {
        run.ledgerSource = inputs.ledgerCsv;
    } else {
        const auto url = LedgerUrl::parse(inputs.ledgerUrl, nullptr);
        run.ledgerSource = url ? url->redacted() : QString(); // never the password
    }
    run.vanFile = inputs.vanFile;
    run.vanProfile = inputs.vanProfile.name;
    run.from = inputs.from;
    run.to = inputs.to;
    return run;
}
