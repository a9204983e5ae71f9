#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool Translations::install(QCoreApplication &app, const QLocale &locale)
{
    auto *payrecon = new QTranslator(&app);
    if (!payrecon->load(locale, QStringLiteral("payrecon"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete payrecon;
        return false;
    }
    QCoreApplication::installTranslator(payrecon);
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
    return true;
}
