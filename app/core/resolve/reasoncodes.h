// The reason codes an operator picks from when resolving: a short stable code plus a label, configurable
// in settings (group "resolution", key "reasonCodes": "CODE=Label" lines) so each team uses its own list.
#pragma once

#include <QList>
#include <QSettings>
#include <QString>

struct ReasonCode
{
    QString code; ///< stable, stored and exported (e.g. TIMING)
    QString label; ///< shown to the operator
};

namespace ReasonCodes {
/// The built-in list (translated labels): timing difference, data entry error, partial cancellation, fee,
/// duplicate submission, test payment, other.
QList<ReasonCode> defaults();
/// The configured list, or defaults() when none is configured.
QList<ReasonCode> load(const QSettings &settings);
void save(QSettings &settings, const QList<ReasonCode> &codes);
/// "CODE=Label" per line; lines without '=' use the text as both. Empty and duplicate codes are skipped.
QList<ReasonCode> parse(const QString &text);
QString format(const QList<ReasonCode> &codes);
} // namespace ReasonCodes
