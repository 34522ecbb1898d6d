// The main window: pick a profile, fill in the request, get a token, copy what you need and
// watch the time left.
#pragma once

#include "appsettings.h"
#include "formmemory.h"
#include "historystore.h"
#include "profile.h"
#include "requestoptions.h"
#include "securitytoken.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QComboBox;
class QNetworkAccessManager;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace TokenDesk {

class ClipboardGuard;
class Clock;
class CredentialTray;
class ExpiryWatcher;
class GatewaySimulator;
class HistoryView;
class LocalServe;
class PolicyView;
class RequestInspector;
class MemorySecretStore;
class ProfileStore;
class SecretStore;
class TokenClient;
struct FetchError;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with; nothing here is owned by the window.
    struct Services
    {
        ProfileStore *profiles = nullptr;
        SecretStore *keychain = nullptr;
        MemorySecretStore *sessionSecrets = nullptr; // "this session only" and demo secrets
        QNetworkAccessManager *network = nullptr;
        ClipboardGuard *clipboard = nullptr;
        QSettings *settings = nullptr; // window state, drafts and recent values
        const Clock *clock = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded gateway simulator on loopback and selects its demo profile.
    // Returns false (with the reason in the error banner) if it cannot listen.
    bool startDemo();
    bool isDemo() const;
    // The embedded simulator while in demo mode (tests drive its scenarios), else nullptr.
    GatewaySimulator *demoSimulator() const;

    // Fills the form and the connection from command-line options (interfaces.md): a
    // --profile selects it; --gateway/--app-key make a connection for this session.
    void applyOptions(const RequestOptions &options);

    // The request as the form holds it now.
    TokenRequest formRequest() const;
    // Empty when a fetch may start; else the first reason it may not (translated).
    QString fetchBlocker() const;

    // Timeout of each fetch (default 15 s).
    void setFetchTimeout(std::chrono::milliseconds timeout);

    // Expiry notifications (on by default) at the warning threshold (default 5 min) and at
    // expiry; opt-in auto-refresh when less than `before` remains.
    void setNotificationsEnabled(bool enabled);
    void setWarningThreshold(std::chrono::seconds threshold);
    void setAutoRefresh(bool enabled, std::chrono::seconds before);
    ExpiryWatcher *expiryWatcher() const { return m_watcher; }

    // Applies the settings (clipboard delay, thresholds, notifications, auto-refresh, proxy,
    // timeout); the window loads and applies the saved ones itself at start-up.
    void applySettings(const AppSettings &settings);
    AppSettings appSettings() const { return m_appSettings; }

    // "Serve to local tools" for the credential on screen (the credential panel's switch and
    // the tray's). False, with the reason in the error banner, when it cannot start.
    bool setServing(bool on);
    bool isServing() const;
    LocalServe *localServe() const { return m_localServe; }

    // Asked for the name of the aliyun profile that Copy as > aliyun External profile writes;
    // an empty answer cancels. Default: a dialog. Tests answer without one.
    void setAliyunProfileNameQuestion(std::function<QString()> ask);

public Q_SLOTS:
    void fetch();
    void cancelFetch();

Q_SIGNALS:
    void tokenShown();                        // a credential is on screen
    void fetchFailed(const QString &message); // the banner shows this
    // An expiry notice: shown by the tray when there is one, else in the status bar.
    void notificationShown(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Connection; // the selected profile, or a session-only one

    void reloadProfiles(const QString &select = {});
    void onProfileChanged();
    void manageProfiles();
    void openSettings();
    void createMenus();
    void updateValidation();
    void updateBusy(bool busy);
    void fillRecent(const QString &profile);
    void setFormRequest(const TokenRequest &request);
    void scheduleDraftSave();
    void startFetchWithSecret(const QByteArray &secret);
    void onTokenReceived(const TokenResponse &response);
    void onFetchFailed(const FetchError &error);
    void refreshForServe();
    void stopServingIfFormChanged();
    void writeAliyunProfile();
    void refillFromHistory(const HistoryEntry &entry);
    void notify(const QString &title, const QString &message, bool critical);
    void showFromTray();
    QComboBox *comboForField(const QString &apiName) const;
    // The Policy, Request and History pages are built the first time they are needed (shown,
    // or given something to show), not at start-up: see docs/architecture.md.
    PolicyView *policyView();
    RequestInspector *requestInspector();
    HistoryView *historyView();
    void buildPageFor(int tabIndex);
    void updateTabsMinimumHeight();
    void finishAfterFirstFrame();
    std::optional<Profile> currentConnection() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    FormMemory m_memory;
    HistoryStore m_history;
    TokenClient *m_client;
    ExpiryWatcher *m_watcher;
    CredentialTray *m_tray;
    PolicyView *m_policyView = nullptr;             // see policyView()
    RequestInspector *m_requestInspector = nullptr; // see requestInspector()
    HistoryView *m_historyView = nullptr;           // see historyView()
    bool m_firstFramePainted = false;
    bool m_notifications = true;
    bool m_refreshing = false; // the fetch in flight is an automatic refresh
    AppSettings m_appSettings;
    bool m_timeoutFromCommandLine = false;
    QPointer<GatewaySimulator> m_demo;
    std::optional<Profile> m_sessionConnection; // from the command line or the demo
    QTimer m_draftTimer;
    bool m_busy = false;
    bool m_loadingForm = false;
    int m_secretLookup = 0; // which keychain lookup the window waits for
    LocalServe *m_localServe;
    // What is being served: the connection and request of the credential on screen (request_id
    // aside). A form that no longer says this stops serving.
    QString m_servedConnection;
    TokenRequest m_servedRequest;
    // The connection and request of the credential on screen.
    QString m_shownConnection;
    TokenRequest m_shownRequest;
    std::function<QString()> m_askAliyunProfileName;
};

} // namespace TokenDesk
