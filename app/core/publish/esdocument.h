// One document on its way to Elasticsearch: target index, deterministic _id and JSON source.
#pragma once

#include <QByteArray>
#include <QString>

struct EsDocument
{
    QString index;
    QByteArray id; ///< deterministic, so a replay overwrites instead of adding
    QByteArray source; ///< compact JSON object, UTF-8, no newline; empty for a deletion
    /// Remove the document instead (an undone resolution leaves the verified index); a missing one is no error.
    bool deletion = false;
    /// How much of source makes the document's version, -1 for all of it. What follows is provenance (the run that
    /// published it): reconciling the same rows again changes only that, and must not send a million documents again.
    qsizetype versionedBytes = -1;
};
