// The payrecon.ledger logging category, shared by the ledger source and the demo ledger writer.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)
