// The fetched credential: each value read-only with a copy button, secret and token masked
// until revealed, the request it answers, the expiry and the countdown. Every copy goes through
// the ClipboardGuard.
#pragma once

#include "countdown.h"
#include "securitytoken.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

class QLineEdit;
class QMenu;

namespace Ui {
class CredentialPanel;
}

namespace TokenDesk {

class Clock;
class ClipboardGuard;
class CountdownWidget;
class ServeToolsBox;

class CredentialPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialPanel(QWidget *parent = nullptr);
    ~CredentialPanel() override;

    // Neither is owned. The guard must be set before anything can be copied.
    void setClipboardGuard(ClipboardGuard *guard);
    void setClock(const Clock *clock); // default SystemClock::instance(); passed to the countdown
    void setWarningThreshold(std::chrono::seconds threshold);
    void setRemaskDelay(std::chrono::milliseconds delay); // default 30 s after a reveal

    // Shows `response`, received at `issued` (our clock). Masks secret and token. The
    // expiration is in the gateway's time; `gatewayClockOffset` (TokenClient's) is how far the
    // gateway's clock runs ahead of ours, so the countdown and expires_in count true time.
    void showCredential(const TokenResponse &response, const QDateTime &issued,
                        qint64 gatewayClockOffset = 0);
    // Wipes every value from the widgets (and from memory held by the panel).
    void clearCredential();
    bool hasCredential() const;

    CountdownWidget *countdown() const;
    // "Serve to local tools": shown with the credential, driven by MainWindow.
    ServeToolsBox *serveToolsBox() const { return m_serveBox; }
    // The Copy as menu's entries, for the session list's context menu.
    QList<QAction *> copyAsActions() const;

    // Test and accessibility hooks: the values as shown ("••••" while masked) and reveal state.
    bool isSecretRevealed() const;
    bool isTokenRevealed() const;

    // Asked before copying an expired credential; true copies. Default: a message box, which
    // also offers "Get token again". Tests set a function that answers without a dialog.
    void setConfirmExpiredCopy(std::function<bool()> confirm);

    // Copies one value as its copy button would (for the tray menu), expired confirmation
    // included. Does nothing without a credential.
    enum class Part { AccessKeyId, AccessKeySecret, SecurityToken };
    void copyPart(Part part);
    // The credential on show, or nullptr.
    const TokenResponse *credential() const { return m_response.get(); }

Q_SIGNALS:
    void refetchRequested();          // "Get token again"
    void credentialCleared();         // after Clear
    void copied(const QString &what); // translated name of what was copied, for a status line
    void aliyunProfileRequested();    // Copy as > aliyun External profile…

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Copies `text` through the guard; in the expired state asks first. `what` is translated.
    void copyValue(const QString &text, const QString &what);
    void setRevealed(bool secret, bool revealed);
    void onPhaseChanged(CountdownState::Phase phase);
    bool confirmExpiredCopy();
    void copyField(QLineEdit *edit);
    void copyAs(const QString &formatName);
    QString fieldName(const QLineEdit *edit) const;
    QString fieldValue(const QLineEdit *edit) const;
    QList<QLineEdit *> valueEdits() const;
    void retranslate();
    void updateExpiryText();
    void updateEnabled();

    const std::unique_ptr<Ui::CredentialPanel> m_ui;
    ClipboardGuard *m_guard = nullptr;
    std::unique_ptr<TokenResponse> m_response;
    class QTimer *m_remaskTimer;
    QMenu *m_copyAsMenu;
    ServeToolsBox *m_serveBox;
    const Clock *m_clock;
    qint64 m_gatewayClockOffset = 0; // seconds; see showCredential()
    std::function<bool()> m_confirmExpiredCopy;
};

} // namespace TokenDesk
