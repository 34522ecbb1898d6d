// Expiry notifications and auto-refresh with a hand-moved clock.
#include "clock.h"
#include "expirywatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestExpiryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warningThenExpiryOnceEach()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        ExpiryWatcher watcher(&clock);
        QSignalSpy warned(&watcher, &ExpiryWatcher::warningReached);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.watch(clock.now().addSecs(3600));
        clock.advance(3600 - 301);
        watcher.check();
        QCOMPARE(warned.size(), 0);
        clock.advance(2); // 299 s left
        watcher.check();
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.first().first().toLongLong(), 299);
        watcher.check();
        clock.advance(100);
        watcher.check();
        QCOMPARE(warned.size(), 1); // once
        QCOMPARE(expired.size(), 0);
        clock.advance(199);
        watcher.check();
        QCOMPARE(expired.size(), 1);
        clock.advance(60);
        watcher.check();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(warned.size(), 1);
    }

    void alreadyShortCredentialGetsOnlyTheExpiryNotice()
    {
        ManualClock clock;
        ExpiryWatcher watcher(&clock);
        QSignalSpy warned(&watcher, &ExpiryWatcher::warningReached);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.watch(clock.now().addSecs(90));
        QCOMPARE(warned.size(), 0);
        clock.advance(91);
        watcher.check();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(warned.size(), 0);
    }

    void autoRefreshIsOptInAndOnce()
    {
        ManualClock clock;
        ExpiryWatcher watcher(&clock);
        QSignalSpy refresh(&watcher, &ExpiryWatcher::refreshDue);
        watcher.watch(clock.now().addSecs(1800));
        clock.advance(1800 - 120);
        watcher.check();
        QCOMPARE(refresh.size(), 0); // off by default
        watcher.setAutoRefresh(true, 10min);
        QCOMPARE(refresh.size(), 1); // enabling inside the window is due at once
        watcher.check();
        QCOMPARE(refresh.size(), 1);
        // A new credential arms everything again.
        watcher.watch(clock.now().addSecs(3600));
        clock.advance(3600 - 599);
        watcher.check();
        QCOMPARE(refresh.size(), 2);
    }

    void shortLifetimeDoesNotRefreshInALoop()
    {
        ManualClock clock;
        ExpiryWatcher watcher(&clock);
        watcher.setAutoRefresh(true, 10min);
        QSignalSpy refresh(&watcher, &ExpiryWatcher::refreshDue);
        watcher.watch(clock.now().addSecs(300)); // lives 5 min, window is 10
        QCOMPARE(refresh.size(), 0);
        clock.advance(200);
        watcher.check();
        QCOMPARE(refresh.size(), 0);
    }

    void newCredentialResetsAndStopSilences()
    {
        ManualClock clock;
        ExpiryWatcher watcher(&clock);
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.watch(clock.now().addSecs(10));
        watcher.stop();
        clock.advance(20);
        watcher.check();
        QCOMPARE(expired.size(), 0);
        watcher.watch(clock.now().addSecs(-1)); // arrived already expired
        QCOMPARE(expired.size(), 1);
    }

    void realTimerFiresWithoutPolling()
    {
        // The one timer is scheduled for the next due event: here, expiry in 300 ms.
        ExpiryWatcher watcher(SystemClock::instance());
        QSignalSpy expired(&watcher, &ExpiryWatcher::expired);
        watcher.watch(QDateTime::currentDateTimeUtc().addMSecs(300));
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestExpiryWatcher)
#include "tst_expirywatcher.moc"
