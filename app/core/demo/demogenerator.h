// A deterministic demo dataset: a merchant ledger and a VAN settlement file for one business day, with every
// discrepancy class injected on known keys and the expected reconciliation written beside them as truth.json.
#pragma once

#include "domain/recordtable.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <vector>

struct DemoOptions
{
    qint64 rows = 2000; ///< ledger base approvals; the files hold roughly this many records
    quint64 seed = 1;
    QString vanProfile = QStringLiteral("kvan-cp949"); ///< layout of van.csv: a built-in name or a profile file
    QDate day { 2026, 11, 24 }; ///< the business day, Asia/Seoul
    bool sqlite = true; ///< ledger.db
    bool mysqlDump = true; ///< ledger.sql
    bool ledgerCsv = true; ///< ledger.csv, canonical-utf8
};

class DemoGenerator
{
public:
    /// Kinds of injected discrepancy; at most one per key (transaction_id, kind).
    enum class Defect : quint8 {
        None = 0,
        Amount, ///< the VAN amount differs
        ApprovalNo, ///< the VAN approval number differs
        AmountAndApprovalNo,
        LedgerOnly, ///< missing from the VAN file
        VanOnly, ///< missing from the ledger
        DuplicateLedger, ///< twice in the ledger, once in the VAN file
        DuplicateVan, ///< once in the ledger, twice in the VAN file
        DuplicateBoth, ///< twice on each side
    };
    static constexpr int DefectCount = 9;

    /// Builds the dataset in memory (about a second per million rows); nothing is written yet.
    explicit DemoGenerator(DemoOptions options = {});

    const DemoOptions &options() const { return m_options; }

    /// Writes ledger.db, ledger.sql and ledger.csv (as enabled), van.csv (the chosen profile, CRLF, a few padded
    /// fields) and truth.json into outDir, creating it when missing. On failure *error names the file.
    bool generate(const QString &outDir, QString *error);

    /// The ledger's records (with the injected duplicates, without the VAN-only ones), in time order.
    RecordTable ledgerTable() const;
    /// The VAN file's records, ordered by card company then time as VAN batches are.
    RecordTable vanTable() const;
    /// The expected reconciliation, derived from the injected defects (not from ReconEngine), as truth.json
    /// holds it: {"seed", "rows", "profile", "day", "summary": {...}, "discrepancies": [{...}, ...]}, one
    /// discrepancy per line, in the order ReconEngine reports outcomes.
    QByteArray truthJson() const;
    /// truthJson() parsed.
    QJsonObject truth() const;
    /// How many keys carry each defect, indexed by Defect.
    std::vector<qint64> defectCounts() const;

private:
    /// One distinct key with its ledger values and what the VAN side holds instead.
    struct Record
    {
        qint64 occurredAtMs;
        qint64 amount;
        qint64 vanAmount;
        qint64 transactionNo; ///< written as "00" + 10 digits
        quint32 approvalNo; ///< written as 8 digits
        quint32 vanApprovalNo;
        quint32 customer;
        quint16 merchant;
        PaymentKind kind;
        quint8 installmentMonths;
        Defect defect;
    };

    void build();
    void appendTo(RecordTable &table, const Record &r, bool van) const;

    DemoOptions m_options;
    std::vector<Record> m_records; ///< one per key, in (transaction_id, kind) order
    std::vector<quint32> m_ledgerOrder; ///< indexes into m_records in ledger (time) order
    std::vector<quint32> m_vanOrder; ///< indexes into m_records in VAN file order
    std::vector<QByteArray> m_customerCards; ///< masked card number per customer
    std::vector<quint8> m_customerCompany;
};
