// CountdownWidget with a hand-moved clock: phases, text, bar, colours and when the timer runs.
#include "clock.h"
#include "countdownwidget.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

using namespace TokenDesk;
using Phase = CountdownState::Phase;

Q_DECLARE_METATYPE(TokenDesk::CountdownState::Phase)

class TestCountdownWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void passesThroughEveryPhase();
    void stateIsInWordsNotOnlyColour();
    void attentionColoursReadOnLightAndDark_data();
    void attentionColoursReadOnLightAndDark();
    void unknownExpiry();
    void clearStopsCounting();
    void ticksOnlyWhileShown();
    void tickUpdatesTheText();
    void catchesUpWhenShownAgain();
    void accessibleNames();
    void aTickDoesNotLayOutAgain();
    void theTimeAlwaysFits();

private:
    QLabel *timeLeft() const { return m_widget->findChild<QLabel *>("timeLeftLabel"); }
    QLabel *stateLabel() const { return m_widget->findChild<QLabel *>("stateLabel"); }
    QProgressBar *bar() const { return m_widget->findChild<QProgressBar *>("lifetimeBar"); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CountdownWidget> m_widget;
};

namespace {

const QDateTime Issued(QDate(2026, 11, 28), QTime(11, 0), QTimeZone::utc());
const QDateTime Expiry = Issued.addSecs(3600);

QPalette paletteWith(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// WCAG contrast ratio between two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

void TestCountdownWidget::init()
{
    m_clock = std::make_unique<ManualClock>(Issued);
    m_widget = std::make_unique<CountdownWidget>();
    m_widget->setClock(m_clock.get());
    m_widget->setWarningThreshold(std::chrono::minutes(5));
}

void TestCountdownWidget::cleanup()
{
    m_widget.reset();
    m_clock.reset();
}

void TestCountdownWidget::startsEmpty()
{
    QCOMPARE(m_widget->state().phase, Phase::Unknown);
    QCOMPARE(timeLeft()->text(), QString("\u2013"));
    QCOMPARE(bar()->value(), 0);
    QCOMPARE(bar()->maximum(), 1000);
    QVERIFY(!m_widget->isTicking());
}

void TestCountdownWidget::passesThroughEveryPhase()
{
    QSignalSpy spy(m_widget.get(), &CountdownWidget::phaseChanged);

    m_widget->setDeadline(Issued, Expiry);
    QCOMPARE(m_widget->state().phase, Phase::Normal);
    QCOMPARE(timeLeft()->text(), QString("1:00:00"));
    QCOMPARE(bar()->value(), 1000);

    m_clock->advance(1800);
    m_widget->refresh();
    QCOMPARE(timeLeft()->text(), QString("0:30:00"));
    QCOMPARE(bar()->value(), 500);
    QCOMPARE(spy.count(), 1); // no phase change inside Normal

    m_clock->set(Expiry.addSecs(-300));
    m_widget->refresh();
    QCOMPARE(m_widget->state().phase, Phase::Warning);
    QCOMPARE(timeLeft()->text(), QString("0:05:00"));
    QCOMPARE(bar()->value(), 83); // 300 / 3600

    m_clock->set(Expiry.addMSecs(-400));
    m_widget->refresh();
    QCOMPARE(m_widget->state().phase, Phase::Warning);
    QCOMPARE(timeLeft()->text(), QString("0:00:01"));
    QCOMPARE(bar()->value(), 0);

    m_clock->set(Expiry);
    m_widget->refresh();
    QCOMPARE(m_widget->state().phase, Phase::Expired);
    QCOMPARE(timeLeft()->text(), QString("0:00:00"));
    QCOMPARE(bar()->value(), 0);

    m_widget->refresh(); // nothing new
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).value<Phase>(), Phase::Normal);
    QCOMPARE(spy.at(1).at(0).value<Phase>(), Phase::Warning);
    QCOMPARE(spy.at(2).at(0).value<Phase>(), Phase::Expired);
}

void TestCountdownWidget::stateIsInWordsNotOnlyColour()
{
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setDeadline(Issued, Expiry);
    QVERIFY(!stateLabel()->isVisible());
    const QColor normal = timeLeft()->palette().color(QPalette::WindowText);

    m_clock->set(Expiry.addSecs(-10));
    m_widget->refresh();
    QVERIFY(stateLabel()->isVisible());
    QCOMPARE(stateLabel()->text(), QString("Expires soon"));
    const QColor warning = timeLeft()->palette().color(QPalette::WindowText);
    QVERIFY(warning != normal);
    QCOMPARE(bar()->palette().color(QPalette::Highlight), warning);
    QVERIFY(timeLeft()->accessibleDescription().contains("expires soon"));

    m_clock->set(Expiry.addSecs(10));
    m_widget->refresh();
    QCOMPARE(stateLabel()->text(), QString("Expired"));
    const QColor expired = timeLeft()->palette().color(QPalette::WindowText);
    QVERIFY(expired != warning);
    QVERIFY(expired != normal);

    // Back to normal: the label inherits the palette again rather than keeping a colour.
    m_widget->setDeadline(m_clock->now(), m_clock->now().addSecs(3600));
    QVERIFY(!stateLabel()->isVisible());
    QCOMPARE(timeLeft()->palette().color(QPalette::WindowText),
             m_widget->palette().color(QPalette::WindowText));
}

void TestCountdownWidget::attentionColoursReadOnLightAndDark_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef) << QColor(0x20, 0x20, 0x20);
    QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(0xee, 0xee, 0xee);
    QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
}

void TestCountdownWidget::attentionColoursReadOnLightAndDark()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    m_widget->setPalette(paletteWith(window, text));
    m_widget->setDeadline(Issued, Expiry);

    for (const qint64 at : {qint64(3590), qint64(3610)}) {
        m_clock->set(Issued.addSecs(at));
        m_widget->refresh();
        const QColor colour = timeLeft()->palette().color(QPalette::WindowText);
        // 4.5:1 is WCAG AA for normal text.
        QVERIFY2(contrast(colour, window) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(colour.name(), window.name())
                                .arg(contrast(colour, window))));
    }
}

void TestCountdownWidget::unknownExpiry()
{
    QSignalSpy spy(m_widget.get(), &CountdownWidget::phaseChanged);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setDeadline(Issued, QDateTime());
    QCOMPARE(m_widget->state().phase, Phase::Unknown);
    QCOMPARE(timeLeft()->text(), QString("\u2013"));
    QCOMPARE(stateLabel()->text(), QString("Expiry unknown"));
    QVERIFY(!bar()->isEnabled());
    QVERIFY(!m_widget->isTicking());
    QCOMPARE(spy.count(), 0);
}

void TestCountdownWidget::clearStopsCounting()
{
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setDeadline(Issued, Expiry);
    QVERIFY(m_widget->isTicking());

    QSignalSpy spy(m_widget.get(), &CountdownWidget::phaseChanged);
    m_widget->clear();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_widget->state().phase, Phase::Unknown);
    QCOMPARE(timeLeft()->text(), QString("\u2013"));
    QVERIFY(stateLabel()->text().isEmpty());
    QCOMPARE(bar()->value(), 0);
    QVERIFY(!m_widget->isTicking());
}

void TestCountdownWidget::ticksOnlyWhileShown()
{
    m_widget->setDeadline(Issued, Expiry);
    QVERIFY(!m_widget->isTicking()); // never shown

    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QVERIFY(m_widget->isTicking());

    m_widget->hide();
    QVERIFY(!m_widget->isTicking());

    // Hidden with its parent too.
    QWidget parent;
    m_widget->setParent(&parent);
    m_widget->show();
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QVERIFY(m_widget->isTicking());
    parent.hide();
    QVERIFY(!m_widget->isTicking());
    parent.show();
    QVERIFY(m_widget->isTicking());

    // Expired: nothing left to count.
    m_clock->set(Expiry.addSecs(1));
    m_widget->refresh();
    QVERIFY(!m_widget->isTicking());

    // A new deadline while shown starts it again.
    m_widget->setDeadline(m_clock->now(), m_clock->now().addSecs(60));
    QVERIFY(m_widget->isTicking());
    m_widget->setParent(nullptr); // the unique_ptr owns it
}

void TestCountdownWidget::tickUpdatesTheText()
{
    m_widget->setDeadline(Issued, Expiry);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QCOMPARE(timeLeft()->text(), QString("1:00:00"));

    // The timer, not the test, reads the moved clock.
    m_clock->advance(61);
    QTRY_COMPARE_WITH_TIMEOUT(timeLeft()->text(), QString("0:58:59"), 3000);
    m_clock->set(Expiry);
    QSignalSpy spy(m_widget.get(), &CountdownWidget::phaseChanged);
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->state().phase, Phase::Expired, 3000);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_widget->isTicking());
}

void TestCountdownWidget::catchesUpWhenShownAgain()
{
    m_widget->setDeadline(Issued, Expiry);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->hide();

    m_clock->set(Expiry.addSecs(-60));
    QCOMPARE(timeLeft()->text(), QString("1:00:00")); // hidden: nothing woke up to look
    m_widget->show();
    QCOMPARE(timeLeft()->text(), QString("0:01:00"));
    QCOMPARE(m_widget->state().phase, Phase::Warning);
}

namespace {

// Counts the layout requests a widget receives: a countdown tick that posts one makes the
// window lay out again and repaint far more than the digits.
class LayoutRequestCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void TestCountdownWidget::aTickDoesNotLayOutAgain()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *countdown = new CountdownWidget(&window);
    countdown->setClock(m_clock.get());
    layout->addWidget(countdown);
    countdown->setDeadline(Issued, Expiry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    LayoutRequestCounter counter;
    countdown->installEventFilter(&counter);
    window.installEventFilter(&counter);
    const QSize before = countdown->findChild<QLabel *>("timeLeftLabel")->size();
    for (int second = 1; second <= 5; ++second) {
        m_clock->advance(1);
        countdown->refresh();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    QCOMPARE(countdown->findChild<QLabel *>("timeLeftLabel")->text(), QString("0:59:55"));
    QCOMPARE(counter.count, 0);
    QCOMPARE(countdown->findChild<QLabel *>("timeLeftLabel")->size(), before);
}

void TestCountdownWidget::theTimeAlwaysFits()
{
    // From "–" through one- and two-digit hours, the label is wide enough for its text.
    const QDateTime farExpiry = Issued.addSecs(30 * 3600);
    m_widget->setDeadline(Issued, farExpiry);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QLabel *label = timeLeft();
    for (const qint64 left :
         {qint64(30 * 3600), qint64(10 * 3600), qint64(9 * 3600 + 3599), qint64(59)}) {
        m_clock->set(farExpiry.addSecs(-left));
        m_widget->refresh();
        QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()),
                 qPrintable(label->text()));
        QCOMPARE(label->minimumWidth(), label->maximumWidth()); // fixed: a tick cannot relayout
    }
    QCOMPARE(label->text(), QString("0:00:59"));
}

void TestCountdownWidget::accessibleNames()
{
    QVERIFY(timeLeft());
    QVERIFY(stateLabel());
    QVERIFY(bar());
    QCOMPARE(timeLeft()->accessibleName(), QString("Time left"));
    QCOMPARE(bar()->accessibleName(), QString("Lifetime left"));
    QVERIFY(!bar()->toolTip().isEmpty());
    QVERIFY(!timeLeft()->toolTip().isEmpty());
}

QTEST_MAIN(TestCountdownWidget)
#include "tst_countdownwidget.moc"
