// countdownAt and formatSecondsLeft: phases, rounding, text and the lifetime fraction.
#include "countdown.h"

#include <QTest>
#include <QTimeZone>

using namespace TokenDesk;
using Phase = CountdownState::Phase;

Q_DECLARE_METATYPE(TokenDesk::CountdownState::Phase)

class TestCountdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countdown_data();
    void countdown();
    void formatSecondsLeft_data();
    void formatSecondsLeft();
    void fractionStaysInBounds_data();
    void fractionStaysInBounds();
    void warningThresholdIsAParameter();
};

namespace {

const QDateTime Issued(QDate(2026, 11, 28), QTime(11, 0), QTimeZone::utc());
const QDateTime Expiry = Issued.addSecs(3600);

} // namespace

void TestCountdown::countdown_data()
{
    QTest::addColumn<QDateTime>("issued");
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");

    QTest::newRow("just issued") << Issued << Expiry << Issued << Phase::Normal << qint64(3600)
                                 << "1:00:00" << 1.0;
    QTest::newRow("normal") << Issued << Expiry << Issued.addSecs(600) << Phase::Normal
                            << qint64(3000) << "0:50:00" << 3000.0 / 3600.0;
    QTest::newRow("one second above the threshold")
        << Issued << Expiry << Expiry.addSecs(-301) << Phase::Normal << qint64(301) << "0:05:01"
        << 301.0 / 3600.0;
    QTest::newRow("warning exactly at the threshold")
        << Issued << Expiry << Expiry.addSecs(-300) << Phase::Warning << qint64(300) << "0:05:00"
        << 300.0 / 3600.0;
    QTest::newRow("warning 299.5 s rounds up")
        << Issued << Expiry << Expiry.addMSecs(-299500) << Phase::Warning << qint64(300)
        << "0:05:00" << 299.5 / 3600.0;
    QTest::newRow("0.4 s left rounds up, not expired")
        << Issued << Expiry << Expiry.addMSecs(-400) << Phase::Warning << qint64(1) << "0:00:01"
        << 0.4 / 3600.0;
    QTest::newRow("exactly at expiry")
        << Issued << Expiry << Expiry << Phase::Expired << qint64(0) << "0:00:00" << 0.0;
    QTest::newRow("long expired") << Issued << Expiry << Expiry.addDays(3) << Phase::Expired
                                  << qint64(0) << "0:00:00" << 0.0;
    QTest::newRow("hours beyond a day")
        << Issued << Issued.addSecs(100 * 3600 + 61) << Issued << Phase::Normal
        << qint64(100 * 3600 + 61) << "100:01:01" << 1.0;
    QTest::newRow("invalid expiry is unknown")
        << Issued << QDateTime() << Issued << Phase::Unknown << qint64(0) << "\u2013" << 0.0;
    QTest::newRow("invalid now is unknown")
        << Issued << Expiry << QDateTime() << Phase::Unknown << qint64(0) << "\u2013" << 0.0;
    QTest::newRow("issued after expiry, time left: full")
        << Expiry.addSecs(10) << Expiry << Expiry.addSecs(-3000) << Phase::Normal << qint64(3000)
        << "0:50:00" << 1.0;
    QTest::newRow("issued after expiry, expired: empty")
        << Expiry.addSecs(10) << Expiry << Expiry.addSecs(5) << Phase::Expired << qint64(0)
        << "0:00:00" << 0.0;
    QTest::newRow("issued unknown, time left: full")
        << QDateTime() << Expiry << Expiry.addSecs(-60) << Phase::Warning << qint64(60) << "0:01:00"
        << 1.0;
    QTest::newRow("clock before issue: clamped to full")
        << Issued << Expiry << Issued.addSecs(-600) << Phase::Normal << qint64(4200) << "1:10:00"
        << 1.0;
    QTest::newRow("other time zone, same instant")
        << Issued << Expiry.toTimeZone(QTimeZone("Asia/Shanghai")) << Issued.addSecs(1800)
        << Phase::Normal << qint64(1800) << "0:30:00" << 0.5;
}

void TestCountdown::countdown()
{
    QFETCH(QDateTime, issued);
    QFETCH(QDateTime, expiry);
    QFETCH(QDateTime, now);
    QFETCH(Phase, phase);
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, text);
    QFETCH(double, fraction);

    const CountdownState state = countdownAt(issued, expiry, now, std::chrono::minutes(5));
    QCOMPARE(state.phase, phase);
    QCOMPARE(state.secondsLeft, secondsLeft);
    QCOMPARE(state.text, text);
    QVERIFY2(qAbs(state.fractionLeft - fraction) < 1e-9,
             qPrintable(QString::number(state.fractionLeft, 'g', 17)));
}

void TestCountdown::formatSecondsLeft_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << "0:00:00";
    QTest::newRow("negative is zero") << qint64(-5) << "0:00:00";
    QTest::newRow("seconds") << qint64(59) << "0:00:59";
    QTest::newRow("a minute") << qint64(60) << "0:01:00";
    QTest::newRow("just under an hour") << qint64(3599) << "0:59:59";
    QTest::newRow("an hour") << qint64(3600) << "1:00:00";
    QTest::newRow("a day") << qint64(86400) << "24:00:00";
    QTest::newRow("a thousand hours") << qint64(1000 * 3600 + 3599) << "1000:59:59";
}

void TestCountdown::formatSecondsLeft()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TokenDesk::formatSecondsLeft(seconds), text);
}

void TestCountdown::fractionStaysInBounds_data()
{
    QTest::addColumn<QDateTime>("issued");
    QTest::addColumn<QDateTime>("expiry");

    QTest::newRow("an hour") << Issued << Expiry;
    QTest::newRow("one millisecond") << Issued << Issued.addMSecs(1);
    QTest::newRow("zero lifetime") << Issued << Issued;
    QTest::newRow("negative lifetime") << Expiry << Issued;
    QTest::newRow("unknown issue") << QDateTime() << Expiry;
}

void TestCountdown::fractionStaysInBounds()
{
    QFETCH(QDateTime, issued);
    QFETCH(QDateTime, expiry);

    double previous = 2.0;
    for (qint64 offset = -7200; offset <= 7200; offset += 97) {
        const QDateTime now = Issued.addSecs(offset);
        const CountdownState state = countdownAt(issued, expiry, now);
        QVERIFY2(state.fractionLeft >= 0.0 && state.fractionLeft <= 1.0,
                 qPrintable(QString::number(offset)));
        QVERIFY2(state.fractionLeft <= previous, "the bar never grows as time passes");
        previous = state.fractionLeft;
        QCOMPARE(state.phase == Phase::Expired, now >= expiry);
        if (state.phase == Phase::Expired)
            QCOMPARE(state.fractionLeft, 0.0);
    }
}

void TestCountdown::warningThresholdIsAParameter()
{
    const QDateTime now = Expiry.addSecs(-90);
    QCOMPARE(countdownAt(Issued, Expiry, now, std::chrono::seconds(60)).phase, Phase::Normal);
    QCOMPARE(countdownAt(Issued, Expiry, now, std::chrono::seconds(90)).phase, Phase::Warning);
    QCOMPARE(countdownAt(Issued, Expiry, now, std::chrono::seconds(0)).phase, Phase::Normal);
    QCOMPARE(countdownAt(Issued, Expiry, now).phase, Phase::Warning); // default 5 min
}

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
