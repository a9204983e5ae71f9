#include "discordembed.h"

#include "domain/cardmask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace {
const QString Ellipsis = QStringLiteral("…");

QString orDash(const QString &text)
{
    // Discord rejects an empty field value.
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QJsonObject field(const QString &name, const QString &value, bool inline_ = true)
{
    return QJsonObject { { QStringLiteral("name"), DiscordEmbed::cut(name, DiscordEmbed::MaxFieldName) },
        { QStringLiteral("value"), DiscordEmbed::cut(orDash(value), DiscordEmbed::MaxFieldValue) },
        { QStringLiteral("inline"), inline_ } };
}

QString kstText(qint64 utcMs)
{
    static const QTimeZone seoul = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Seoul"));
        return z.isValid() ? z : QTimeZone(9 * 3600);
    }();
    return QDateTime::fromMSecsSinceEpoch(utcMs, seoul).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" KST");
}

qsizetype textLength(const QJsonObject &o, const QString &key)
{
    return DiscordEmbed::length(o.value(key).toString());
}
} // namespace

qsizetype DiscordEmbed::length(const QString &text)
{
    qsizetype n = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --n;
    }
    return n;
}

QString DiscordEmbed::cut(const QString &text, qsizetype max)
{
    if (length(text) <= max)
        return text;
    if (max <= 0)
        return {};
    // Walk max - 1 code points, leaving room for the ellipsis.
    qsizetype units = 0;
    for (qsizetype points = 0; points < max - 1 && units < text.size(); ++points)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    return text.left(units) + Ellipsis;
}

int DiscordEmbed::colour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Notice:
        return 0x3498DB;
    case AlertSeverity::Warning:
        return 0xF39C12;
    case AlertSeverity::Critical:
        return 0xE74C3C;
    }
    return 0x3498DB;
}

QString DiscordEmbed::ruleTitle(const QString &ruleId)
{
    if (ruleId == u"high_value")
        return QCoreApplication::translate("DiscordEmbed", "High value");
    if (ruleId == u"velocity")
        return QCoreApplication::translate("DiscordEmbed", "Velocity");
    if (ruleId == u"quick_cancel")
        return QCoreApplication::translate("DiscordEmbed", "Quick cancel");
    if (ruleId == u"off_hours")
        return QCoreApplication::translate("DiscordEmbed", "Off-hours");
    if (ruleId == u"outlier")
        return QCoreApplication::translate("DiscordEmbed", "Outlier");
    return ruleId;
}

QJsonObject DiscordEmbed::build(const Alert &alert)
{
    const PaymentEvent &p = alert.payment;
    QStringList titles;
    QStringList reasons;
    for (const RuleHit &hit : alert.hits) {
        titles << ruleTitle(hit.ruleId);
        reasons << QStringLiteral("• ") + CardMask::maskText(hit.reason);
    }
    const QString kind = p.kind == PaymentKind::Cancel ? QCoreApplication::translate("DiscordEmbed", "Cancellation")
                                                       : QCoreApplication::translate("DiscordEmbed", "Approval");
    // Everything that goes out is masked again: an alert may have been stored before its text was masked.
    const QString merchant = CardMask::maskText(p.merchantId.isEmpty() || p.merchantId == p.merchantName
            ? p.merchantName
            : QCoreApplication::translate("DiscordEmbed", "%1 (%2)").arg(p.merchantName, p.merchantId));
    QJsonArray fields {
        field(QCoreApplication::translate("DiscordEmbed", "Amount"),
            QStringLiteral("₩") + QLocale(QLocale::English).toString(p.amount)),
        field(QCoreApplication::translate("DiscordEmbed", "Kind"), kind),
        field(QCoreApplication::translate("DiscordEmbed", "Merchant"), merchant),
        field(QCoreApplication::translate("DiscordEmbed", "Time (KST)"), kstText(p.occurredAtMs)),
        // Masked again on the way out: whatever reached the alert, a full card number never leaves.
        field(QCoreApplication::translate("DiscordEmbed", "Card"), CardMask::mask(p.cardNumber)),
        field(QCoreApplication::translate("DiscordEmbed", "Card company"), CardMask::maskText(p.cardCompany)),
        field(QCoreApplication::translate("DiscordEmbed", "Transaction"), p.transactionId),
        field(QCoreApplication::translate("DiscordEmbed", "Customer"), CardMask::maskText(p.customerId)),
    };
    QJsonObject embed {
        { QStringLiteral("title"), QString(QStringLiteral("🚨 ") + titles.join(QStringLiteral(" · "))) },
        { QStringLiteral("description"), reasons.join(u'\n') },
        { QStringLiteral("color"), colour(alert.severity()) },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("timestamp"),
            QDateTime::fromMSecsSinceEpoch(p.occurredAtMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("footer"),
            QJsonObject { { QStringLiteral("text"),
                QCoreApplication::translate("DiscordEmbed", "PayRecon · ledger row %1 · %2")
                    .arg(QString::number(p.rowId), AlertSeverities::toString(alert.severity())) } } },
    };
    return fit(embed);
}

QJsonObject DiscordEmbed::fit(QJsonObject embed)
{
    auto cutKey = [](QJsonObject &o, const QString &key, qsizetype max) {
        if (o.contains(key))
            o.insert(key, cut(o.value(key).toString(), max));
    };
    cutKey(embed, QStringLiteral("title"), MaxTitle);
    cutKey(embed, QStringLiteral("description"), MaxDescription);
    for (const auto &[key, max] :
        { std::pair { QStringLiteral("footer"), MaxFooter }, std::pair { QStringLiteral("author"), MaxAuthorName } }) {
        if (embed.contains(key)) {
            QJsonObject sub = embed.value(key).toObject();
            cutKey(sub, key == u"footer" ? QStringLiteral("text") : QStringLiteral("name"), max);
            embed.insert(key, sub);
        }
    }
    QJsonArray fields = embed.value(QStringLiteral("fields")).toArray();
    while (fields.size() > MaxFields)
        fields.removeLast();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject f = fields.at(i).toObject();
        f.insert(QStringLiteral("name"), cut(orDash(f.value(QStringLiteral("name")).toString()), MaxFieldName));
        f.insert(QStringLiteral("value"), cut(orDash(f.value(QStringLiteral("value")).toString()), MaxFieldValue));
        fields.replace(i, f);
    }
    if (embed.contains(QStringLiteral("fields")))
        embed.insert(QStringLiteral("fields"), fields);

    // One embed alone must fit a message: shrink the description first (the reasons repeat the fields),
    // then the longest field values, and only then drop trailing fields.
    qsizetype excess = characterCount(embed) - MaxTotalCharacters;
    if (excess > 0 && embed.contains(QStringLiteral("description"))) {
        const QString d = embed.value(QStringLiteral("description")).toString();
        embed.insert(QStringLiteral("description"), cut(d, std::max<qsizetype>(0, length(d) - excess)));
        excess = characterCount(embed) - MaxTotalCharacters;
    }
    while (excess > 0 && !fields.isEmpty()) {
        qsizetype longest = 0;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (textLength(fields.at(i).toObject(), QStringLiteral("value"))
                > textLength(fields.at(longest).toObject(), QStringLiteral("value")))
                longest = i;
        }
        QJsonObject f = fields.at(longest).toObject();
        const qsizetype len = textLength(f, QStringLiteral("value"));
        if (len > 64) {
            f.insert(QStringLiteral("value"),
                cut(f.value(QStringLiteral("value")).toString(), std::max<qsizetype>(64, len - excess)));
            fields.replace(longest, f);
        } else {
            fields.removeLast();
        }
        embed.insert(QStringLiteral("fields"), fields);
        excess = characterCount(embed) - MaxTotalCharacters;
    }
    // Title, footer and author alone stay below 2,600 characters, so the embed fits by now.
    if (embed.value(QStringLiteral("description")).toString().isEmpty())
        embed.remove(QStringLiteral("description"));
    return embed;
}

qsizetype DiscordEmbed::characterCount(const QJsonObject &embed)
{
    qsizetype n = textLength(embed, QStringLiteral("title")) + textLength(embed, QStringLiteral("description"))
        + textLength(embed.value(QStringLiteral("footer")).toObject(), QStringLiteral("text"))
        + textLength(embed.value(QStringLiteral("author")).toObject(), QStringLiteral("name"));
    const QJsonArray fields = embed.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        n += textLength(f, QStringLiteral("name")) + textLength(f, QStringLiteral("value"));
    }
    return n;
}

qsizetype DiscordEmbed::firstMessageCount(const QList<QJsonObject> &embeds)
{
    qsizetype total = 0;
    qsizetype count = 0;
    for (const QJsonObject &e : embeds) {
        const qsizetype chars = characterCount(e);
        if (count == MaxEmbedsPerMessage || (count > 0 && total + chars > MaxTotalCharacters))
            break;
        total += chars;
        ++count;
    }
    return count;
}

QJsonObject DiscordEmbed::message(const QList<QJsonObject> &embeds, const QString &content)
{
    QJsonArray array;
    for (const QJsonObject &e : embeds)
        array.append(e);
    QJsonObject body {
        { QStringLiteral("username"), QStringLiteral("PayRecon") },
        { QStringLiteral("embeds"), array },
        // Alert text may contain "@everyone" from a merchant name: never let it ping anyone.
        { QStringLiteral("allowed_mentions"), QJsonObject { { QStringLiteral("parse"), QJsonArray {} } } },
    };
    if (!content.isEmpty())
        body.insert(QStringLiteral("content"), cut(content, MaxContent));
    return body;
}
