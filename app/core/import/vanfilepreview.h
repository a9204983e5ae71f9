// A cheap look at the start of a delimited file for the import dialog: the encoding and delimiter (detected or
// forced), the probable header line, likely footer lines, and the first records decoded to text. Reads at most
// a 64 KB head and a 16 KB tail, so it is instant even on a multi-gigabyte file.
#pragma once

#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct VanProfile;

struct VanFilePreview
{
    /// What the caller fixes; anything left at its default is detected.
    struct Options
    {
        QString encoding; ///< "UTF-8", "CP949" or "EUC-KR"; empty or "auto" = detect
        char delimiter = 0; ///< ',' ';' '\t' '|'; 0 = detect
        int headerRow = -1; ///< 1-based line; 0 = no header; -1 = detect
        qsizetype headBytes = 64 * 1024;
        qsizetype tailBytes = 16 * 1024;
        int maxRows = 200; ///< data rows kept

        /// The options a profile implies, so the preview shows the file as the importer will read it.
        static Options fromProfile(const VanProfile &profile);
        bool operator==(const Options &o) const;
        bool operator!=(const Options &o) const { return !(*this == o); }
    };

    /// One record as read: the physical line where it starts and its trimmed, decoded fields.
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
    };

    /// A field whose bytes are not valid in the chosen encoding (shown with \xNN for the bad bytes).
    struct Undecodable
    {
        qint64 line = 0;
        int column = 0; ///< 1-based
        QString value;
    };

    QString file;
    QString error; ///< fatal (cannot open or read); a sentence naming the file
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    bool encodingDetected = false; ///< the options left the encoding to detection
    bool byteOrderMark = false; ///< a UTF-8 BOM decided the encoding (it always wins, as in the importer)
    bool asciiOnly = false; ///< the head holds no non-ASCII byte, so the encoding is only a guess
    char delimiter = ',';
    bool delimiterDetected = false;
    int headerRow = 1; ///< 1-based physical line of the header; 0 = the file has none
    bool headerDetected = false;
    QStringList header; ///< empty when headerRow is 0
    QList<Row> titleRows; ///< records above the header (a title such as "카드사 정산내역,2026-11-24")
    QList<Row> rows; ///< data records below the header, in file order, at most Options::maxRows
    QList<Undecodable> undecodable; ///< in the header and the rows, at most a few
    int footerLines = 0; ///< trailing non-empty lines whose field count differs from the header's (totals)
    bool complete = false; ///< the head is the whole file
    bool rowsReachEnd = false; ///< rows end with the file's last record (so they include its footer lines)
    qint64 fileSize = 0;
    qint64 bytesRead = 0; ///< head plus tail, never the whole of a big file

    bool ok() const { return error.isEmpty(); }
    /// Field count of the header, or of most records when there is no header.
    int expectedFields() const;
    /// The widest of the header and the rows, for a grid.
    int columnCount() const;
    /// The delimiter as a profile spells it ("\t" is a real tab).
    QString delimiterText() const { return QString(QLatin1Char(delimiter)); }

    /// Reads the head (and tail) of a file. Never fails silently: a file that cannot be read sets error.
    static VanFilePreview readFile(const QString &path, const Options &options);
    static VanFilePreview readFile(const QString &path);
    /// Previews bytes already in memory; complete means head is the whole file (else its last, possibly cut,
    /// record is dropped), tail is the file's last bytes when it is not.
    static VanFilePreview fromData(const QByteArray &head, bool complete, const Options &options,
        const QByteArray &tail = {}, const QString &displayName = QStringLiteral("<memory>"));
    static VanFilePreview fromData(const QByteArray &head, bool complete = true);

    Q_DECLARE_TR_FUNCTIONS(VanFilePreview)
};
