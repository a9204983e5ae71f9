// The comparison of a VAN file's control total line ("합계,15건,506500") with what the importer read: a
// truncated or doctored file shows up as a difference, in words with both figures.
#pragma once

#include "import/vanprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

struct ControlTotalCheck
{
    Q_DECLARE_TR_FUNCTIONS(ControlTotalCheck)

public:
    enum class State {
        NotDeclared, ///< the profile declares no total line
        Agrees, ///< the count (and the amount, when it can be checked) agree
        Differs, ///< the file does not hold what its total line says
        Missing, ///< no footer line carries the label: truncated, or the footer changed
        Unreadable ///< the total line's count or amount is not a number
    };

    /// What the importer read below the header: records plus rejected rows.
    struct Tally
    {
        qint64 approvals = 0; ///< records, and rejected rows whose kind and amount could be read
        qint64 approvalWon = 0;
        qint64 cancellations = 0;
        qint64 cancellationWon = 0; ///< magnitudes
        qint64 unreadable = 0; ///< rejected rows whose kind or amount could not be read
    };

    /// One non-blank footer line: its physical line and its fields, decoded and trimmed.
    struct FooterLine
    {
        qint64 line = 0;
        QStringList fields;
    };

    State state = State::NotDeclared;
    QString file;
    qint64 line = 0; ///< physical line of the total line; 0 when missing
    QString label;
    QString covers; ///< all, approvals or cancellations
    qint64 expectedCount = 0; ///< as the total line says
    qint64 expectedWon = 0;
    qint64 readCount = 0; ///< what the file holds (records + rejected rows, or those of the kind covered)
    qint64 readWon = 0;
    qint64 unreadableRows = 0; ///< rejected rows whose amount is unknown: the amount cannot be checked then
    QString message; ///< a sentence for a person with both figures; empty when NotDeclared

    bool declared() const { return state != State::NotDeclared; }
    /// Differs, Missing or Unreadable: an error carried on the outcome, a discrepancy of the run.
    bool failed() const { return state == State::Differs || state == State::Missing || state == State::Unreadable; }
    bool amountChecked() const { return unreadableRows == 0; }

    /// Compares the total line among footerLines (the first whose first field is the label) with the tally.
    /// headers: the file's header names, for columns the profile names by header.
    static ControlTotalCheck check(const VanProfile::ControlTotal &spec, const QString &file,
        const QStringList &headers, const std::vector<FooterLine> &footerLines, int footerLinesExpected,
        const Tally &tally);

    static QString stateName(State s);
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; an absent object is NotDeclared.
    static ControlTotalCheck fromJson(const QJsonObject &json);
};
