// The one screen a first run shows: what the demo is, and what to configure next (ledger, VAN profile,
// Elasticsearch, Discord). Also Help → Getting Started.
#pragma once

#include <QDialog>

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    /// dataDir: where the demo and the store live, shown so the user knows where files went.
    explicit WelcomeDialog(const QString &dataDir, QWidget *parent = nullptr);

    /// The page as rich text (tests read it; translators see one whole sentence per item).
    static QString text(const QString &dataDir);
};
