#include "run/shownrun.h"

#include "resolve/reconstore.h"

RunInfo ShownRun::runInfo() const
{
    RunInfo run;
    run.startedAtMs = startedAtMs;
    if (!inputs.ledgerCsv.isEmpty()) {
        run.ledgerSource = inputs.ledgerCsv;
    } else {
        run.ledgerSource = inputs.ledger.redacted(); // never the password
    }
    run.vanFile = inputs.vanFile;
    run.vanProfile = inputs.vanProfile.name;
    run.from = inputs.from;
    run.to = inputs.to;
    return run;
}
