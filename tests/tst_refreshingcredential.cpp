// Tests of RefreshingCredential: the refresh margin, one upstream fetch for requests that arrive
// together, a failed refresh that never replaces a working credential, and the failure hold.
// Time is a hand-moved clock; the source is a CallbackCredentialSource the test answers.
#include "refreshingcredential.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>
#include <vector>

using namespace TokenDesk;
using Outcome = RefreshingCredential::Outcome;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
constexpr int WaitMs = 5000;

TokenResponse credential(const QString &id, const QDateTime &expiration)
{
    TokenResponse response;
    response.credential.accessKeyId = id;
    response.credential.accessKeySecret = QStringLiteral("secret-of-") + id;
    response.credential.securityToken = QStringLiteral("token-of-") + id;
    response.credential.expiration = expiration;
    response.credential.expirationText = expiration.toString(Qt::ISODate);
    return response;
}

FetchError gatewayDown()
{
    FetchError error;
    error.kind = FetchError::Kind::Network;
    error.message = QStringLiteral("Connection refused by the gateway.");
    return error;
}

} // namespace

class TestRefreshingCredential : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    int m_starts = 0; // how often the source was asked to fetch
    std::unique_ptr<CallbackCredentialSource> m_source;
    std::unique_ptr<RefreshingCredential> m_credential;
    std::vector<Outcome> m_outcomes;

    // obtain(), keeping what it answers in m_outcomes.
    void obtain()
    {
        m_credential->obtain([this](const Outcome &outcome) { m_outcomes.push_back(outcome); });
    }
    // The source's start() runs queued, after fetch() has returned.
    bool waitForStarts(int count)
    {
        return QTest::qWaitFor([&] { return m_starts >= count && m_source->isPending(); }, WaitMs);
    }
    QString heldId() const
    {
        return m_credential->held() ? m_credential->held()->credential.accessKeyId : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_now = T0;
        m_starts = 0;
        m_outcomes.clear();
        m_source = std::make_unique<CallbackCredentialSource>([this] { ++m_starts; });
        m_credential = std::make_unique<RefreshingCredential>(m_source.get());
        m_credential->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_credential.reset();
        m_source.reset();
    }

    void margin_data()
    {
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<std::optional<qint64>>("configured");
        QTest::addColumn<qint64>("expected");
        const std::optional<qint64> none;
        QTest::newRow("hour: 300 s") << qint64(3600) << none << qint64(300);
        QTest::newRow("ten minutes: 300 s") << qint64(600) << none << qint64(300);
        QTest::newRow("just under ten minutes: half") << qint64(599) << none << qint64(299);
        QTest::newRow("20 s: half") << qint64(20) << none << qint64(10);
        QTest::newRow("odd: rounds down") << qint64(21) << none << qint64(10);
        QTest::newRow("1 s: 0") << qint64(1) << none << qint64(0);
        QTest::newRow("zero lifetime") << qint64(0) << none << qint64(0);
        QTest::newRow("negative lifetime") << qint64(-40) << none << qint64(0);
        QTest::newRow("a day: 300 s") << qint64(86400) << none << qint64(300);
        QTest::newRow("configured wins") << qint64(3600) << std::optional<qint64>(60) << qint64(60);
        QTest::newRow("configured above lifetime")
            << qint64(20) << std::optional<qint64>(100) << qint64(100);
        QTest::newRow("configured zero") << qint64(3600) << std::optional<qint64>(0) << qint64(0);
        QTest::newRow("configured negative")
            << qint64(20) << std::optional<qint64>(-3) << qint64(0);
    }
    void margin()
    {
        QFETCH(qint64, lifetime);
        QFETCH(std::optional<qint64>, configured);
        QFETCH(qint64, expected);
        QCOMPARE(refreshMarginSeconds(lifetime, configured), expected);
    }

    // When a request starts a fetch: once no more than the margin is left.
    void refreshStartsAtMargin_data()
    {
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<std::optional<qint64>>("configured");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<bool>("fetches");
        const std::optional<qint64> none;
        QTest::newRow("hour, 301 s left") << qint64(3600) << none << qint64(3299) << false;
        QTest::newRow("hour, 300 s left") << qint64(3600) << none << qint64(3300) << true;
        QTest::newRow("20 s, 11 s left") << qint64(20) << none << qint64(9) << false;
        QTest::newRow("20 s, 10 s left") << qint64(20) << none << qint64(10) << true;
        QTest::newRow("20 s, just fetched") << qint64(20) << none << qint64(0) << false;
        QTest::newRow("configured 60, 61 s left")
            << qint64(3600) << std::optional<qint64>(60) << qint64(3539) << false;
        QTest::newRow("configured 60, 60 s left")
            << qint64(3600) << std::optional<qint64>(60) << qint64(3540) << true;
        QTest::newRow("expired") << qint64(20) << none << qint64(30) << true;
    }
    void refreshStartsAtMargin()
    {
        QFETCH(qint64, lifetime);
        QFETCH(std::optional<qint64>, configured);
        QFETCH(qint64, elapsed);
        QFETCH(bool, fetches);
        m_credential->setRefreshMargin(configured);
        m_credential->hold(credential("held", T0.addSecs(lifetime)), 0);
        m_now = T0.addSecs(elapsed);
        obtain();
        QCOMPARE(m_credential->upstreamFetches(), fetches ? 1 : 0);
        QCOMPARE(m_credential->isRefreshing(), fetches);
        if (!fetches) {
            // A fresh credential is answered at once, from the callback inside obtain().
            QCOMPARE(m_outcomes.size(), size_t(1));
            QVERIFY(m_outcomes[0].ok());
            QCOMPARE(m_outcomes[0].response->credential.accessKeyId, "held");
            QTest::qWait(0); // a queued start, if any, would run here
            QCOMPARE(m_starts, 0);
        } else {
            QVERIFY(waitForStarts(1));
        }
    }

    void freshCredentialNeedsNoFetch()
    {
        m_credential->hold(credential("held", T0.addSecs(3600)), 0);
        for (int i = 0; i < 5; ++i)
            obtain();
        QCOMPARE(m_outcomes.size(), size_t(5));
        for (const Outcome &outcome : m_outcomes) {
            QVERIFY(outcome.ok());
            QCOMPARE(outcome.response->credential.accessKeyId, "held");
            QCOMPARE(outcome.response->credential.accessKeySecret, "secret-of-held");
        }
        QCOMPARE(m_credential->upstreamFetches(), 0);
        QCOMPARE(m_credential->secondsLeft(), 3600);
    }

    // The gateway's clock may run ahead: expiry and margin are judged in gateway time.
    void gatewayClockOffsetCounts()
    {
        // Gateway 600 s ahead; the credential runs out 100 s from the gateway's now.
        m_credential->hold(credential("held", T0.addSecs(600 + 100)), 600);
        QCOMPARE(m_credential->secondsLeft(), 100);
        m_now = T0.addSecs(49);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(1)); // 51 s left of 100: fresh
        QCOMPARE(m_outcomes[0].gatewayClockOffset, 600);
        m_now = T0.addSecs(50);
        obtain();
        QCOMPARE(m_credential->upstreamFetches(), 1);
    }

    void concurrentRequestsShareOneFetch_data()
    {
        QTest::addColumn<bool>("heldBefore");
        QTest::newRow("in the margin") << true;
        QTest::newRow("nothing held yet") << false;
    }
    void concurrentRequestsShareOneFetch()
    {
        QFETCH(bool, heldBefore);
        if (heldBefore) {
            m_credential->hold(credential("old", T0.addSecs(3600)), 0);
            m_now = T0.addSecs(3400); // 200 s left, inside the 300 s margin
        }
        QSignalSpy refreshed(m_credential.get(), &RefreshingCredential::refreshed);
        constexpr int N = 16;
        for (int i = 0; i < N; ++i)
            obtain();
        QVERIFY(waitForStarts(1));
        // The first refresh is waited for: nobody has an answer until it ends.
        QCOMPARE(m_outcomes.size(), size_t(0));
        QVERIFY(m_credential->isRefreshing());
        for (int i = 0; i < N; ++i)
            obtain(); // more arrive while it is under way
        QTest::qWait(0);
        QCOMPARE(m_starts, 1);

        m_source->deliver(credential("new", m_now.addSecs(3600)), 0);
        QCOMPARE(m_outcomes.size(), size_t(2 * N));
        for (const Outcome &outcome : m_outcomes) {
            QVERIFY(outcome.ok());
            QCOMPARE(outcome.response->credential.accessKeyId, "new");
        }
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(m_credential->upstreamFetches(), 1);
        QCOMPARE(m_starts, 1);
        QCOMPARE(heldId(), "new");
        QVERIFY(!m_credential->isRefreshing());

        // The new credential is fresh: the next request costs nothing.
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(2 * N + 1));
        QCOMPARE(m_credential->upstreamFetches(), 1);
    }

    void failedRefreshKeepsHeldCredential()
    {
        m_credential->hold(credential("old", T0.addSecs(3600)), 0);
        m_now = T0.addSecs(3400);
        QSignalSpy failed(m_credential.get(), &RefreshingCredential::refreshFailed);
        QSignalSpy refreshed(m_credential.get(), &RefreshingCredential::refreshed);
        for (int i = 0; i < 4; ++i)
            obtain();
        QVERIFY(waitForStarts(1));
        m_source->fail(gatewayDown());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(m_outcomes.size(), size_t(4));
        for (const Outcome &outcome : m_outcomes) {
            QVERIFY(outcome.ok());
            QCOMPARE(outcome.response->credential.accessKeyId, "old");
        }
        QCOMPARE(heldId(), "old");

        // Inside the failure hold: answered at once with the held credential, no new fetch.
        m_now = m_now.addSecs(RefreshingCredential::FailureHoldSeconds - 1);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(5));
        QCOMPARE(m_outcomes.back().response->credential.accessKeyId, "old");
        QCOMPARE(m_credential->upstreamFetches(), 1);

        // After it: still answered at once (no client waits on a gateway that is down), and a
        // refresh is tried again behind the answer.
        m_now = m_now.addSecs(1);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(6));
        QCOMPARE(m_outcomes.back().response->credential.accessKeyId, "old");
        QCOMPARE(m_credential->upstreamFetches(), 2);
        QVERIFY(waitForStarts(2));
        // A request during that retry does not start a third fetch.
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(7));
        QCOMPARE(m_credential->upstreamFetches(), 2);

        // The retry succeeds: the new credential replaces the old one.
        m_source->deliver(credential("new", m_now.addSecs(3600)), 0);
        QCOMPARE(heldId(), "new");
        obtain();
        QCOMPARE(m_outcomes.back().response->credential.accessKeyId, "new");
    }

    void expiredAndFailedGivesError()
    {
        m_credential->hold(credential("old", T0.addSecs(20)), 0);
        m_now = T0.addSecs(25); // expired
        obtain();
        QVERIFY(waitForStarts(1));
        QCOMPARE(m_outcomes.size(), size_t(0)); // an expired credential is never served
        FetchError error = gatewayDown();
        error.message = QStringLiteral("The gateway is unreachable: connection refused.");
        m_source->fail(error);
        QCOMPARE(m_outcomes.size(), size_t(1));
        QVERIFY(!m_outcomes[0].ok());
        QVERIFY(!m_outcomes[0].response);
        QCOMPARE(m_outcomes[0].error.kind, FetchError::Kind::Network);
        QCOMPARE(m_outcomes[0].error.message, error.message);
        QVERIFY(m_credential->secondsLeft() <= 0);
    }

    // The credential runs out while a refresh that has already failed is being held on to.
    void heldCredentialExpiresAfterFailure()
    {
        m_credential->hold(credential("old", T0.addSecs(20)), 0);
        m_now = T0.addSecs(15);
        obtain();
        QVERIFY(waitForStarts(1));
        m_source->fail(gatewayDown());
        QCOMPARE(m_outcomes.size(), size_t(1));
        QVERIFY(m_outcomes[0].ok()); // 5 s left
        m_now = T0.addSecs(20);      // none left, inside the failure hold
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(2));
        QVERIFY(!m_outcomes[1].ok());
        QCOMPARE(m_outcomes[1].error.message, gatewayDown().message);
        QCOMPARE(m_credential->upstreamFetches(), 1);
    }

    void failureHoldWindow()
    {
        // Nothing held: the first request waits for the fetch, which fails.
        obtain();
        QVERIFY(waitForStarts(1));
        m_source->fail(gatewayDown());
        QCOMPARE(m_outcomes.size(), size_t(1));
        QVERIFY(!m_outcomes[0].ok());

        // A client polling in a loop gets the same failure without reaching the gateway.
        for (qint64 at : {qint64(0), qint64(1), RefreshingCredential::FailureHoldSeconds - 1}) {
            m_now = T0.addSecs(at);
            obtain();
            QCOMPARE(m_outcomes.back().error.message, gatewayDown().message);
        }
        QCOMPARE(m_outcomes.size(), size_t(4));
        QCOMPARE(m_credential->upstreamFetches(), 1);
        QTest::qWait(0);
        QCOMPARE(m_starts, 1);

        // Once the hold is over, the next request asks again, and waits for the answer.
        m_now = T0.addSecs(RefreshingCredential::FailureHoldSeconds);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(4));
        QCOMPARE(m_credential->upstreamFetches(), 2);
        QVERIFY(waitForStarts(2));
        m_source->deliver(credential("late", m_now.addSecs(3600)), 0);
        QCOMPARE(m_outcomes.size(), size_t(5));
        QVERIFY(m_outcomes.back().ok());
        QCOMPARE(m_outcomes.back().response->credential.accessKeyId, "late");
    }

    void noCredentialYetSaysSo()
    {
        // Never fetched and never failed: a request starts a fetch rather than failing.
        QVERIFY(!m_credential->hasCredential());
        QCOMPARE(m_credential->secondsLeft(), 0);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(0));
        QCOMPARE(m_credential->upstreamFetches(), 1);
    }

    void unusableRefreshIsRefused_data()
    {
        QTest::addColumn<QDateTime>("expiration"); // relative to the moment it arrives
        QTest::addColumn<bool>("heldBefore");
        const QDateTime at = T0.addSecs(3400);
        QTest::newRow("already expired, old held") << at.addSecs(-1) << true;
        QTest::newRow("expires this second, old held") << at << true;
        QTest::newRow("undated, old held") << QDateTime() << true;
        QTest::newRow("already expired, nothing held") << at.addSecs(-1) << false;
        QTest::newRow("undated, nothing held") << QDateTime() << false;
    }
    void unusableRefreshIsRefused()
    {
        QFETCH(QDateTime, expiration);
        QFETCH(bool, heldBefore);
        if (heldBefore)
            m_credential->hold(credential("old", T0.addSecs(3600)), 0);
        m_now = T0.addSecs(3400);
        QSignalSpy failed(m_credential.get(), &RefreshingCredential::refreshFailed);
        QSignalSpy refreshed(m_credential.get(), &RefreshingCredential::refreshed);
        obtain();
        QVERIFY(waitForStarts(1));
        m_source->deliver(credential("broken", expiration), 0);

        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<FetchError>().kind, FetchError::Kind::Malformed);
        QCOMPARE(m_outcomes.size(), size_t(1));
        if (heldBefore) {
            QVERIFY(m_outcomes[0].ok());
            QCOMPARE(m_outcomes[0].response->credential.accessKeyId, "old");
            QCOMPARE(heldId(), "old");
        } else {
            QVERIFY(!m_outcomes[0].ok());
            QCOMPARE(m_outcomes[0].error.kind, FetchError::Kind::Malformed);
            QVERIFY(!m_credential->hasCredential());
        }
    }

    // hold() from outside (the window's own fetch) clears a remembered failure.
    void holdClearsFailure()
    {
        obtain();
        QVERIFY(waitForStarts(1));
        m_source->fail(gatewayDown());
        m_credential->hold(credential("manual", T0.addSecs(3600)), 0);
        obtain();
        QCOMPARE(m_outcomes.size(), size_t(2));
        QVERIFY(m_outcomes.back().ok());
        QCOMPARE(m_outcomes.back().response->credential.accessKeyId, "manual");
    }
};

QTEST_GUILESS_MAIN(TestRefreshingCredential)
#include "tst_refreshingcredential.moc"
