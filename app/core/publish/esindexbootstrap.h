// Creates the verified and mismatch indexes with explicit mappings when missing; never deletes or overwrites.
// An index that already exists has its mapping read back and compared field by field.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class EsClient;

struct EsBootstrapResult
{
    QStringList created; ///< index names created now
    QStringList existing; ///< index names that were already there
    QStringList conflicts; ///< "verified-payment-data: amount is keyword, expected long"
    QStringList missingFields; ///< fields our mapping has and the existing index lacks
    QStringList notes; ///< what could not be checked (a writer without index-metadata privileges)
    QString error; ///< a request failed (connection, credentials, privileges)

    bool ok() const { return error.isEmpty() && conflicts.isEmpty(); }
};

class EsIndexBootstrap
{
public:
    explicit EsIndexBootstrap(EsClient &client);

    /// Both indexes of the client's configuration.
    EsBootstrapResult ensureIndexes();
    void ensureIndex(const QString &index, const QJsonObject &body, EsBootstrapResult &result);

    /// PUT /<index> bodies: {"mappings": {"dynamic": "strict", "properties": {…}}}.
    static QJsonObject verifiedIndexBody();
    static QJsonObject mismatchIndexBody();
    /// "field: is X, expected Y" for every field of \a wanted whose type differs in \a actual (both
    /// "properties" objects); fields absent from \a actual go to \a missing.
    static QStringList compareProperties(
        const QJsonObject &wanted, const QJsonObject &actual, QStringList *missing, const QString &prefix = {});

private:
    EsClient &m_client;
};
