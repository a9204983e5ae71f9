#include "esjson.h"

void EsJson::appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    // Copies runs of plain bytes at once; most values have nothing to escape.
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const auto u = uchar(c);
        if (c != '"' && c != '\\' && u >= 0x20)
            continue;
        out += utf8.sliced(plainFrom, i - plainFrom);
        if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += '\\';
            out += c;
        }
        plainFrom = i + 1;
    }
    out += utf8.sliced(plainFrom);
    out += '"';
}
