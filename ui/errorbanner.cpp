// The error banner.
#include "errorbanner.h"

#include "accessibility.h"
#include "fetcherror.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {

// `icon` as a silhouette in `colour`: the styles' close icon is black, which vanishes on a dark
// banner.
QIcon silhouette(const QIcon &icon, const QColor &colour, const QSize &size, qreal ratio)
{
    QPixmap pixmap = icon.pixmap(size, ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(), pixmap.size()), colour);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

QString fetchErrorDetails(const FetchError &error)
{
    QStringList lines;
    auto add = [&lines](const char *name, const QString &value) {
        if (!value.isEmpty())
            lines << QLatin1String(name) + QLatin1String(": ") + value;
    };
    add("code", error.gateway.code);
    add("msg", error.gateway.msg);
    add("sub_code", error.gateway.subCode);
    add("sub_msg", error.gateway.subMsg);
    add("request_id", error.gateway.requestId);
    add("resp_code", error.refusal.respCode);
    add("message", error.refusal.message);
    add("resp_request_id", error.refusal.respRequestId);
    if (error.kind == FetchError::Kind::Refused)
        add("request_id", error.refusal.requestId);
    if (error.httpStatus)
        add("http_status", QString::number(error.httpStatus));
    if (error.attempts)
        add("attempts", QString::number(error.attempts));
    return lines.join(QLatin1Char('\n'));
}

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_copyDetailsButton(new QPushButton(tr("&Copy details"), this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));
    // An alert, so that a screen reader announces the message when the banner appears.
    exposeAsAlert(this);

    m_messageLabel->setObjectName(QStringLiteral("errorMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    m_messageLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAccessibleName(tr("Show technical details"));

    m_copyDetailsButton->setObjectName(QStringLiteral("copyErrorDetailsButton"));
    m_copyDetailsButton->setAccessibleName(tr("Copy the error and its details"));

    m_closeButton->setObjectName(QStringLiteral("dismissErrorButton"));
    // The icon is set in showMessage(): the first standardIcon() reads the icon theme, about
    // 10 ms that a window starting with no error should not spend.
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss the error"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_iconLabel, 0, Qt::AlignTop);
    top->addWidget(m_messageLabel, 1);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyDetailsButton);
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(top);
    m_layout->addLayout(buttons);
    // The details view is made with the first message that has details (detailsView()).

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        if (on || m_detailsView)
            detailsView()->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copyDetailsButton, &QPushButton::clicked, this, [this] {
        // Details hold no secret (the core never puts one in an error), so the plain
        // clipboard is right here; credentials go through the ClipboardGuard.
        QString text = message();
        if (!details().isEmpty())
            text += QLatin1Char('\n') + details();
        QApplication::clipboard()->setText(text);
    });
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    setVisible(false);
}

void ErrorBanner::showMessage(const QString &message, const QString &details, Severity severity)
{
    m_severity = severity;
    m_messageLabel->setText(message);
    m_details = details;
    if (!details.isEmpty() || m_detailsView)
        detailsView()->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_copyDetailsButton->setVisible(!details.isEmpty());
    const QStyle::StandardPixmap icon = severity == Severity::Error ? QStyle::SP_MessageBoxCritical
        : severity == Severity::Warning                             ? QStyle::SP_MessageBoxWarning
                                        : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    applyPalette();
    setVisible(true);
    setAccessibleDescription(message);
}

void ErrorBanner::showFetchError(const FetchError &error)
{
    const Severity severity =
        error.kind == FetchError::Kind::Cancelled ? Severity::Information : Severity::Error;
    showMessage(error.message, fetchErrorDetails(error), severity);
}

void ErrorBanner::dismiss()
{
    if (!isVisible())
        return;
    setVisible(false);
    Q_EMIT dismissed();
}

QString ErrorBanner::message() const
{
    return m_messageLabel->text();
}

QString ErrorBanner::details() const
{
    return m_details;
}

QPlainTextEdit *ErrorBanner::detailsView()
{
    // Made on first use: a window that starts with no error spends nothing on a text view, a
    // text document and a monospaced font it may never show.
    if (!m_detailsView) {
        m_detailsView = new QPlainTextEdit(this);
        m_detailsView->setObjectName(QStringLiteral("errorDetailsView"));
        m_detailsView->setReadOnly(true);
        m_detailsView->setVisible(false);
        m_detailsView->setMaximumHeight(fontMetrics().lineSpacing() * 8);
        m_detailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_detailsView->setAccessibleName(tr("Technical details"));
        m_layout->addWidget(m_detailsView);
    }
    return m_detailsView;
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setPalette() also lands here; only a change from outside (a theme switch, which
    // arrives as a PaletteChange from the parent or from the application) needs a redo.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && !m_applyingPalette)
        applyPalette();
}

void ErrorBanner::applyPalette()
{
    // A tint of the theme's own colours rather than fixed ones, so the banner reads on a dark
    // theme as well as a light one. The theme is what the parent has (our own palette holds
    // the last tint), so a palette set on the window reaches the banner as well.
    const QPalette theme = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const BannerColours colours = bannerColours(m_severity, theme);
    // Only the two roles are ours; the rest stays inherited, so the next theme switch still
    // arrives here as a PaletteChange.
    QPalette p;
    p.setColor(QPalette::Window, colours.background);
    p.setColor(QPalette::WindowText, colours.text);
    m_applyingPalette = true;
    setPalette(p);
    m_applyingPalette = false;
    // Once a message has been shown (showMessage() sets the first icon), in the text's colour.
    if (!m_closeButton->icon().isNull())
        m_closeButton->setIcon(silhouette(style()->standardIcon(QStyle::SP_DialogCloseButton),
                                          colours.text, m_closeButton->iconSize(),
                                          devicePixelRatioF()));
}

} // namespace TokenDesk
