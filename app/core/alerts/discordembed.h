// Discord message payloads for alerts: one embed per alert, every documented limit enforced here so that
// Discord never rejects a message we built (long values are cut with "…", never refused).
#pragma once

#include "alerts/alert.h"

#include <QJsonObject>
#include <QList>

namespace DiscordEmbed {
// Execute-webhook limits (Discord's message and embed resource docs), counted in Unicode code points.
constexpr qsizetype MaxContent = 2000;
constexpr qsizetype MaxTitle = 256;
constexpr qsizetype MaxDescription = 4096;
constexpr qsizetype MaxFieldName = 256;
constexpr qsizetype MaxFieldValue = 1024;
constexpr qsizetype MaxFooter = 2048;
constexpr qsizetype MaxAuthorName = 256;
constexpr qsizetype MaxFields = 25;
constexpr qsizetype MaxEmbedsPerMessage = 10;
constexpr qsizetype MaxTotalCharacters = 6000; ///< title + description + fields + footer + author, all embeds

/// Code points, as Discord counts them (a surrogate pair is one character).
qsizetype length(const QString &text);
/// \a text cut to at most \a max code points, ending in "…" when cut; never splits a surrogate pair.
QString cut(const QString &text, qsizetype max);

/// The embed for one alert: title (the rules), the reasons, amount ₩, kind, merchant, time KST, masked
/// card, card company, transaction id, customer; colour by severity. Already within every limit.
QJsonObject build(const Alert &alert);
/// Any embed brought within the per-field limits, then within MaxTotalCharacters on its own (the
/// description shrinks first, then field values, then fields are dropped from the end).
QJsonObject fit(QJsonObject embed);
/// The characters of an embed that count towards MaxTotalCharacters.
qsizetype characterCount(const QJsonObject &embed);
/// How many of \a embeds (from the front, in order) fit into one message: at most 10 and 6,000 characters;
/// at least 1 when \a embeds is not empty (each embed is fitted on its own beforehand).
qsizetype firstMessageCount(const QList<QJsonObject> &embeds);
/// The execute-webhook JSON body: the embeds, optional content (cut to 2,000), no mentions pinged.
QJsonObject message(const QList<QJsonObject> &embeds, const QString &content = {});
/// Embed colour per severity: notice blue, warning amber, critical red.
int colour(AlertSeverity severity);
/// Translated title of a rule id (falls back to the id).
QString ruleTitle(const QString &ruleId);
} // namespace DiscordEmbed
