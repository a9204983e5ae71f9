// RFC 4180 CSV output that Excel opens correctly and safely: UTF-8 with a byte-order mark, CRLF rows,
// quoting where needed, and text cells that Excel would run as a formula neutralised with a leading '.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

class CsvWriter
{
public:
    /// Writes through a 1 MB buffer; call finish() to flush and learn whether every write succeeded.
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = true);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void text(QByteArrayView utf8);
    void text(const QByteArray &utf8) { text(QByteArrayView(utf8)); }
    void text(const QString &value) { text(QByteArrayView(value.toUtf8())); }
    /// A number Excel should treat as a number: written bare, never neutralised (a negative amount is data).
    void number(qint64 value);
    void empty();
    void endRow();
    bool finish();

    /// The cell as written: neutralised when it starts with = + - @ tab or CR (formula injection, OWASP),
    /// then quoted when it holds a comma, a quote, CR or LF, or starts or ends with a space.
    static QByteArray cell(QByteArrayView utf8);

private:
    void separator();
    void flushIfFull();

    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_ok = true;
};
