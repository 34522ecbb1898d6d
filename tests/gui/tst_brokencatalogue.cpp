// A translation file that is missing or damaged (TOKENDESK_TRANSLATION_FILE, as a translator
// would point it at a draft) leaves the window in English with exactly one warning, never an
// empty label and never a crash. The CLI's side is in ../tst_pseudolocale_cli.cpp.
#include "clipboardguard.h"
#include "clock.h"
#include "mainwindow.h"
#include "profile.h"
#include "secretstore.h"
#include "translations.h"
#include "windowtestservices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TokenDesk;

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && QByteArray(context.category) == "tokendesk.i18n")
        g_warnings << message;
}

} // namespace

class TestBrokenCatalogue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // The English check below can fail: the Chinese catalogue does translate this text.
        QTranslator chinese;
        QVERIFY(chinese.load(":/i18n/tokendesk_zh_CN.qm"));
        QVERIFY(chinese.translate("MainWindow", "Tr&y the demo") != "Tr&y the demo");
        QVERIFY(!chinese.translate("MainWindow", "Tr&y the demo").isEmpty());
    }

    void damagedFileWarnsOnceAndStaysEnglish_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no such file
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not a catalogue") << QByteArray("<TS version=\"2.1\"></TS>\n");
        QFile real(":/i18n/tokendesk_zh_CN.qm");
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray whole = real.readAll();
        QTest::newRow("truncated") << whole.left(whole.size() / 3);
        QByteArray lengths = whole;
        for (qsizetype i = 17; i < lengths.size(); i += 53)
            lengths[i] = char(0xff); // huge lengths and offsets all over
        QTest::newRow("lengths overwritten") << lengths;
    }

    void damagedFileWarnsOnceAndStaysEnglish()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + ".qm");
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        qputenv("TOKENDESK_TRANSLATION_FILE", path.toLocal8Bit());
        g_warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        const bool chinese = installTranslations(*QCoreApplication::instance(), "zh_CN");
        qInstallMessageHandler(previous);
        QVERIFY(!chinese);
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(path), qPrintable(g_warnings.first()));
        // English, not Chinese, and not empty: a text of the window's own catalogue context.
        QCOMPARE(QCoreApplication::translate("MainWindow", "Tr&y the demo"),
                 QStringLiteral("Tr&y the demo"));
    }

    // After all those, the window still shows every button and label with words on it.
    void windowHasNoEmptyText()
    {
        TestSupport::WindowTestServices services;
        MainWindow window(services.services());
        window.show();
        QVERIFY(window.windowTitle().contains("TokenDesk"));
        int buttons = 0;
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isNull())
                continue;
            ++buttons;
            QVERIFY2(!button->text().trimmed().isEmpty() || !button->icon().isNull(),
                     qPrintable(button->objectName()));
        }
        QVERIFY(buttons > 3);
        const auto *demo = window.findChild<QAbstractButton *>("tryDemoButton");
        QVERIFY(demo);
        QCOMPARE(demo->text(), QStringLiteral("Tr&y the demo"));
        auto *tabs = window.findChild<QTabWidget *>("resultTabs");
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(!tabs->tabText(i).trimmed().isEmpty(), qPrintable(QString::number(i)));
    }
};

QTEST_MAIN(TestBrokenCatalogue)
#include "tst_brokencatalogue.moc"
