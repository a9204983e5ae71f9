#include "auditmodel.h"

#include "domain/koreatime.h"
#include "modelroles.h"
#include "resolve/itemstate.h"

#include <QJsonDocument>

namespace {
/// "open → accepted_van" in the user's language, from the entry's before/after state.
QString stateName(const QJsonObject &values)
{
    const auto state = ItemStates::fromString(values.value(QLatin1String("state")).toString());
    return state ? ItemStates::displayName(*state) : QString();
}
} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel { parent }
{ }

void AuditModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QStringList AuditModel::actions()
{
    return { QStringLiteral("run_recorded"), QStringLiteral("accept_ledger"), QStringLiteral("accept_van"),
        QStringLiteral("write_off"), QStringLiteral("pending"), QStringLiteral("pair"), QStringLiteral("undo"),
        QStringLiteral("matched_late") };
}

QString AuditModel::actionDisplayName(const QString &action)
{
    if (const auto resolve = ItemStates::actionFromString(action))
        return ItemStates::actionDisplayName(*resolve);
    if (action == QLatin1String("run_recorded"))
        return tr("Run recorded");
    if (action == QLatin1String("undo"))
        return tr("Undo");
    if (action == QLatin1String("matched_late"))
        return tr("Matched late");
    return action;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries[size_t(index.row())];
    if (role == ModelRoles::ItemIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case RunColumn:
        case ItemColumn:
        case BatchColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ChangeColumn) {
            // The stored values whole, for the auditor who wants more than the state.
            return tr("Before: %1\nAfter: %2")
                .arg(QString::fromUtf8(QJsonDocument(e.before).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(e.after).toJson(QJsonDocument::Compact)));
        }
        return index.column() == NoteColumn && !e.note.isEmpty() ? QVariant(e.note) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QString::fromLatin1(KoreaTime::plain(e.atMs));
    case OperatorColumn:
        return e.operatorName;
    case ActionColumn:
        return actionDisplayName(e.action);
    case RunColumn:
        return e.runId > 0 ? QVariant(e.runId) : QVariant();
    case ItemColumn:
        return e.itemId > 0 ? QVariant(e.itemId) : QVariant();
    case ChangeColumn: {
        const QString before = stateName(e.before);
        const QString after = stateName(e.after);
        if (before.isEmpty() && after.isEmpty())
            return {};
        return tr("%1 → %2").arg(before, after);
    }
    case ReasonCodeColumn:
        return e.reasonCode;
    case NoteColumn:
        return e.note.simplified();
    case BatchColumn:
        return e.batchId > 0 ? QVariant(e.batchId) : QVariant();
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (KST)");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case RunColumn:
        return tr("Run");
    case ItemColumn:
        return tr("Item");
    case ChangeColumn:
        return tr("Change");
    case ReasonCodeColumn:
        return tr("Reason code");
    case NoteColumn:
        return tr("Note");
    case BatchColumn:
        return tr("Batch");
    default:
        return {};
    }
}
