// Picks the user interface language and installs TokenDesk's (and Qt's) translators.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>
#include <cstring>

namespace TokenDesk {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "tokendesk.i18n", QtWarningMsg)

const QLatin1String Chinese("zh_CN");
const QLatin1String English("en");

// A translator that owns the bytes it translates from (QTranslator::load(data) only borrows).
class OwningTranslator : public QTranslator
{
public:
    OwningTranslator(QByteArray bytes, QObject *parent)
        : QTranslator(parent)
        , m_bytes(std::move(bytes))
    { }
    bool load()
    {
        return QTranslator::load(reinterpret_cast<const uchar *>(m_bytes.constData()),
                                 int(m_bytes.size()));
    }

private:
    QByteArray m_bytes;
};

// The catalogue at `path` when it is there and sound, installed; else nullptr. QTranslator
// trusts the offsets inside a file, so a damaged one would crash on first use: it is checked
// before Qt reads it.
QTranslator *installSoundCatalogue(const QString &path, QObject *parent)
{
    QFile qm(path);
    if (qm.size() > MaxCatalogueBytes || !qm.open(QIODevice::ReadOnly))
        return nullptr;
    QByteArray bytes = qm.readAll();
    if (!isSoundCatalogue(bytes))
        return nullptr;
    auto *translator = new OwningTranslator(std::move(bytes), parent);
    if (!translator->load() || translator->isEmpty()) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

bool isChinese(const QString &name)
{
    return name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

// Installs :/i18n/tokendesk_<resolved>.qm, and Qt's own Chinese catalogue with the Chinese one.
bool installEmbedded(QCoreApplication &app, const QString &resolved)
{
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
    const QString qtCatalogue =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!installSoundCatalogue(qtCatalogue, &app) && QFile::exists(qtCatalogue))
        qCWarning(lcI18n, "Qt's translation %s is damaged; Qt's own buttons stay in English.",
                  qPrintable(qtCatalogue));
    return true;
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
    // A translator's or a test's own catalogue (the pseudo-locale) replaces ours; one that does
    // not load leaves the program in English, with this one warning, never with empty texts.
    const QString file = qEnvironmentVariable("TOKENDESK_TRANSLATION_FILE");
    if (!file.isEmpty()) {
        if (installSoundCatalogue(file, &app))
            return false;
        qCWarning(lcI18n,
                  "The translation file %s (TOKENDESK_TRANSLATION_FILE) could not be loaded; "
                  "continuing in English.",
                  qPrintable(file));
        return installEmbedded(app, QString(English));
    }
    return installEmbedded(app, resolveLanguage(language));
}

namespace {

// The .qm layout (Qt's qtranslator.cpp): a 16-byte magic, then blocks of tag, big-endian
// length and data.
constexpr uchar QmMagic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                               0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
enum QmBlock : uchar { Contexts = 0x2f, Hashes = 0x42, Messages = 0x69, Dependencies = 0x96 };
enum QmTag : uchar {
    End = 1,
    SourceText16 = 2,
    Translation = 3,
    Context16 = 4,
    Obsolete1 = 5,
    SourceText = 6,
    Context = 7,
    Comment = 8,
    Obsolete2 = 9,
};

constexpr quint32 NullTranslation = 0xffffffff;

quint32 read32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 read16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

// Every message runs from tags with in-bounds lengths to an End tag; returns where each starts.
bool messagesAreSound(const uchar *data, quint32 length, QList<quint32> &starts)
{
    quint32 at = 0;
    while (at < length) {
        starts << at;
        for (;;) {
            if (at >= length)
                return false;
            const uchar tag = data[at++];
            if (tag == End)
                break;
            if (tag == Obsolete1) {
                if (length - at < 4)
                    return false;
                at += 4;
                continue;
            }
            if (tag == Obsolete2)
                continue;
            if (tag < SourceText16 || tag > Comment || length - at < 4)
                return false;
            const quint32 size = read32(data + at);
            at += 4;
            if (tag == Translation && size == NullTranslation)
                continue; // lrelease's mark for "no translation": no text follows
            if (size > length - at || (tag == Translation && size % 2))
                return false;
            at += size;
        }
    }
    return true;
}

bool hashesAreSound(const uchar *data, quint32 length, const QList<quint32> &starts)
{
    if (length % 8)
        return false;
    for (quint32 at = 0; at < length; at += 8) {
        if (!std::binary_search(starts.cbegin(), starts.cend(), read32(data + at + 4)))
            return false;
    }
    return true;
}

bool contextsAreSound(const uchar *data, quint32 length)
{
    if (length < 2)
        return false;
    const quint32 tableSize = read16(data);
    if (tableSize == 0 || 2 + 2 * tableSize > length)
        return false;
    for (quint32 slot = 0; slot < tableSize; ++slot) {
        const quint32 offset = read16(data + 2 + 2 * slot);
        if (offset == 0)
            continue;
        quint32 at = 2 + 2 * tableSize + 2 * offset;
        for (;;) { // length-prefixed names, padded to even, up to a zero length
            if (at >= length)
                return false;
            const quint32 size = data[at++];
            if (size == 0)
                break;
            at += size;
            if (at > length)
                return false;
        }
    }
    return true;
}

} // namespace

bool isSoundCatalogue(const QByteArray &qm)
{
    const auto *data = reinterpret_cast<const uchar *>(qm.constData());
    const quint32 size = quint32(qm.size());
    if (qm.size() < 16 || qm.size() > MaxCatalogueBytes || memcmp(data, QmMagic, 16) != 0)
        return false;
    const uchar *messages = nullptr;
    const uchar *hashes = nullptr;
    quint32 messagesLength = 0;
    quint32 hashesLength = 0;
    quint32 at = 16;
    while (at < size) {
        if (size - at < 5)
            return false;
        const uchar tag = data[at];
        const quint32 length = read32(data + at + 1);
        at += 5;
        if (length > size - at)
            return false;
        if (tag == Messages) {
            messages = data + at;
            messagesLength = length;
        } else if (tag == Hashes) {
            hashes = data + at;
            hashesLength = length;
        } else if (tag == Contexts && !contextsAreSound(data + at, length)) {
            return false;
        } else if (tag == Dependencies) {
            return false; // it would make QTranslator load further files; ours have none
        }
        at += length;
    }
    QList<quint32> starts;
    return messages && messagesAreSound(messages, messagesLength, starts)
        && (!hashes || hashesAreSound(hashes, hashesLength, starts));
}

} // namespace TokenDesk
