// The first rows of a VAN file as the import dialog shows them: the file's own header, the physical line of each
// row, the columns a profile reads (named in the header and tinted) and the cells the profile check complains of.
#pragma once

#include "import/profilecheck.h"
#include "import/vanfilepreview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(const VanFilePreview &preview);
    /// Canonical fields read from each 0-based column; those columns are tinted and their header names them.
    void setMappedFields(const QHash<int, QStringList> &fieldsByColumn);
    /// The problems that point at a row (and column): those cells get the message as a tooltip and a mark.
    void setProblems(const QList<ProfileCheck::Problem> &problems);
    /// The last `count` rows are footer (totals) lines the import skips; shown dimmed.
    void setFooterRows(int count);

    bool isMapped(int column) const { return m_fields.contains(column); }
    /// The row showing the record that starts on this physical line, or -1.
    int rowForLine(qint64 line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isFooter(int row) const { return row >= m_rows.size() - m_footerRows; }
    QString problemAt(int row, int column) const;

    QStringList m_header;
    QList<VanFilePreview::Row> m_rows;
    int m_columns = 0;
    int m_footerRows = 0;
    QHash<int, QStringList> m_fields;
    QHash<qint64, QHash<int, QString>> m_problems; ///< line -> 1-based column (0 = whole row) -> message
};
