// Picks the user interface language and installs TokenDesk's (and Qt's) translators.
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace TokenDesk {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "tokendesk.i18n", QtWarningMsg)

const QLatin1String Chinese("zh_CN");
const QLatin1String English("en");

bool isChinese(const QString &name)
{
    return name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace

QString resolveLanguage(const QString &language)
{
    QString wanted = language.trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = qEnvironmentVariable("TOKENDESK_LANGUAGE").trimmed();
    if (!wanted.isEmpty() && wanted != QLatin1String("system"))
        return isChinese(wanted) ? QString(Chinese) : QString(English);

    // QLocale::system() already reads LC_ALL, LC_MESSAGES and LANG on Unix; uiLanguages() adds
    // the LANGUAGE priority list, which desktops set and which outranks LANG for messages.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        if (isChinese(name))
            return Chinese;
        if (name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return English;
    }
    return English;
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QString resolved = resolveLanguage(language);
    // Owned by the application, so the translators live exactly as long as it does.
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/tokendesk_") + resolved + QStringLiteral(".qm"))) {
        qCWarning(lcI18n, "The embedded %s translation could not be loaded.", qPrintable(resolved));
        delete ours;
        return false;
    }
    // English is the source language; its catalogue only carries the plural forms ("1 minute",
    // "2 minutes").
    QCoreApplication::installTranslator(ours);
    if (resolved != Chinese)
        return false;

    // Qt's own strings (standard buttons, file dialogs) ship with the distribution
    // (qt6-translations-l10n), not with us; without them those stay English, a cosmetic loss.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace TokenDesk
