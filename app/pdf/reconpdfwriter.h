// The reconciliation report a finance manager signs and an auditor files, as a PDF (A4, vector charts,
// searchable Korean text), or painted onto any paged device such as a QPrinter for print and preview.
#pragma once

#include "report/reconreport.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

class QPagedPaintDevice;

class ReconPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReconPdfWriter)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// At most this many rejected rows are listed; a sentence gives the full count.
    static constexpr qsizetype MaxRejectedListed = 1000;

    /// Called while painting the discrepancy and rejected rows (about every 1,000 rows).
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Polled every few hundred rows; a cancelled write leaves no file behind.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Writes the report as an A4 PDF at path, all or nothing (QSaveFile). Needs a QGuiApplication.
    bool write(const ReconReport &report, const QString &path, QString *error);
    /// Paints the report onto a paged device the caller has set up (page size, margins), e.g. a QPrinter.
    bool render(const ReconReport &report, QPagedPaintDevice *device, QString *error);
    /// Pages of the last write() or render().
    int pageCount() const { return m_pageCount; }

    /// The font family the report uses: NanumGothic, else Noto Sans CJK KR, else any family with Korean glyphs.
    /// Empty with a message in *error when no installed font can show Korean.
    static QString koreanFontFamily(QString *error);

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_pageCount = 0;
};
