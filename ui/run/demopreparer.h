// Makes sure the demo dataset exists (generating it when missing) and says what to reconcile; a worker object
// that lives on the reconciliation thread, because generating a big demo takes seconds.
#pragma once

#include "run/reconworker.h" // ReconInputs and its metatype declaration

#include <QObject>
#include <QString>

class DemoPreparer : public QObject
{
    Q_OBJECT

public:
    explicit DemoPreparer(QObject *parent = nullptr);

    /// The demo's VAN layout, as payrecon-cli demo uses it.
    static QString profileName();

public slots:
    /// Generates `rows` rows into `dir` unless ledger.db and van.csv are already there.
    void prepare(const QString &dir, qint64 rows);

signals:
    void prepared(const ReconInputs &inputs, bool generated);
    void failed(const QString &message);
};
