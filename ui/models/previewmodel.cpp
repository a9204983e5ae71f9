#include "previewmodel.h"

#include "domain/cardmask.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyle>

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setPreview(const VanFilePreview &preview)
{
    beginResetModel();
    m_header = preview.header;
    m_rows = preview.rows;
    m_columns = preview.columnCount();
    m_footerRows = 0;
    m_fields.clear();
    m_problems.clear();
    endResetModel();
}

void PreviewModel::setMappedFields(const QHash<int, QStringList> &fieldsByColumn)
{
    if (fieldsByColumn == m_fields)
        return;
    m_fields = fieldsByColumn;
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), { Qt::BackgroundRole });
    }
}

void PreviewModel::setProblems(const QList<ProfileCheck::Problem> &problems)
{
    m_problems.clear();
    for (const auto &p : problems) {
        if (p.line > 0)
            m_problems[p.line].insert(p.column, p.message);
    }
    if (!m_rows.isEmpty() && m_columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1),
            { Qt::ToolTipRole, Qt::DecorationRole, Qt::BackgroundRole });
}

void PreviewModel::setFooterRows(int count)
{
    count = qBound(0, count, int(m_rows.size()));
    if (count == m_footerRows)
        return;
    m_footerRows = count;
    if (!m_rows.isEmpty() && m_columns > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), { Qt::FontRole, Qt::ForegroundRole });
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

int PreviewModel::rowForLine(qint64 line) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].line == line)
            return r;
    }
    return -1;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString PreviewModel::problemAt(int row, int column) const
{
    const auto it = m_problems.constFind(m_rows[row].line);
    if (it == m_problems.cend())
        return {};
    // A problem with the whole row (a wrong field count) shows on every cell of it.
    return it->value(column + 1, it->value(0));
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns)
        return {};
    const VanFilePreview::Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        // The core masked every field as free text; the card column holds a PAN by definition, Luhn or not.
        if (m_fields.value(index.column()).contains(QLatin1String("card_number")))
            return CardMask::mask(row.fields.value(index.column()));
        return row.fields.value(index.column());
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row(), index.column());
        if (!problem.isEmpty())
            return problem;
        if (isFooter(index.row()))
            return tr("A footer (totals) line: the import skips it.");
        return {};
    }
    case Qt::DecorationRole:
        // A mark, not colour alone, on the cells a problem points at.
        if (!problemAt(index.row(), index.column()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole: {
        const QPalette palette = QApplication::palette();
        if (!problemAt(index.row(), index.column()).isEmpty()) {
            // Translucent, so the text keeps the palette's contrast in light and dark themes alike.
            return QColor(230, 120, 0, 70);
        }
        if (m_fields.contains(index.column())) {
            QColor tint = palette.color(QPalette::Highlight);
            tint.setAlpha(45);
            return tint;
        }
        return {};
    }
    case Qt::FontRole:
        if (isFooter(index.row())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isFooter(index.row()))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(m_rows[section].line);
        if (role == Qt::ToolTipRole)
            return isFooter(section) ? tr("Line %1 of the file: a footer line, skipped").arg(m_rows[section].line)
                                     : tr("Line %1 of the file").arg(m_rows[section].line);
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString name = section < m_header.size() && !m_header[section].isEmpty() ? m_header[section]
                                                                                   : tr("Column %1").arg(section + 1);
    const QStringList fields = m_fields.value(section);
    QStringList titles;
    for (const QString &f : fields)
        titles << ProfileCheck::fieldTitle(f);
    switch (role) {
    case Qt::DisplayRole:
        // The field it is read as, under the file's own name: readable without the tint.
        return titles.isEmpty() ? name : tr("%1\n→ %2").arg(name, titles.join(QStringLiteral(", ")));
    case Qt::ToolTipRole:
        return titles.isEmpty() ? tr("Column %1: not read").arg(section + 1)
                                : tr("Column %1: read as %2").arg(section + 1).arg(titles.join(QStringLiteral(", ")));
    case Qt::FontRole:
        if (!titles.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}
