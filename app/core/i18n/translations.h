// Loads PayRecon's catalogue (compiled in under :/i18n) and Qt's own for one locale; shared by the GUI and
// the CLI so both pick languages the same way.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {
/// Installs the translators for `locale` with `app` as their parent. Returns false, installing nothing,
/// when PayRecon has no catalogue for it: better all English than Qt's dialogs alone in another language.
bool install(QCoreApplication &app, const QLocale &locale);
} // namespace Translations
