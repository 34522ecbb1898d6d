// ClipboardGuard on the real (offscreen) platform clipboard: markers, timed clear, ownership rule.
#include "clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaults();
    void negativeDelayMeansNever();
    void copyPutsTextAndMarkers_data();
    void copyPutsTextAndMarkers();
    void createMimeDataIsWhatCopyPuts();
    void clearsAfterDelay();
    void keepsWhatAnotherAppCopied();
    void zeroDelayNeverClears();
    void copyingAgainRestartsTimerAndClearsOnlyLatest();
    void clearNowOnlyIfOwned();
    void emptyCopyGuardsNothing();
    void clearsOnQuit();
    void destructorClears();
    void destructorLeavesAnotherAppsContents();
    void selectionLeftAlone();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static QString clipboardText() { return clipboard()->text(QClipboard::Clipboard); }
};

namespace {

const QString secret = QStringLiteral("AKIA-test-secret-0123456789");

QString windowsFormat(const char *name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(name));
}

} // namespace

void TestClipboardGuard::initTestCase()
{
    // Everything below relies on the platform clipboard keeping QMimeData in-process, which the
    // offscreen platform does (QPlatformClipboard's default implementation).
    auto *probe = new QMimeData;
    probe->setData("application/x-tokendesk-probe", "1");
    clipboard()->setMimeData(probe);
    QVERIFY(clipboard()->mimeData());
    QCOMPARE(clipboard()->mimeData()->data("application/x-tokendesk-probe"), QByteArray("1"));
}

void TestClipboardGuard::init()
{
    clipboard()->clear(QClipboard::Clipboard);
}

void TestClipboardGuard::defaults()
{
    ClipboardGuard guard;
    QCOMPARE(guard.clearDelay(), std::chrono::milliseconds(30s));
    QCOMPARE(ClipboardGuard::defaultClearDelay, std::chrono::milliseconds(30s));
    QVERIFY(!guard.ownsClipboard());
    guard.setClearDelay(250ms);
    QCOMPARE(guard.clearDelay(), 250ms);
}

void TestClipboardGuard::negativeDelayMeansNever()
{
    ClipboardGuard guard;
    guard.setClearDelay(-5ms);
    QCOMPARE(guard.clearDelay(), 0ms);
}

void TestClipboardGuard::copyPutsTextAndMarkers_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected"); // null: must be absent on this platform

    const QByteArray absent;
    const QByteArray dwordZero(4, '\0');
    const QByteArray dwordOne("\x01\x00\x00\x00", 4);
#if defined(Q_OS_WIN)
    const QByteArray win0 = dwordZero, win1 = dwordOne, mac = absent, kde = absent;
#elif defined(Q_OS_MACOS)
    const QByteArray win0 = absent, win1 = absent, mac = "secret", kde = absent;
#else
    const QByteArray win0 = absent, win1 = absent, mac = absent, kde = "secret";
#endif
    QTest::newRow("text") << "text/plain" << secret.toUtf8();
    QTest::newRow("KDE hint") << "x-kde-passwordManagerHint" << kde;
    QTest::newRow("macOS concealed") << "application/x-nspasteboard-concealed-type" << mac;
    QTest::newRow("Windows exclude")
        << windowsFormat("ExcludeClipboardContentFromMonitorProcessing") << win1;
    QTest::newRow("Windows history") << windowsFormat("CanIncludeInClipboardHistory") << win0;
    QTest::newRow("Windows cloud") << windowsFormat("CanUploadToCloudClipboard") << win0;
}

void TestClipboardGuard::copyPutsTextAndMarkers()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);

    ClipboardGuard guard;
    QSignalSpy copied(&guard, &ClipboardGuard::copied);
    guard.copy(secret);

    QCOMPARE(copied.count(), 1);
    QVERIFY(guard.ownsClipboard());
    QCOMPARE(clipboardText(), secret);
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    if (expected.isNull()) {
        QVERIFY2(!mime->formats().contains(format), qPrintable(format));
    } else {
        QVERIFY2(mime->formats().contains(format), qPrintable(format));
        QCOMPARE(mime->data(format), expected);
    }
}

void TestClipboardGuard::createMimeDataIsWhatCopyPuts()
{
    const std::unique_ptr<QMimeData> made = ClipboardGuard::createMimeData(secret);
    ClipboardGuard guard;
    guard.copy(secret);
    const QMimeData *onClipboard = clipboard()->mimeData();
    QVERIFY(onClipboard);
    QCOMPARE(onClipboard->formats(), made->formats());
    for (const QString &format : made->formats())
        QCOMPARE(onClipboard->data(format), made->data(format));
}

void TestClipboardGuard::clearsAfterDelay()
{
    ClipboardGuard guard;
    guard.setClearDelay(100ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(secret);
    QCOMPARE(clipboardText(), secret);

    QTRY_COMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
    QVERIFY(!guard.ownsClipboard());
}

void TestClipboardGuard::keepsWhatAnotherAppCopied()
{
    ClipboardGuard guard;
    guard.setClearDelay(100ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(secret);
    clipboard()->setText("the user's own text");
    QVERIFY(!guard.ownsClipboard());

    QTest::qWait(400); // well past the delay: the timer has fired and must have left it alone
    QCOMPARE(clipboardText(), QString("the user's own text"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboardGuard::zeroDelayNeverClears()
{
    ClipboardGuard guard;
    guard.setClearDelay(0ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(secret);

    QTest::qWait(300);
    QCOMPARE(clipboardText(), secret);
    QVERIFY(guard.ownsClipboard());
    QCOMPARE(cleared.count(), 0);

    // "Never" is about the timer only: an explicit clear (and quit) still takes it off.
    guard.clearNow();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboardGuard::copyingAgainRestartsTimerAndClearsOnlyLatest()
{
    ClipboardGuard guard;
    guard.setClearDelay(600ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy copied(&guard, &ClipboardGuard::copied);

    guard.copy("first");
    QTest::qWait(300);
    guard.copy("second");
    QCOMPARE(copied.count(), 2);

    // Past the first copy's deadline, well before the second's.
    QTest::qWait(400);
    QCOMPARE(clipboardText(), QString("second"));
    QCOMPARE(cleared.count(), 0);

    QTRY_COMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
    QTest::qWait(100);
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::clearNowOnlyIfOwned()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);

    guard.clearNow(); // nothing copied yet
    QCOMPARE(cleared.count(), 0);

    guard.copy(secret);
    clipboard()->setText("copied elsewhere");
    guard.clearNow();
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboardText(), QString("copied elsewhere"));

    guard.copy(secret);
    guard.clearNow();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
    guard.clearNow(); // once cleared, nothing left to do
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::emptyCopyGuardsNothing()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(QString());
    QVERIFY(!guard.ownsClipboard());

    // Another app's non-text contents read as "" and must not be taken for ours.
    auto *image = new QMimeData;
    image->setData("image/png", "not really a png");
    clipboard()->setMimeData(image);
    guard.clearNow();
    QCOMPARE(cleared.count(), 0);
    QVERIFY(clipboard()->mimeData());
    QVERIFY(clipboard()->mimeData()->hasFormat("image/png"));
}

void TestClipboardGuard::clearsOnQuit()
{
    ClipboardGuard guard;
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(secret);

    // aboutToQuit is a private signal and cannot be emitted from here; invoking it through the
    // meta-object calls the same connections quit() would, without ending the test run.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit",
                                      Qt::DirectConnection));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboardGuard::destructorClears()
{
    {
        ClipboardGuard guard;
        guard.copy(secret);
        QCOMPARE(clipboardText(), secret);
    }
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboardGuard::destructorLeavesAnotherAppsContents()
{
    {
        ClipboardGuard guard;
        guard.copy(secret);
        clipboard()->setText("copied elsewhere");
    }
    QCOMPARE(clipboardText(), QString("copied elsewhere"));
}

void TestClipboardGuard::selectionLeftAlone()
{
    if (!clipboard()->supportsSelection())
        QSKIP("This platform has no selection clipboard (offscreen never has one)");
    clipboard()->setText("highlighted", QClipboard::Selection);
    ClipboardGuard guard;
    guard.copy(secret);
    QCOMPARE(clipboard()->text(QClipboard::Selection), QString("highlighted"));
    guard.clearNow();
    QCOMPARE(clipboard()->text(QClipboard::Selection), QString("highlighted"));
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
