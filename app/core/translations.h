// Picks the user interface language and installs TokenDesk's (and Qt's) translators.
#pragma once

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
    class QCoreApplication;
QT_END_NAMESPACE

namespace TokenDesk {

// The language TokenDesk uses for `language`: "zh_CN" or "en". An empty `language` (or "system")
// defers to the TOKENDESK_LANGUAGE variable, then to the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG); anything Chinese gives "zh_CN", everything else English.
QString resolveLanguage(const QString &language);

// Installs the embedded :/i18n/tokendesk_<language>.qm for resolveLanguage(language) (the English
// one only carries plural forms) and, for Chinese, Qt's own qtbase_zh_CN.qm when the system has
// it, for standard buttons and dialogs. Returns whether the Chinese translation was installed.
// TOKENDESK_TRANSLATION_FILE=/path/x.qm replaces TokenDesk's catalogue with that file (a
// translator's draft, the tests' pseudo-locale); when it does not load, the program stays in
// English with one warning. Returns false then, as for any catalogue that is not the Chinese one.
// Call once, right after the application object is created and before any text is translated.
bool installTranslations(QCoreApplication &app, const QString &language = QString());

// Whether `qm` is a compiled catalogue whose every offset and length stays inside it, so that
// QTranslator, which checks little, can read it without reading out of bounds.
bool isSoundCatalogue(const QByteArray &qm);

// A catalogue larger than this is not one of ours.
inline constexpr qint64 MaxCatalogueBytes = 16 * 1024 * 1024;

} // namespace TokenDesk
