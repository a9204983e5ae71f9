#include "reasoncodes.h"

#include <QCoreApplication>
#include <QSet>

namespace {
const QString SettingsKey = QStringLiteral("resolution/reasonCodes");
}

QList<ReasonCode> ReasonCodes::defaults()
{
    return {
        { QStringLiteral("TIMING"),
            QCoreApplication::translate("ReasonCodes", "Timing difference (settled on another day)") },
        { QStringLiteral("ENTRY"), QCoreApplication::translate("ReasonCodes", "Data entry error") },
        { QStringLiteral("PARTIAL_CANCEL"), QCoreApplication::translate("ReasonCodes", "Partial cancellation") },
        { QStringLiteral("FEE"), QCoreApplication::translate("ReasonCodes", "Fee or discount deducted") },
        { QStringLiteral("DUPLICATE"), QCoreApplication::translate("ReasonCodes", "Duplicate submission") },
        { QStringLiteral("TEST"), QCoreApplication::translate("ReasonCodes", "Test payment") },
        { QStringLiteral("OTHER"), QCoreApplication::translate("ReasonCodes", "Other (explained in the note)") },
    };
}

QList<ReasonCode> ReasonCodes::load(const QSettings &settings)
{
    const QList<ReasonCode> configured = parse(settings.value(SettingsKey).toString());
    return configured.isEmpty() ? defaults() : configured;
}

void ReasonCodes::save(QSettings &settings, const QList<ReasonCode> &codes)
{
    settings.setValue(SettingsKey, format(codes));
}

QList<ReasonCode> ReasonCodes::parse(const QString &text)
{
    QList<ReasonCode> codes;
    QSet<QString> seen;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        ReasonCode code;
        code.code = (eq < 0 ? line : line.left(eq)).trimmed();
        code.label = (eq < 0 ? line : line.mid(eq + 1)).trimmed();
        if (code.label.isEmpty())
            code.label = code.code;
        if (code.code.isEmpty() || seen.contains(code.code))
            continue;
        seen.insert(code.code);
        codes.append(code);
    }
    return codes;
}

QString ReasonCodes::format(const QList<ReasonCode> &codes)
{
    QStringList lines;
    for (const ReasonCode &c : codes)
        lines << c.code + QLatin1Char('=') + c.label;
    return lines.join(QLatin1Char('\n'));
}
