#include "auditcsv.h"

#include "domain/koreatime.h"
#include "report/csvwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

QStringList AuditCsv::header()
{
    return { QCoreApplication::translate("AuditCsv", "Entry"), QCoreApplication::translate("AuditCsv", "Time (KST)"),
        QCoreApplication::translate("AuditCsv", "Operator"), QCoreApplication::translate("AuditCsv", "Action"),
        QCoreApplication::translate("AuditCsv", "Run"), QCoreApplication::translate("AuditCsv", "Item"),
        QCoreApplication::translate("AuditCsv", "Batch"), QCoreApplication::translate("AuditCsv", "Undoes batch"),
        QCoreApplication::translate("AuditCsv", "Reason code"), QCoreApplication::translate("AuditCsv", "Note"),
        QCoreApplication::translate("AuditCsv", "State before"), QCoreApplication::translate("AuditCsv", "State after"),
        QCoreApplication::translate("AuditCsv", "Before"), QCoreApplication::translate("AuditCsv", "After"),
        QCoreApplication::translate("AuditCsv", "Chain hash") };
}

bool AuditCsv::write(QIODevice &out, const std::vector<AuditEntry> &entries)
{
    CsvWriter csv(out);
    for (const QString &h : header())
        csv.text(h);
    csv.endRow();
    for (const AuditEntry &e : entries) {
        csv.number(e.id);
        csv.text(KoreaTime::plain(e.atMs));
        csv.text(e.operatorName);
        csv.text(e.action);
        csv.number(e.runId);
        csv.number(e.itemId);
        csv.number(e.batchId);
        if (e.undoesBatchId)
            csv.number(e.undoesBatchId);
        else
            csv.empty();
        csv.text(e.reasonCode);
        csv.text(e.note);
        csv.text(e.before.value(QStringLiteral("state")).toString());
        csv.text(e.after.value(QStringLiteral("state")).toString());
        csv.text(
            e.before.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.before).toJson(QJsonDocument::Compact)));
        csv.text(
            e.after.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(e.after).toJson(QJsonDocument::Compact)));
        csv.text(e.hash);
        csv.endRow();
    }
    return csv.finish();
}
