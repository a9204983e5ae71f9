#include "controltotalcheck.h"

#include "fieldparsers.h"

#include <QLocale>

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}

/// "15 rows", "13 approvals", "2 cancellations": what the count counts, for the sentences below.
QString countText(VanProfile::ControlTotal::Covers covers, qint64 n)
{
    switch (covers) {
    case VanProfile::ControlTotal::Covers::Approvals:
        return ControlTotalCheck::tr("%1 approvals").arg(number(n));
    case VanProfile::ControlTotal::Covers::Cancellations:
        return ControlTotalCheck::tr("%1 cancellations").arg(number(n));
    case VanProfile::ControlTotal::Covers::All:
        break;
    }
    return ControlTotalCheck::tr("%1 rows").arg(number(n));
}

QString wonText(qint64 won)
{
    return ControlTotalCheck::tr("%1 won").arg(number(won));
}
} // namespace

ControlTotalCheck ControlTotalCheck::check(const VanProfile::ControlTotal &spec, const QString &file,
    const QStringList &headers, const std::vector<FooterLine> &footerLines, int footerLinesExpected, const Tally &tally)
{
    ControlTotalCheck c;
    if (!spec.declared())
        return c;
    using Covers = VanProfile::ControlTotal::Covers;
    c.file = file;
    c.label = spec.label;
    c.covers = VanProfile::ControlTotal::coversName(spec.covers);
    c.unreadableRows = tally.unreadable;
    switch (spec.covers) {
    case Covers::All:
        // Every rejected row is a row of the file, readable or not.
        c.readCount = tally.approvals + tally.cancellations + tally.unreadable;
        c.readWon
            = spec.grossAmount ? tally.approvalWon + tally.cancellationWon : tally.approvalWon - tally.cancellationWon;
        break;
    case Covers::Approvals:
        c.readCount = tally.approvals;
        c.readWon = tally.approvalWon;
        break;
    case Covers::Cancellations:
        c.readCount = tally.cancellations;
        c.readWon = tally.cancellationWon;
        break;
    }

    const FooterLine *total = nullptr;
    for (const FooterLine &f : footerLines) {
        if (!f.fields.isEmpty() && f.fields.front() == spec.label) {
            total = &f;
            break;
        }
    }
    if (!total) {
        c.state = State::Missing;
        c.message = ControlTotalCheck::tr(
            "%1: no line starting with \"%2\" among the last %3 line(s), where the profile expects the "
            "control total: the file may be truncated, or its footer is not what the profile says.")
                        .arg(file, spec.label)
                        .arg(footerLinesExpected);
        return c;
    }
    c.line = total->line;
    for (const VanProfile::Column *column : { &spec.count, &spec.amount }) {
        if (column->index <= 0 && !headers.contains(column->header)) {
            c.state = State::Unreadable;
            c.message = ControlTotalCheck::tr("%1: the profile looks for the control total under the column \"%2\", "
                                              "which the header lacks.")
                            .arg(file, column->header);
            return c;
        }
    }
    const auto at = [&](const VanProfile::Column &column) {
        return column.index > 0 ? column.index - 1 : int(headers.indexOf(column.header));
    };
    const int countAt = at(spec.count);
    const int amountAt = at(spec.amount);
    const QString countCell = total->fields.value(countAt);
    const QString amountCell = total->fields.value(amountAt);
    const auto count = FieldParsers::parseCount(countCell.toUtf8());
    const auto amount = FieldParsers::parseAmount(amountCell.toUtf8());
    if (!count || !amount) {
        c.state = State::Unreadable;
        c.message = !count
            ? ControlTotalCheck::tr("%1: line %2: the control total's count in column %3 is not a number: \"%4\".")
                  .arg(file, number(c.line))
                  .arg(countAt + 1)
                  .arg(countCell)
            : ControlTotalCheck::tr("%1: line %2: the control total's amount in column %3 is not a won amount: \"%4\".")
                  .arg(file, number(c.line))
                  .arg(amountAt + 1)
                  .arg(amountCell);
        return c;
    }
    c.expectedCount = *count;
    c.expectedWon = spec.covers == Covers::Cancellations && *amount < 0 ? -*amount : *amount;

    // Rows whose kind is unknown may be of the kind covered or not: the count lies in a range then.
    const qint64 countHigh = c.readCount + (spec.covers == Covers::All ? 0 : tally.unreadable);
    const bool countAgrees = c.expectedCount >= c.readCount && c.expectedCount <= countHigh;
    const bool amountAgrees = !c.amountChecked() || c.expectedWon == c.readWon;
    const QString rejected = number(tally.unreadable);
    if (countAgrees && amountAgrees) {
        c.state = State::Agrees;
        c.message = c.amountChecked()
            ? ControlTotalCheck::tr("%1: line %2: the control total agrees with the file: %3, %4.")
                  .arg(file, number(c.line), countText(spec.covers, c.expectedCount), wonText(c.expectedWon))
            : ControlTotalCheck::tr(
                "%1: line %2: the control total's count agrees with the file (%3); its amount (%4) cannot be "
                "checked because %5 rejected row(s) have no readable amount.")
                  .arg(file, number(c.line), countText(spec.covers, c.expectedCount), wonText(c.expectedWon), rejected);
        return c;
    }
    c.state = State::Differs;
    c.message = c.amountChecked()
        ? ControlTotalCheck::tr("%1: line %2: the control total says %3 and %4, but the file holds %5 and %6.")
              .arg(file, number(c.line), countText(spec.covers, c.expectedCount), wonText(c.expectedWon),
                  countText(spec.covers, c.readCount), wonText(c.readWon))
        : ControlTotalCheck::tr(
            "%1: line %2: the control total says %3 and %4, but the file holds %5 (the amount cannot be checked "
            "because %6 rejected row(s) have no readable amount).")
              .arg(file, number(c.line), countText(spec.covers, c.expectedCount), wonText(c.expectedWon),
                  countText(spec.covers, c.readCount), rejected);
    return c;
}

QString ControlTotalCheck::stateName(State s)
{
    switch (s) {
    case State::Agrees:
        return QStringLiteral("agrees");
    case State::Differs:
        return QStringLiteral("differs");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    case State::NotDeclared:
        break;
    }
    return QStringLiteral("not_declared");
}

QJsonObject ControlTotalCheck::toJson() const
{
    QJsonObject o { { QStringLiteral("state"), stateName(state) }, { QStringLiteral("failed"), failed() } };
    if (!declared())
        return o;
    const bool read = state == State::Agrees || state == State::Differs;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("covers"), covers);
    o.insert(QStringLiteral("expected_count"), read ? QJsonValue(expectedCount) : QJsonValue());
    o.insert(QStringLiteral("expected_won"), read ? QJsonValue(expectedWon) : QJsonValue());
    o.insert(QStringLiteral("read_count"), readCount);
    o.insert(QStringLiteral("read_won"), readWon);
    o.insert(QStringLiteral("unreadable_rows"), unreadableRows);
    o.insert(QStringLiteral("amount_checked"), amountChecked());
    o.insert(QStringLiteral("message"), message);
    return o;
}

ControlTotalCheck ControlTotalCheck::fromJson(const QJsonObject &json)
{
    ControlTotalCheck c;
    const QString state = json.value(QStringLiteral("state")).toString();
    for (State s : { State::Agrees, State::Differs, State::Missing, State::Unreadable }) {
        if (state == stateName(s))
            c.state = s;
    }
    c.file = json.value(QStringLiteral("file")).toString();
    c.line = json.value(QStringLiteral("line")).toInteger();
    c.label = json.value(QStringLiteral("label")).toString();
    c.covers = json.value(QStringLiteral("covers")).toString();
    c.expectedCount = json.value(QStringLiteral("expected_count")).toInteger();
    c.expectedWon = json.value(QStringLiteral("expected_won")).toInteger();
    c.readCount = json.value(QStringLiteral("read_count")).toInteger();
    c.readWon = json.value(QStringLiteral("read_won")).toInteger();
    c.unreadableRows = json.value(QStringLiteral("unreadable_rows")).toInteger();
    c.message = json.value(QStringLiteral("message")).toString();
    return c;
}
