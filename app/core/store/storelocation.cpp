#include "storelocation.h"

#include <QDir>

namespace {
/// The bounds of the user info ("user:secret") of a location with a scheme; false when it has none.
bool userInfo(const QString &location, qsizetype *start, qsizetype *at)
{
    const qsizetype scheme = location.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return false;
    *start = scheme + 3;
    qsizetype end = location.indexOf(u'/', *start);
    if (end < 0)
        end = location.size();
    *at = location.lastIndexOf(u'@', end - 1);
    return *at >= *start;
}
} // namespace

bool StoreLocation::isMySql() const
{
    return location.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive);
}

bool StoreLocation::hasPasswordInLocation() const
{
    qsizetype start = 0;
    qsizetype at = 0;
    return userInfo(location, &start, &at) && location.mid(start, at - start).contains(u':');
}

QString StoreLocation::redacted() const
{
    if (!hasPasswordInLocation())
        return QDir::toNativeSeparators(location);
    qsizetype start = 0;
    qsizetype at = 0;
    userInfo(location, &start, &at);
    const qsizetype colon = location.indexOf(u':', start);
    return location.left(colon + 1) + QStringLiteral("****") + location.mid(at);
}
