#include "esindexbootstrap.h"

#include "esclient.h"
#include "publishlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonObject type(const char *name)
{
    return QJsonObject { { QStringLiteral("type"), QString::fromLatin1(name) } };
}

QJsonObject date()
{
    // Values carry their offset (+09:00); epoch_millis keeps hand-made documents and scripts welcome.
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("date") },
        { QStringLiteral("format"), QStringLiteral("strict_date_optional_time||epoch_millis") } };
}

QJsonObject day()
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("date") },
        { QStringLiteral("format"), QStringLiteral("strict_date") } };
}

/// Fields both indexes share: identity, money, time, card, merchant, customer, run, resolution.
QJsonObject commonProperties()
{
    const QJsonObject merchantName { { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("keyword"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("keyword") },
                    { QStringLiteral("ignore_above"), 256 } } } } } };
    return QJsonObject {
        { QStringLiteral("transaction_id"), type("keyword") },
        { QStringLiteral("approval_no"), type("keyword") },
        { QStringLiteral("kind"), type("keyword") },
        { QStringLiteral("amount"), type("long") },
        { QStringLiteral("timestamp"), date() },
        { QStringLiteral("card_masked"), type("keyword") },
        { QStringLiteral("card_company"), type("keyword") },
        { QStringLiteral("merchant_id"), type("keyword") },
        { QStringLiteral("merchant_name"), merchantName },
        { QStringLiteral("customer_id"), type("keyword") },
        { QStringLiteral("category"), type("keyword") },
        { QStringLiteral("status"), type("keyword") },
        { QStringLiteral("reasons"), type("keyword") },
        { QStringLiteral("run_id"), type("keyword") },
        { QStringLiteral("run_date"), day() },
        // Reserved for the resolution work: operators accepting or explaining a discrepancy.
        { QStringLiteral("resolution"), type("keyword") },
        { QStringLiteral("resolved_by"), type("keyword") },
        { QStringLiteral("resolved_at"), date() },
        { QStringLiteral("resolution_note"), type("text") },
    };
}

QJsonObject indexBody(const QJsonObject &properties)
{
    // strict: a field we did not declare is a mapping error reported per row, not a silent dynamic guess.
    return QJsonObject { { QStringLiteral("mappings"),
        QJsonObject {
            { QStringLiteral("dynamic"), QStringLiteral("strict") }, { QStringLiteral("properties"), properties } } } };
}
} // namespace

EsIndexBootstrap::EsIndexBootstrap(EsClient &client)
    : m_client { client }
{ }

QJsonObject EsIndexBootstrap::verifiedIndexBody()
{
    QJsonObject p = commonProperties();
    p.insert(QStringLiteral("hour_kst"), type("byte"));
    p.insert(QStringLiteral("installment_months"), type("short"));
    return indexBody(p);
}

QJsonObject EsIndexBootstrap::mismatchIndexBody()
{
    QJsonObject p = commonProperties();
    p.insert(QStringLiteral("duplicate_side"), type("keyword"));
    p.insert(QStringLiteral("ledger_amount"), type("long"));
    p.insert(QStringLiteral("van_amount"), type("long"));
    p.insert(QStringLiteral("amount_difference"), type("long"));
    p.insert(QStringLiteral("ledger_approval_no"), type("keyword"));
    p.insert(QStringLiteral("van_approval_no"), type("keyword"));
    p.insert(QStringLiteral("ledger_timestamp"), date());
    p.insert(QStringLiteral("van_timestamp"), date());
    p.insert(QStringLiteral("ledger_line"), type("long"));
    p.insert(QStringLiteral("van_line"), type("long"));
    return indexBody(p);
}

QStringList EsIndexBootstrap::compareProperties(
    const QJsonObject &wanted, const QJsonObject &actual, QStringList *missing, const QString &prefix)
{
    QStringList conflicts;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const QString field = prefix + it.key();
        const QJsonObject want = it.value().toObject();
        if (!actual.contains(it.key())) {
            if (missing)
                *missing << field;
            continue;
        }
        const QJsonObject have = actual.value(it.key()).toObject();
        // An object field has "properties" and no "type" in a mapping read back.
        const QString wantType = want.value(u"type").toString(QStringLiteral("object"));
        const QString haveType = have.value(u"type").toString(QStringLiteral("object"));
        if (wantType != haveType) {
            conflicts << QCoreApplication::translate("EsIndexBootstrap", "%1 is %2, expected %3")
                             .arg(field, haveType, wantType);
            continue;
        }
        if (want.contains(u"fields"))
            conflicts << compareProperties(
                want.value(u"fields").toObject(), have.value(u"fields").toObject(), missing, field + u'.');
        if (want.contains(u"properties"))
            conflicts << compareProperties(
                want.value(u"properties").toObject(), have.value(u"properties").toObject(), missing, field + u'.');
    }
    return conflicts;
}

EsBootstrapResult EsIndexBootstrap::ensureIndexes()
{
    EsBootstrapResult result;
    ensureIndex(m_client.config().verifiedIndex, verifiedIndexBody(), result);
    if (result.error.isEmpty())
        ensureIndex(m_client.config().mismatchIndex, mismatchIndexBody(), result);
    return result;
}

void EsIndexBootstrap::ensureIndex(const QString &index, const QJsonObject &body, EsBootstrapResult &result)
{
    auto fail = [&](const EsResponse &r) {
        const QString node = r.node.toString(QUrl::RemoveUserInfo);
        if (r.failure == EsResponse::Failure::Connection) {
            result.error = QCoreApplication::translate("EsIndexBootstrap", "Elasticsearch is unreachable at %1: %2")
                               .arg(node, r.errorText);
            return;
        }
        const QString cause = r.failure == EsResponse::Failure::None
            ? QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.serverReason())
            : r.errorText;
        result.error = QCoreApplication::translate("EsIndexBootstrap", "Cannot prepare index %1 on %2: %3")
                           .arg(index, node, cause);
    };
    // PUT first and read "already exists" from the answer: no window between a check and the creation.
    const EsResponse put
        = m_client.send(QByteArrayLiteral("PUT"), u'/' + index, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (put.isSuccess()) {
        qCInfo(lcPublish).noquote() << "created index" << index;
        result.created << index;
        return;
    }
    const QString errorType = put.json().value(u"error").toObject().value(u"type").toString();
    const QString reason = put.json().value(u"error").toObject().value(u"reason").toString();
    const bool exists = put.status == 400
        && (errorType == u"resource_already_exists_exception"
            || (errorType == u"invalid_index_name_exception" && reason.contains(u"alias")));
    // A writer role may lack create_index; the index may exist all the same, so look before failing.
    const bool mayExist = put.failure == EsResponse::Failure::None && put.status == 403;
    if (!exists && !mayExist) {
        fail(put);
        return;
    }
    const EsResponse mapping = m_client.get(u'/' + index + QStringLiteral("/_mapping"));
    if (mayExist && mapping.status == 403) {
        result.existing << index;
        result.notes << QCoreApplication::translate(
            "EsIndexBootstrap", "%1: the user may neither create the index nor read its mapping; assuming it exists")
                            .arg(index);
        return;
    }
    if (!mapping.isSuccess()) {
        fail(mayExist && mapping.status == 404 ? put : mapping);
        return;
    }
    result.existing << index;
    // {"<concrete index>": {"mappings": {...}}}: an alias may point at several concrete indexes.
    const QJsonObject wanted = body.value(u"mappings").toObject().value(u"properties").toObject();
    const QJsonObject all = mapping.json();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject actual = it.value().toObject().value(u"mappings").toObject().value(u"properties").toObject();
        QStringList missing;
        const QStringList conflicts = compareProperties(wanted, actual, &missing);
        for (const QString &c : conflicts)
            result.conflicts << it.key() + QStringLiteral(": ") + c;
        for (const QString &m : missing)
            result.missingFields << it.key() + QStringLiteral(": ") + m;
    }
}
