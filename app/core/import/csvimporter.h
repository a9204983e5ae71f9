// Reads a delimited file into a RecordTable through a VanProfile, streaming in blocks so a 1M-row file
// never sits in memory whole. Bad rows are collected as RejectedRow; a bad header is a fatal error. Every
// physical line is accounted for (LineAccount), and a declared control total line is checked.
#pragma once

#include "domain/recordtable.h"
#include "import/controltotalcheck.h"
#include "import/lineaccount.h"
#include "import/rejectedrow.h"
#include "import/vanprofile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <atomic>
#include <functional>
#include <vector>

struct ImportResult
{
    RecordTable table;
    std::vector<RejectedRow> rejected;
    qint64 rejectedCount = 0; ///< exact, even when rejected was capped
    QString error; ///< fatal: cannot open, bad header, unknown encoding; names the file
    QString encoding; ///< the encoding actually used (after auto-detection)
    char delimiter = ',';
    qint64 physicalLines = 0; ///< lines.total
    LineAccount lines; ///< where every physical line went
    ControlTotalCheck controlTotal; ///< the total line against what was read; failed() is a discrepancy
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    explicit CsvImporter(VanProfile profile);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Caps how many rejected rows are kept in full (the count is always exact).
    void setRejectedLimit(qsizetype limit) { m_rejectedLimit = limit; }

    ImportResult importFile(const QString &path) const;
    ImportResult importDevice(QIODevice &device, const QString &displayName, qint64 totalBytes = -1) const;
    ImportResult importData(const QByteArray &data, const QString &displayName = QStringLiteral("<memory>")) const;

private:
    VanProfile m_profile;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    qsizetype m_rejectedLimit = 1000000;
};
