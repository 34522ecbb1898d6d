// CountdownWidget: h:mm:ss and a lifetime bar, with state in words as well as in colour.
#include "countdownwidget.h"

#include "clock.h"
#include "ui_countdownwidget.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QTimerEvent>

#include <algorithm>

namespace TokenDesk {

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CountdownWidget>())
    , m_clock(SystemClock::instance())
{
    m_ui->setupUi(this);
    // Fixed-width digits, so the text does not jiggle every second.
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        digits.setPointSizeF(font().pointSizeF());
    m_ui->timeLeftLabel->setFont(digits);
    QFont strong = m_ui->stateLabel->font();
    strong.setBold(true);
    m_ui->stateLabel->setFont(strong);
    refresh();
}

CountdownWidget::~CountdownWidget() = default;

void CountdownWidget::setClock(const Clock *clock)
{
    m_clock = clock ? clock : SystemClock::instance();
    refresh();
}

void CountdownWidget::setWarningThreshold(std::chrono::seconds threshold)
{
    m_warning = threshold;
    refresh();
}

void CountdownWidget::setDeadline(const QDateTime &issued, const QDateTime &expiry)
{
    m_issued = issued;
    m_expiry = expiry;
    m_hasDeadline = true;
    refresh();
}

void CountdownWidget::clear()
{
    m_issued = {};
    m_expiry = {};
    m_hasDeadline = false;
    refresh();
}

void CountdownWidget::refresh()
{
    const CountdownState next = countdownAt(m_issued, m_expiry, m_clock->now(), m_warning);
    const bool changed = next.phase != m_state.phase;
    m_state = next;
    render();
    updateTimer();
    if (changed)
        Q_EMIT phaseChanged(m_state.phase);
}

void CountdownWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_onScreen = true;
    refresh(); // catch up on the time spent hidden; starts the timer if there is a deadline
}

void CountdownWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_onScreen = false;
    m_timer.stop();
}

void CountdownWidget::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId()) {
        refresh();
        return;
    }
    QWidget::timerEvent(event);
}

void CountdownWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        render();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        render(); // the attention colours follow the palette
        break;
    default:
        break;
    }
}

void CountdownWidget::updateTimer()
{
    const bool running = m_state.phase == CountdownState::Phase::Normal
        || m_state.phase == CountdownState::Phase::Warning;
    if (!m_onScreen || !running) {
        m_timer.stop();
        return;
    }
    // Wake just after the shown second changes instead of on a free-running 1 s beat, whose
    // phase against the deadline would make the display skip or repeat a second now and then.
    const qint64 msLeft = m_clock->now().msecsTo(m_expiry);
    const qint64 untilNextSecond = msLeft > 0 ? (msLeft - 1) % 1000 + 1 : 1000;
    m_timer.start(static_cast<int>(untilNextSecond) + 5, Qt::PreciseTimer, this);
}

void CountdownWidget::pinTimeLabelSize()
{
    // A label whose size is not fixed asks its parent to lay out again on every setText(), and
    // that relayout repaints the whole tab widget and the line above it: about 250,000 pixels a
    // second instead of the few hundred the digits cover. Fixed, the label repaints itself only.
    // The width fits the widest time of the same number of digits (the font is fixed-width, but
    // a fallback font may not be), so it changes only when the hours gain or lose a digit.
    QString widest = m_state.text;
    for (QChar &c : widest) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    const QFontMetrics metrics = m_ui->timeLeftLabel->fontMetrics();
    const QMargins margins = m_ui->timeLeftLabel->contentsMargins();
    const int width = std::max(metrics.horizontalAdvance(widest),
                               metrics.horizontalAdvance(QStringLiteral("0:00:00")))
        + 2 * m_ui->timeLeftLabel->margin() + margins.left() + margins.right();
    const int height = std::max(m_ui->timeLeftLabel->minimumSizeHint().height(),
                                m_ui->timeLeftLabel->sizeHint().height());
    if (m_ui->timeLeftLabel->minimumSize() != QSize(width, height)
        || m_ui->timeLeftLabel->maximumSize() != QSize(width, height))
        m_ui->timeLeftLabel->setFixedSize(width, height);
}

void CountdownWidget::render()
{
    using Phase = CountdownState::Phase;
    m_ui->timeLeftLabel->setText(m_state.text);
    pinTimeLabelSize();

    QString stateText;
    QString spoken;
    switch (m_state.phase) {
    case Phase::Normal:
        spoken = tr("%1 left").arg(m_state.text);
        break;
    case Phase::Warning:
        stateText = tr("Expires soon");
        spoken = tr("%1 left, expires soon").arg(m_state.text);
        break;
    case Phase::Expired:
        stateText = tr("Expired");
        spoken = stateText;
        break;
    case Phase::Unknown:
        if (m_hasDeadline)
            stateText = tr("Expiry unknown");
        spoken = m_hasDeadline ? stateText : tr("No credential");
        break;
    }
    m_ui->stateLabel->setText(stateText);
    m_ui->stateLabel->setVisible(!stateText.isEmpty());
    if (m_ui->timeLeftLabel->accessibleDescription() != spoken)
        m_ui->timeLeftLabel->setAccessibleDescription(spoken);

    const int value = m_state.phase == Phase::Unknown
        ? 0
        : qBound(0, qRound(m_state.fractionLeft * 1000.0), 1000);
    m_ui->lifetimeBar->setValue(value);
    m_ui->lifetimeBar->setEnabled(m_state.phase != Phase::Unknown);

    const QColor colour = attentionColour(palette(), m_state.phase);
    if (colour == m_attentionColour)
        return; // spares the children a palette change (and a repaint) on every tick
    m_attentionColour = colour;
    // An empty QPalette resolves nothing, so the child inherits ours again in the normal state.
    QPalette textPalette;
    QPalette barPalette;
    if (colour.isValid()) {
        textPalette.setColor(QPalette::WindowText, colour);
        barPalette.setColor(QPalette::Highlight, colour);
    }
    m_ui->timeLeftLabel->setPalette(textPalette);
    m_ui->stateLabel->setPalette(textPalette);
    m_ui->lifetimeBar->setPalette(barPalette);
}

} // namespace TokenDesk
