// The zh_CN translation: complete, faithful to placeholders and mnemonics, current with the
// sources, and really embedded and loaded at run time.
#include "tokenrequest.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace TokenDesk;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per numerus form

    QString key() const
    {
        const QString disambiguation =
            comment.isEmpty() ? QString() : QString(u" (" + comment + u')');
        return context + u" | " + source + disambiguation;
    }
};

QString sourceRoot()
{
    return QDir::cleanPath(QStringLiteral(TOKENDESK_TESTDATA_DIR "/../.."));
}

QString tsPath(const QString &language)
{
    return sourceRoot() + QStringLiteral("/resources/translations/tokendesk_%1.ts").arg(language);
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99, %L1 and %n: what QString::arg() and tr()'s numerus fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// Keyboard mnemonics: "&F" but neither "&&" nor an HTML entity such as "&amp;".
QStringList mnemonics(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!&)&(?!&|[A-Za-z]+;|#\\d+;)([^\\s&])"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).toUpper();
    return found;
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyEntryIsFinished();
    void placeholdersMatchTheSource();
    void mnemonicsAreKept();
    void catalogueIsCurrentWithTheSources();
    void embeddedTranslationLoads();
    void coreMessagesAreTranslated();
    void languageChoice_data();
    void languageChoice();

private:
    QList<TsMessage> m_messages;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_messages.isEmpty());
}

void TestTranslations::everyEntryIsFinished()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!m.type.isEmpty())
            problems << m.type + u": " + m.key();
        else if (empty)
            problems << u"empty: " + m.key();
        else if (m.numerus && m.translations.size() != 1)
            problems << u"Chinese has one plural form, not "_qs
                    + QString::number(m.translations.size()) + u": " + m.key();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"tokendesk_zh_CN.ts has entries to translate or remove:\n  "_qs
                        + problems.join(u"\n  ")));
}

void TestTranslations::placeholdersMatchTheSource()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        QStringList expected = placeholders(m.source);
        if (m.numerus && !expected.contains(u"n"_qs)) {
            // "%n" may be left out of a numerus form only where the number is implied.
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != expected)
                problems << m.key() + u"  →  " + t;
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"Placeholders differ from the source:\n  "_qs + problems.join(u"\n  ")));
}

void TestTranslations::mnemonicsAreKept()
{
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QStringList expected = mnemonics(m.source);
        for (const QString &t : m.translations) {
            if (mnemonics(t) != expected)
                problems << m.key() + u"  →  " + t;
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"Keyboard mnemonics differ from the source (write \"获取令牌(&G)\" for "
                        "\"&Get token\"):\n  "_qs
                        + problems.join(u"\n  ")));
}

void TestTranslations::catalogueIsCurrentWithTheSources()
{
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The committed file as the starting point, so lupdate reports what it would change.
    const QString fresh = dir.filePath(QStringLiteral("tokendesk_zh_CN.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), fresh));
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.setWorkingDirectory(sourceRoot());
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), QStringLiteral("app"),
                   QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitCode(), 0);

    QString error;
    const QList<TsMessage> current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys;
    for (const TsMessage &m : std::as_const(m_messages))
        committedKeys.insert(m.key());
    QSet<QString> currentKeys;
    for (const TsMessage &m : current)
        currentKeys.insert(m.key());

    QStringList added(currentKeys.cbegin(), currentKeys.cend());
    added.removeIf([&](const QString &k) { return committedKeys.contains(k); });
    QStringList gone(committedKeys.cbegin(), committedKeys.cend());
    gone.removeIf([&](const QString &k) { return currentKeys.contains(k); });
    added.sort();
    gone.sort();
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
             qPrintable(u"tokendesk_zh_CN.ts is out of date. Run `cmake --build <build dir> "
                        "--target update_translations` and translate the new entries.\n"
                        "New, untranslated:\n  "_qs
                        + added.join(u"\n  ") + u"\nNo longer in the sources:\n  "
                        + gone.join(u"\n  ")));
}

void TestTranslations::embeddedTranslationLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/tokendesk_zh_CN.qm")));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));

    // Every entry of the committed .ts comes back from the embedded .qm: it is neither missing
    // nor stale.
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = QCoreApplication::translate(
            context.constData(), source.constData(),
            comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 2 : -1);
        QString want = m.translations.value(0);
        if (m.numerus)
            want.replace(u"%n"_qs, u"2"_qs);
        if (got != want)
            problems << m.key() + u"  →  " + got;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"The embedded tokendesk_zh_CN.qm differs from the .ts:\n  "_qs
                        + problems.join(u"\n  ")));
}

void TestTranslations::coreMessagesAreTranslated()
{
    // End to end: a message built by the core, in the context its code really asks for.
    // lupdate must file the string under that same context, which a file-local
    // `QString tr(const char *)` helper inside a namespace defeats (lupdate then files it
    // under "TokenDesk" or "TokenDesk::Class"): use Q_DECLARE_TR_FUNCTIONS(Context) and
    // Context::tr(), or QCoreApplication::translate("Context", ...), at each call site.
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const QList<FieldProblem> problems = TokenRequest().validate();
    QVERIFY(!problems.isEmpty());
    for (const FieldProblem &p : problems)
        QVERIFY2(hasChinese(p.message) && !p.message.contains(u"Required."_qs),
                 qPrintable(p.message));
    QVERIFY2(hasChinese(fieldProblem(QString(), true)), qPrintable(fieldProblem(QString(), true)));
}

void TestTranslations::languageChoice_data()
{
    QTest::addColumn<QString>("environment"); // TOKENDESK_LANGUAGE
    QTest::addColumn<QString>("language");    // installTranslations()'s argument
    QTest::addColumn<QString>("expected");

    QTest::newRow("explicit Chinese") << ""
                                      << "zh_CN"
                                      << "zh_CN";
    QTest::newRow("explicit English") << "zh_CN"
                                      << "en"
                                      << "en";
    QTest::newRow("other languages fall back to English") << ""
                                                          << "de_DE"
                                                          << "en";
    QTest::newRow("variable overrides the system") << "zh_CN.UTF-8"
                                                   << ""
                                                   << "zh_CN";
    QTest::newRow("variable, English") << "en_GB"
                                       << "system"
                                       << "en";
}

void TestTranslations::languageChoice()
{
    QFETCH(QString, environment);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("TOKENDESK_LANGUAGE");
    qputenv("TOKENDESK_LANGUAGE", environment.toUtf8());
    const QString resolved = resolveLanguage(language);
    qputenv("TOKENDESK_LANGUAGE", saved);
    QCOMPARE(resolved, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
