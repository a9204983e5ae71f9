// Shows one reconciliation outcome field by field, ledger beside VAN, with the fields that differ marked in
// bold and by a word (never by colour alone).
#pragma once

#include <QTextBrowser>

struct ReconOutcome;
struct ReconRow;

class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showRow(const ReconOutcome &outcome, const ReconRow &row);
    void showHint();
};
