// isSoundCatalogue(): a damaged .qm is refused before QTranslator reads it (QTranslator trusts
// the lengths and offsets inside, and crashed on flipped bytes); what it accepts can be read
// through every message without reading out of bounds.
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace TokenDesk;

namespace {

struct Message
{
    QByteArray context;
    QByteArray source;
    bool numerus = false;
};

// Every message of the catalogue's source, to translate each one through a mutant.
QList<Message> messagesOf(const QString &tsPath)
{
    QList<Message> messages;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QByteArray context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == u"message") {
            Message message{context, {}, xml.attributes().value("numerus") == u"yes"};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source")
                    message.source = xml.readElementText().toUtf8();
                else
                    xml.skipCurrentElement();
            }
            messages << message;
        }
    }
    return messages;
}

QByteArray embedded(const char *name)
{
    QFile file(QString::fromLatin1(":/i18n/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ourCataloguesAreSound()
    {
        QVERIFY(isSoundCatalogue(embedded("tokendesk_zh_CN.qm")));
        QVERIFY(isSoundCatalogue(embedded("tokendesk_en.qm")));
        QFile pseudo(TOKENDESK_BUILD_DIR "/resources/translations/tokendesk_pseudo.qm");
        QVERIFY(pseudo.open(QIODevice::ReadOnly));
        QVERIFY(isSoundCatalogue(pseudo.readAll()));
        // Qt's own, which marks untranslated messages with a null translation.
        QFile qt(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + "/qtbase_zh_CN.qm");
        if (qt.open(QIODevice::ReadOnly))
            QVERIFY(isSoundCatalogue(qt.readAll()));
    }

    // Qt's own catalogue comes along with the Chinese one when the distribution has it, checked
    // like any other before it is read (a first version of that check refused it).
    void qtsOwnChineseIsInstalled()
    {
        const QString qt =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qt))
            QSKIP("qt6-translations-l10n is not installed");
        qunsetenv("TOKENDESK_TRANSLATION_FILE");
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }

    void obviousDamageIsRefused()
    {
        const QByteArray real = embedded("tokendesk_zh_CN.qm");
        QVERIFY(!isSoundCatalogue({}));
        QVERIFY(!isSoundCatalogue("not a catalogue"));
        QVERIFY(!isSoundCatalogue(real.left(16))); // the magic alone
        QVERIFY(!isSoundCatalogue(real.left(real.size() - 1)));
        QByteArray hugeLength = real;
        hugeLength[17] = char(0x7f); // the first block's length, far past the end
        QVERIFY(!isSoundCatalogue(hugeLength));
    }

    // Random damage, many times over: whatever is accepted must translate every message
    // without a crash (run under ASan or valgrind, it must not read out of bounds either).
    void acceptedMutantsTranslateEveryMessage()
    {
        const QByteArray real = embedded("tokendesk_zh_CN.qm");
        const QList<Message> messages = messagesOf(QDir::cleanPath(
            TOKENDESK_TESTDATA_DIR "/../../resources/translations/tokendesk_zh_CN.ts"));
        QVERIFY(messages.size() > 500);
        QRandomGenerator random(14); // the same mutants every run
        int accepted = 0;
        for (int round = 0; round < 1500; ++round) {
            QByteArray mutant = real;
            const int flips = 1 + int(random.bounded(8));
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = 16 + qsizetype(random.bounded(quint32(mutant.size() - 16)));
                mutant[at] = char(random.bounded(256));
            }
            if (round % 5 == 0)
                mutant.truncate(16 + qsizetype(random.bounded(quint32(mutant.size() - 16))));
            if (!isSoundCatalogue(mutant))
                continue;
            ++accepted;
            QTranslator translator;
            if (!translator.load(reinterpret_cast<const uchar *>(mutant.constData()),
                                 int(mutant.size())))
                continue;
            for (const Message &message : messages) {
                translator.translate(message.context.constData(), message.source.constData(),
                                     nullptr, message.numerus ? 2 : -1);
            }
        }
        // Flipped bytes inside texts keep a catalogue sound: some mutants must get through.
        QVERIFY(accepted > 0);
        qInfo("%d of 1500 mutants accepted and read through", accepted);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
