// CredentialPanel: the fetched credential, masked where it matters, copied only through the guard.
#include "credentialpanel.h"

#include "clipboardguard.h"
#include "clock.h"
#include "countdownwidget.h"
#include "credentialformatter.h"
#include "servetoolsbox.h"
#include "ui_credentialpanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace TokenDesk {

namespace {

const QString Placeholder = QStringLiteral("\u2013");

QString orPlaceholder(const QString &text)
{
    return text.isEmpty() ? Placeholder : text;
}

bool isSelectionKey(const QKeyEvent *key)
{
    static const QKeySequence::StandardKey selecting[] = {
        QKeySequence::SelectAll,           QKeySequence::SelectNextChar,
        QKeySequence::SelectPreviousChar,  QKeySequence::SelectNextWord,
        QKeySequence::SelectPreviousWord,  QKeySequence::SelectStartOfLine,
        QKeySequence::SelectEndOfLine,     QKeySequence::SelectStartOfBlock,
        QKeySequence::SelectEndOfBlock,    QKeySequence::SelectStartOfDocument,
        QKeySequence::SelectEndOfDocument, QKeySequence::SelectNextLine,
        QKeySequence::SelectPreviousLine,  QKeySequence::SelectNextPage,
        QKeySequence::SelectPreviousPage};
    for (const QKeySequence::StandardKey standard : selecting) {
        if (key->matches(standard))
            return true;
    }
    return false;
}

// Overwrites the characters before letting go of them, so the panel's own copy does not linger
// in freed memory. Shared copies elsewhere (the caller's) are not the panel's to wipe.
void wipe(QString &text)
{
    if (!text.isDetached())
        text = QString(); // another owner still holds it: just drop this reference
    text.fill(QChar(u'\0'));
    text = QString();
}

} // namespace

CredentialPanel::CredentialPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CredentialPanel>())
    , m_remaskTimer(new QTimer(this))
    , m_copyAsMenu(new QMenu(this))
    , m_serveBox(new ServeToolsBox(this))
    , m_clock(SystemClock::instance())
{
    m_ui->setupUi(this);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *edit : {m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->tokenEdit})
        edit->setFont(fixed);
    for (QLineEdit *edit : valueEdits()) {
        // Copies from the fields go through the guard too; see eventFilter().
        edit->installEventFilter(this);
    }
    m_ui->secretEdit->setEchoMode(QLineEdit::Password);
    m_ui->tokenEdit->setEchoMode(QLineEdit::Password);

    m_remaskTimer->setSingleShot(true);
    m_remaskTimer->setInterval(30000);
    connect(m_remaskTimer, &QTimer::timeout, this, [this] {
        setRevealed(true, false);
        setRevealed(false, false);
    });

    m_ui->copyAsButton->setMenu(m_copyAsMenu);
    // Below the values, above Copy as and Clear: it serves what the values show.
    m_serveBox->setObjectName(QStringLiteral("serveToolsBox"));
    m_ui->panelLayout->insertWidget(1, m_serveBox);
    // Tab reaches it where it is read: after the values, before Copy as and Clear.
    QWidget *previous = m_ui->copyInternalEndpointButton;
    for (QWidget *control : m_serveBox->findChildren<QWidget *>()) {
        if (control->focusPolicy() & Qt::TabFocus) {
            QWidget::setTabOrder(previous, control);
            previous = control;
        }
    }
    connect(m_serveBox, &ServeToolsBox::copyRequested, this, [this](const QString &line) {
        if (m_guard && !line.isEmpty())
            copyValue(line, tr("the credentials URI export line"));
    });

    connect(m_ui->revealSecretButton, &QAbstractButton::toggled, this,
            [this](bool on) { setRevealed(true, on); });
    connect(m_ui->revealTokenButton, &QAbstractButton::toggled, this,
            [this](bool on) { setRevealed(false, on); });
    connect(m_ui->copyAccessKeyIdButton, &QAbstractButton::clicked, this,
            [this] { copyField(m_ui->accessKeyIdEdit); });
    connect(m_ui->copySecretButton, &QAbstractButton::clicked, this,
            [this] { copyField(m_ui->secretEdit); });
    connect(m_ui->copyTokenButton, &QAbstractButton::clicked, this,
            [this] { copyField(m_ui->tokenEdit); });
    connect(m_ui->copyPublicEndpointButton, &QAbstractButton::clicked, this,
            [this] { copyField(m_ui->publicEndpointEdit); });
    connect(m_ui->copyInternalEndpointButton, &QAbstractButton::clicked, this,
            [this] { copyField(m_ui->internalEndpointEdit); });
    connect(m_ui->clearButton, &QAbstractButton::clicked, this, &CredentialPanel::clearCredential);
    connect(m_ui->refetchButton, &QAbstractButton::clicked, this,
            &CredentialPanel::refetchRequested);
    connect(m_ui->countdownWidget, &CountdownWidget::phaseChanged, this,
            &CredentialPanel::onPhaseChanged);

    retranslate();
    clearCredential();
}

CredentialPanel::~CredentialPanel() = default;

void CredentialPanel::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
    updateEnabled();
}

void CredentialPanel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : SystemClock::instance();
    m_ui->countdownWidget->setClock(m_clock);
}

void CredentialPanel::setWarningThreshold(std::chrono::seconds threshold)
{
    m_ui->countdownWidget->setWarningThreshold(threshold);
}

void CredentialPanel::setRemaskDelay(std::chrono::milliseconds delay)
{
    // Zero or less: never re-mask on a timer.
    using Rep = std::chrono::milliseconds::rep;
    const Rep ms = std::clamp<Rep>(delay.count(), 0, std::numeric_limits<int>::max());
    m_remaskTimer->setInterval(static_cast<int>(ms));
    if (ms == 0)
        m_remaskTimer->stop();
}

void CredentialPanel::showCredential(const TokenResponse &response, const QDateTime &issued,
                                     qint64 gatewayClockOffset)
{
    m_gatewayClockOffset = gatewayClockOffset;
    m_response = std::make_unique<TokenResponse>(response);
    const SecurityToken &c = m_response->credential;

    setRevealed(true, false);
    setRevealed(false, false);
    m_ui->accessKeyIdEdit->setText(c.accessKeyId);
    m_ui->secretEdit->setText(c.accessKeySecret);
    m_ui->tokenEdit->setText(c.securityToken);
    m_ui->publicEndpointEdit->setText(c.endPointPublic);
    m_ui->internalEndpointEdit->setText(c.endPointInternal);
    for (QLineEdit *edit : valueEdits())
        edit->setCursorPosition(0); // show where a long token starts, not where it ends

    m_ui->tenantValueLabel->setText(orPlaceholder(c.tenantCode));
    m_ui->storeValueLabel->setText(orPlaceholder(c.fieldId));
    m_ui->sceneValueLabel->setText(orPlaceholder(c.sceneCode));
    m_ui->productValueLabel->setText(orPlaceholder(c.productCode));
    updateExpiryText();

    // The deadline on our clock: the gateway's expiration less how far its clock is ahead.
    m_ui->countdownWidget->setDeadline(issued, c.expiration.addSecs(-gatewayClockOffset));
    onPhaseChanged(m_ui->countdownWidget->state().phase);
    updateEnabled();
}

void CredentialPanel::clearCredential()
{
    m_gatewayClockOffset = 0;
    const bool had = hasCredential();
    setRevealed(true, false);
    setRevealed(false, false);
    // setText() rather than clear(): clear() is an edit that keeps the removed text in the
    // line edit's undo history.
    for (QLineEdit *edit : valueEdits())
        edit->setText(QString());
    for (QLabel *label : {m_ui->tenantValueLabel, m_ui->storeValueLabel, m_ui->sceneValueLabel,
                          m_ui->productValueLabel})
        label->setText(Placeholder);
    m_ui->countdownWidget->clear();

    if (m_response) {
        SecurityToken &c = m_response->credential;
        wipe(c.accessKeyId);
        wipe(c.accessKeySecret);
        wipe(c.securityToken);
        m_response.reset();
    }
    updateExpiryText();
    onPhaseChanged(m_ui->countdownWidget->state().phase);
    updateEnabled();
    // What this panel put on the clipboard goes too (only if it is still there).
    if (had && m_guard)
        m_guard->clearNow();
    if (had)
        Q_EMIT credentialCleared();
}

QList<QAction *> CredentialPanel::copyAsActions() const
{
    return m_copyAsMenu->actions();
}

bool CredentialPanel::hasCredential() const
{
    return m_response != nullptr;
}

CountdownWidget *CredentialPanel::countdown() const
{
    return m_ui->countdownWidget;
}

bool CredentialPanel::isSecretRevealed() const
{
    return m_ui->secretEdit->echoMode() == QLineEdit::Normal;
}

bool CredentialPanel::isTokenRevealed() const
{
    return m_ui->tokenEdit->echoMode() == QLineEdit::Normal;
}

void CredentialPanel::setConfirmExpiredCopy(std::function<bool()> confirm)
{
    m_confirmExpiredCopy = std::move(confirm);
}

bool CredentialPanel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ContextMenu
        && type != QEvent::MouseButtonRelease)
        return QWidget::eventFilter(watched, event);
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (!edit || !valueEdits().contains(edit))
        return QWidget::eventFilter(watched, event);

    switch (type) {
    case QEvent::KeyPress: {
        // QLineEdit would copy a revealed value straight to the clipboard, unmarked and never
        // cleared; a masked one not at all. Either way Ctrl+C copies the field, guarded.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            copyField(edit);
            return true;
        }
        // After every key it handles, QLineEdit puts a revealed selection in the X11/Wayland
        // primary selection, one middle-click from any window. So no selecting by keyboard.
        if (isSelectionKey(key))
            return true;
        break;
    }
    case QEvent::ContextMenu: {
        // Only a guarded Copy: the stock menu's Copy would bypass the guard.
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QMenu menu(edit);
        QAction *copy = menu.addAction(tr("&Copy"));
        copy->setShortcut(QKeySequence::Copy);
        copy->setEnabled(!edit->text().isEmpty());
        if (menu.exec(menuEvent->globalPos()) == copy)
            copyField(edit);
        return true;
    }
    case QEvent::MouseButtonRelease:
        // The same for a mouse selection, which QLineEdit copies there on release. Selecting
        // still shows; the release does nothing else for a read-only edit with dragging off.
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void CredentialPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void CredentialPanel::copyValue(const QString &text, const QString &what)
{
    if (!m_guard || !m_response || text.isEmpty())
        return;
    // The countdown does not tick while hidden; read the clock now rather than trust it.
    m_ui->countdownWidget->refresh();
    if (m_ui->countdownWidget->state().phase == CountdownState::Phase::Expired
        && !confirmExpiredCopy())
        return;
    m_guard->copy(text);
    Q_EMIT copied(what);
}

void CredentialPanel::setRevealed(bool secret, bool revealed)
{
    QLineEdit *edit = secret ? m_ui->secretEdit : m_ui->tokenEdit;
    QToolButton *button = secret ? m_ui->revealSecretButton : m_ui->revealTokenButton;
    if (!revealed)
        edit->deselect();
    edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    edit->setCursorPosition(0);
    {
        const QSignalBlocker blocker(button);
        button->setChecked(revealed);
    }
    button->setText(revealed ? tr("Hide") : tr("Show"));

    if (revealed && m_remaskTimer->interval() > 0)
        m_remaskTimer->start(); // counted from the latest reveal; re-masks both
    else if (!isSecretRevealed() && !isTokenRevealed())
        m_remaskTimer->stop();
}

void CredentialPanel::onPhaseChanged(CountdownState::Phase phase)
{
    m_ui->refetchButton->setVisible(m_response && phase == CountdownState::Phase::Expired);
}

bool CredentialPanel::confirmExpiredCopy()
{
    if (m_confirmExpiredCopy)
        return m_confirmExpiredCopy();

    QMessageBox box(QMessageBox::Warning, tr("Credential Expired"),
                    tr("This credential has expired, so services will refuse it."),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Copy it anyway, or get a new one?"));
    QPushButton *copy = box.addButton(tr("&Copy Anyway"), QMessageBox::AcceptRole);
    QPushButton *refetch = box.addButton(tr("&Get token again"), QMessageBox::ActionRole);
    box.setDefaultButton(refetch);
    box.exec();
    if (box.clickedButton() == refetch)
        Q_EMIT refetchRequested();
    return box.clickedButton() == copy;
}

void CredentialPanel::copyPart(Part part)
{
    QLineEdit *edit = part == Part::AccessKeyId ? m_ui->accessKeyIdEdit
        : part == Part::AccessKeySecret         ? m_ui->secretEdit
                                                : m_ui->tokenEdit;
    copyField(edit);
}

void CredentialPanel::copyField(QLineEdit *edit)
{
    copyValue(fieldValue(edit), fieldName(edit));
}

void CredentialPanel::copyAs(const QString &formatName)
{
    const auto format = exportFormatFromName(formatName);
    if (!format || !m_response)
        return;
    const FormattedCredential result =
        formatCredential(*m_response, *format, m_clock->now().addSecs(m_gatewayClockOffset));
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot Copy as %1").arg(exportFormatTitle(*format)),
                             result.error);
        return;
    }
    copyValue(result.text, tr("the credential as %1").arg(exportFormatTitle(*format)));
}

QString CredentialPanel::fieldName(const QLineEdit *edit) const
{
    if (edit == m_ui->accessKeyIdEdit)
        return tr("the access key ID");
    if (edit == m_ui->secretEdit)
        return tr("the access key secret");
    if (edit == m_ui->tokenEdit)
        return tr("the security token");
    if (edit == m_ui->publicEndpointEdit)
        return tr("the public endpoint");
    if (edit == m_ui->internalEndpointEdit)
        return tr("the internal endpoint");
    return {};
}

QString CredentialPanel::fieldValue(const QLineEdit *edit) const
{
    if (!m_response)
        return {};
    const SecurityToken &c = m_response->credential;
    if (edit == m_ui->accessKeyIdEdit)
        return c.accessKeyId;
    if (edit == m_ui->secretEdit)
        return c.accessKeySecret;
    if (edit == m_ui->tokenEdit)
        return c.securityToken;
    if (edit == m_ui->publicEndpointEdit)
        return c.endPointPublic;
    if (edit == m_ui->internalEndpointEdit)
        return c.endPointInternal;
    return {};
}

QList<QLineEdit *> CredentialPanel::valueEdits() const
{
    return {m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->tokenEdit, m_ui->publicEndpointEdit,
            m_ui->internalEndpointEdit};
}

void CredentialPanel::retranslate()
{
    // retranslateUi() puts back the .ui's "Show"; the buttons' state decides. Wide enough for
    // either word, so the row does not shift when the text flips.
    for (QToolButton *button : {m_ui->revealSecretButton, m_ui->revealTokenButton}) {
        button->setMinimumWidth(0);
        int width = 0;
        for (const QString &text : {tr("Show"), tr("Hide")}) {
            button->setText(text);
            width = qMax(width, button->sizeHint().width());
        }
        button->setMinimumWidth(width);
    }
    // A label as long as "重新获取令牌" gets only the style's thin margin and reads as clipped;
    // an em on each side gives it the room the short buttons have.
    m_ui->refetchButton->setMinimumWidth(0);
    const int em = m_ui->refetchButton->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->refetchButton->setMinimumWidth(m_ui->refetchButton->sizeHint().width() + 2 * em);
    setRevealed(true, isSecretRevealed());
    setRevealed(false, isTokenRevealed());

    m_copyAsMenu->clear();
    for (const QString &name : exportFormatNames()) {
        const auto format = exportFormatFromName(name);
        // aliyun-process is what a program prints for the aliyun CLI, not something to paste.
        if (!format || *format == ExportFormat::AliyunProcess)
            continue;
        QString title = exportFormatTitle(*format);
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_copyAsMenu->addAction(title);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { copyAs(name); });
    }
    m_copyAsMenu->addSeparator();
    QAction *external = m_copyAsMenu->addAction(tr("aliyun External profile…"));
    external->setObjectName(QStringLiteral("aliyunExternalProfileAction"));
    external->setToolTip(tr("Write a profile to ~/.aliyun/config.json that runs tokendesk-cli to "
                            "fetch a credential whenever the aliyun CLI or an SDK needs one"));
    connect(external, &QAction::triggered, this, &CredentialPanel::aliyunProfileRequested);
    updateExpiryText();
}

void CredentialPanel::updateExpiryText()
{
    QLabel *label = m_ui->expiresValueLabel;
    if (!m_response) {
        label->setText(Placeholder);
        label->setToolTip(tr("When the credential stops working, in local time"));
        return;
    }
    const SecurityToken &c = m_response->credential;
    if (!c.expiration.isValid()) {
        label->setText(c.expirationText.isEmpty()
                           ? tr("Unknown")
                           : tr("%1 (not understood)").arg(c.expirationText));
        label->setToolTip(tr("The expiry time sent by the service could not be read."));
        return;
    }
    const QLocale locale;
    // Short date with the long time, which carries seconds and the time zone's name.
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.timeFormat(QLocale::LongFormat);
    label->setText(locale.toString(c.expiration.toLocalTime(), format));
    label->setToolTip(tr("In UTC: %1").arg(c.expiration.toUTC().toString(Qt::ISODate)));
}

void CredentialPanel::updateEnabled()
{
    const bool have = hasCredential();
    const bool canCopy = have && m_guard;
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             m_ui->copyAccessKeyIdButton, m_ui->copySecretButton, m_ui->copyTokenButton,
             m_ui->copyPublicEndpointButton, m_ui->copyInternalEndpointButton, m_ui->copyAsButton})
        button->setEnabled(canCopy);
    m_ui->revealSecretButton->setEnabled(have);
    m_ui->revealTokenButton->setEnabled(have);
    m_ui->clearButton->setEnabled(have);
}

} // namespace TokenDesk
