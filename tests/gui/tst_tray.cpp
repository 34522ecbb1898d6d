// The tray icon through a real session bus, on a real X display (Xvfb): a StatusNotifierWatcher
// stands in for the desktop's tray (org.kde.StatusNotifierWatcher, as KDE, GNOME with the
// AppIndicator extension, and most panels provide it). The icon registers with it only after the
// window's first frame, because asking whether there is a tray blocks on the bus
// (docs/architecture.md); a window that is never painted still gets it, a second later. Run by
// CTest under xvfb-run, inside packaging/with-test-keyring.sh's private session bus.
#include "credentialtray.h"
#include "windowtestservices.h"

#include <QApplication>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace TokenDesk;

// The desktop's side of the StatusNotifierItem protocol, as far as Qt's tray asks it: a host is
// registered, and items register themselves. It answers on a connection and a thread of its own,
// as a panel would from its own process: the window asks it with blocking calls.
class FakeStatusNotifierWatcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    qsizetype itemCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items.size();
    }
    QString firstItem() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items.value(0);
    }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service)
    {
        QMutexLocker lock(&m_mutex);
        m_items.append(service);
    }
    void RegisterStatusNotifierHost(const QString &) { }
    // On the watcher's thread: its own connection to the session bus, and the service name.
    bool publish()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                            QStringLiteral("fake-watcher"));
        return bus.isConnected()
            && bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), this,
                                  QDBusConnection::ExportAllSlots
                                      | QDBusConnection::ExportAllProperties)
            && bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
    }

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run under packaging/with-test-keyring.sh");
        // Before anything asks whether there is a tray: Qt asks once per process.
        m_watcher = new FakeStatusNotifierWatcher;
        m_watcher->moveToThread(&m_watcherThread);
        connect(&m_watcherThread, &QThread::finished, m_watcher, &QObject::deleteLater);
        m_watcherThread.start();
        bool published = false;
        QMetaObject::invokeMethod(
            m_watcher, [&] { published = m_watcher->publish(); }, Qt::BlockingQueuedConnection);
        QVERIFY(published);
    }

    void cleanupTestCase()
    {
        m_watcherThread.quit();
        m_watcherThread.wait();
    }

    void iconRegistersAfterTheFirstFrame()
    {
        TestSupport::WindowTestServices services;
        MainWindow window(services.services());
        auto *tray = window.findChild<CredentialTray *>();
        QVERIFY(tray);
        QVERIFY(!tray->isAvailable());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The icon is put in the tray just after the first frame, and registers on the bus.
        QTRY_VERIFY(tray->isAvailable());
        QTRY_COMPARE(m_watcher->itemCount(), 1);
        // Qt registers the icon under its connection's unique name.
        QVERIFY2(m_watcher->firstItem().startsWith(u':'), qPrintable(m_watcher->firstItem()));
    }

    void aWindowNeverPaintedGetsItsIconAfterASecond()
    {
        const qsizetype before = m_watcher->itemCount();
        TestSupport::WindowTestServices services;
        MainWindow window(services.services()); // never shown
        auto *tray = window.findChild<CredentialTray *>();
        QVERIFY(tray);
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(tray->isAvailable(), 5000);
        QVERIFY2(waited.elapsed() >= 900, "the icon came before the window's fallback second");
        QTRY_COMPARE(m_watcher->itemCount(), before + 1);
    }

private:
    QThread m_watcherThread;
    FakeStatusNotifierWatcher *m_watcher = nullptr;
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
