// parseExpiration: every date form the API may send, always returned in UTC; and whether a
// credential is already dead in the gateway's time (its Date header).
#include "responseparser.h"

#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;

class TestExpiration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void judgesExpiry_data();
    void judgesExpiry();
};

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

} // namespace

void TestExpiration::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be refused

    const QDateTime noon = utc(2026, 11, 28, 12, 0, 0);
    QTest::newRow("ISO Z") << QStringLiteral("2026-11-28T12:00:00Z") << noon;
    QTest::newRow("ISO Z millis") << QStringLiteral("2026-11-28T12:00:00.250Z")
                                  << utc(2026, 11, 28, 12, 0, 0, 250);
    QTest::newRow("ISO Z micros") << QStringLiteral("2026-11-28T12:00:00.250000Z")
                                  << utc(2026, 11, 28, 12, 0, 0, 250);
    QTest::newRow("ISO +08:00") << QStringLiteral("2026-11-28T20:00:00+08:00") << noon;
    QTest::newRow("ISO -05:00") << QStringLiteral("2026-11-28T07:00:00-05:00") << noon;
    QTest::newRow("ISO +0800") << QStringLiteral("2026-11-28T20:00:00+0800") << noon;
    QTest::newRow("ISO no seconds") << QStringLiteral("2026-11-28T12:00Z") << noon;
    QTest::newRow("ISO no zone is UTC") << QStringLiteral("2026-11-28T12:00:00") << noon;
    QTest::newRow("TOP format is GMT+8") << QStringLiteral("2026-11-28 20:00:00") << noon;
    QTest::newRow("TOP format day boundary")
        << QStringLiteral("2026-11-29 03:00:00") << utc(2026, 11, 28, 19, 0, 0);
    QTest::newRow("padded") << QStringLiteral("  2026-11-28T12:00:00Z\n") << noon;
    QTest::newRow("epoch seconds") << QStringLiteral("1795867200") << noon;
    QTest::newRow("epoch seconds 11 digits")
        << QStringLiteral("10000000000")
        << QDateTime::fromSecsSinceEpoch(10000000000LL, QTimeZone::utc());
    QTest::newRow("epoch millis") << QStringLiteral("1795867200000") << noon;
    QTest::newRow("epoch millis 12 digits")
        << QStringLiteral("100000000000")
        << QDateTime::fromMSecsSinceEpoch(100000000000LL, QTimeZone::utc());
    QTest::newRow("epoch zero") << QStringLiteral("0") << utc(1970, 1, 1, 0, 0, 0);

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("white space") << QStringLiteral("   ") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("soon") << QDateTime();
    QTest::newRow("month 13 day 45") << QStringLiteral("2026-13-45T12:00:00Z") << QDateTime();
    QTest::newRow("TOP month 13 day 45") << QStringLiteral("2026-13-45 12:00:00") << QDateTime();
    QTest::newRow("negative") << QStringLiteral("-1795867200") << QDateTime();
    QTest::newRow("14 digits") << QStringLiteral("17958672000000") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2026-11-28") << QDateTime();
    QTest::newRow("fraction of a number") << QStringLiteral("1795867200.5") << QDateTime();
    QTest::newRow("trailing junk") << QStringLiteral("2026-11-28T12:00:00Zjunk") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2026-11-28T25:00:00Z") << QDateTime();
}

void TestExpiration::parses()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime actual = parseExpiration(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void TestExpiration::judgesExpiry_data()
{
    QTest::addColumn<QByteArray>("dateHeader");
    QTest::addColumn<QDateTime>("expiration");
    QTest::addColumn<qint64>("expiredFor"); // -1: still valid

    const QDateTime noon = utc(2026, 11, 28, 12, 0, 0);
    const QByteArray header = "Sat, 28 Nov 2026 12:00:00 GMT";
    QTest::newRow("an hour left") << header << noon.addSecs(3600) << qint64(-1);
    QTest::newRow("one second left") << header << noon.addSecs(1) << qint64(-1);
    QTest::newRow("expires this second") << header << noon << qint64(0);
    QTest::newRow("an hour ago") << header << noon.addSecs(-3600) << qint64(3600);
    QTest::newRow("unreadable expiry grants nothing") << header << QDateTime() << qint64(0);
    QTest::newRow("header with spaces around")
        << QByteArray("  ") + header + "  " << noon.addSecs(-5) << qint64(5);
}

void TestExpiration::judgesExpiry()
{
    QFETCH(QByteArray, dateHeader);
    QFETCH(QDateTime, expiration);
    QFETCH(qint64, expiredFor);
    const QDateTime gatewayNow = parseHttpDate(dateHeader);
    QCOMPARE(gatewayNow, utc(2026, 11, 28, 12, 0, 0));
    const std::optional<qint64> dead = secondsExpired(expiration, gatewayNow);
    QCOMPARE(dead.value_or(-1), expiredFor);
    // Not an HTTP date: no gateway time, so nothing is judged against it.
    QVERIFY(!parseHttpDate("tomorrow").isValid());
    QVERIFY(!parseHttpDate("2026-11-28T12:00:00Z").isValid());
    if (expiration.isValid())
        QVERIFY(!secondsExpired(expiration, QDateTime()));
}

QTEST_GUILESS_MAIN(TestExpiration)
#include "tst_expiration.moc"
