// The main window: pick a profile, fill in the request, get a token, copy what you need and
// watch the time left.
#pragma once

#include "appsettings.h"
#include "formmemory.h"
#include "historystore.h"
#include "networkbackend.h"
#include "profile.h"
#include "redaction.h"
#include "requestoptions.h"
#include "securitytoken.h"
#include "session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QSettings;

class QCompleter;

namespace Ui {
class MainWindow;
}

namespace TokenDesk {

class ClipboardGuard;
class Clock;
class CredentialPanel;
class CredentialTray;
class ExpiryWatcher;
class GatewaySimulator;
class HistoryView;
class LocalServe;
class SessionModel;
class SessionsPane;
class PolicyView;
class RequestInspector;
class MemorySecretStore;
class ProfileStore;
class SecretStore;
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
        NetworkBackend *network = nullptr; // fetching, serving, the demo gateway, the proxy
        ClipboardGuard *clipboard = nullptr;
        QSettings *settings = nullptr; // window state, drafts and recent values
        const Clock *clock = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --fetch: fetches once the window's first frame is on screen (at once if it already is).
    void fetchWhenShown();

    // Starts the embedded gateway simulator on loopback and selects its demo profile.
    // Returns false (with the reason in the error banner) if it cannot listen.
    bool startDemo();
    bool isDemo() const;
    // The embedded simulator while in demo mode (tests drive its scenarios), else nullptr.
    // Asked between a startDemo() before the first frame and that frame, it starts it.
    GatewaySimulator *demoSimulator();
    // Whether the demo's gateway listens yet (it waits for the first frame; see startDemo()).
    bool isDemoGatewayListening() const { return !m_demo.isNull(); }

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
    // The watcher of the session on screen (an idle one when there is none).
    ExpiryWatcher *expiryWatcher() const;

    // Every credential fetched in this window, newest first (memory only).
    SessionModel *sessions() const { return m_sessions; }
    std::optional<quint64> shownSession() const { return m_shownSession; }
    // Fetches the session's own request again; automatic ones keep the credential on failure.
    void refreshSession(quint64 id, bool automatic = false);
    void removeSession(quint64 id);
    void removeExpiredSessions();

    // Applies the settings (clipboard delay, thresholds, notifications, auto-refresh, proxy,
    // timeout); the window loads and applies the saved ones itself at start-up.
    void applySettings(const AppSettings &settings);
    AppSettings appSettings() const { return m_appSettings; }

    // "Serve to local tools" for the session on screen (the credential panel's switch, the
    // tray's and the session menu's). False, with the reason in the error banner, when it
    // cannot start. Each session serves on its own endpoint until it is removed.
    bool setServing(bool on);
    bool isServing() const;
    LocalServe *localServe() const; // the shown session's, or nullptr

    // Asked for the name of the aliyun profile that Copy as > aliyun External profile writes;
    // an empty answer cancels. Default: a dialog. Tests answer without one.
    void setAliyunProfileNameQuestion(std::function<QString()> ask);
    // Asked for the app secret of a --gateway/--app-key connection started without
    // TOKENDESK_APP_SECRET; an empty answer cancels the fetch. The secret is kept in memory for
    // this window only. Default: a password dialog. Tests answer without one.
    void setSessionSecretQuestion(std::function<QByteArray(const Profile &)> ask);
    // Until then the gateway's rate-limit ban (code 7) holds Get token back; null when none.
    QDateTime rateLimitedUntil() const { return m_banUntil; }

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
    void writeAliyunProfile();

    // What one fetch is for: the form's request, or a session's own (a refresh).
    struct FetchTarget
    {
        Profile connection;
        TokenRequest request;
        std::optional<quint64> session; // a refresh of this session
        bool fromForm = false;
        bool automatic = false; // auto-refresh or the endpoint's: a failure keeps the credential
    };
    // What a session has besides its value: its expiry watcher and, while served, its endpoint.
    struct SessionRuntime
    {
        ExpiryWatcher *watcher = nullptr;
        LocalServe *serve = nullptr;
    };
    void startFetch(const FetchTarget &target);
    FetchTarget takeInFlight();
    void startNextRefresh();
    void finishRefreshWithoutFetch(quint64 id, const FetchError &error);
    SessionRuntime &runtimeFor(quint64 id);
    std::optional<Profile> connectionNamed(const QString &name) const;
    QString connectionTitle(const QString &name) const;
    void showSession(quint64 id);
    void showSessionMenu(quint64 id, const QPoint &globalPos);
    void updateSessionTicker();
    void updateServeBox();
    void updateTraySessions();
    void setFormFolded(bool folded);
    void refillFromHistory(const HistoryEntry &entry);
    // What History records for a connection: a profile's name, or HistoryEntry's DemoConnection /
    // CommandLineConnection for the window's own (HistoryModel shows Demo and Command line).
    QString historyConnectionName(const QString &name) const;
    void notify(const QString &title, const QString &message, bool critical);
    void showFromTray();
    QComboBox *comboForField(const QString &apiName) const;
    // The Policy, Request and History pages are built the first time they are needed (shown,
    // or given something to show), not at start-up: see docs/architecture.md.
    CredentialPanel *credentialPanel(); // built with the first credential shown
    PolicyView *policyView();
    RequestInspector *requestInspector();
    HistoryView *historyView();
    void buildPageFor(int tabIndex);
    void updateTabsMinimumHeight();
    void finishAfterFirstFrame();
    std::optional<Profile> currentConnection() const;
    void updateDemoIndicators();
    void startBan(int seconds);
    void failFetchForSecret(const QString &message);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    FormMemory m_memory;
    HistoryStore m_history;
    // Made at the first fetch (ModuleNetworkBackend loads QtNetwork for it then), with the
    // timeout and clock the window has by that time.
    TokenFetcher &fetcher();
    void setFetcherTimeout(std::chrono::milliseconds timeout);
    std::unique_ptr<TokenFetcher> m_fetcher;
    std::chrono::milliseconds m_fetchTimeout{TokenFetcher::DefaultTimeout};
    SessionModel *m_sessions;
    CredentialTray *m_tray;
    ExpiryWatcher *m_idleWatcher; // what expiryWatcher() returns with no session on screen
    SessionsPane *m_sessionsPane = nullptr;
    QWidget *m_formSummary = nullptr;
    QLabel *m_formSummaryLabel = nullptr;
    QHash<quint64, SessionRuntime> m_runtime;
    std::optional<quint64> m_shownSession;
    std::optional<FetchTarget> m_inFlight;
    QList<quint64> m_refreshQueue; // sessions waiting for the fetch in flight to end
    QTimer m_sessionTicker;        // one timer for every row's time left
    std::chrono::seconds m_warningThreshold{300};
    bool m_autoRefresh = false;
    std::chrono::seconds m_autoRefreshBefore{300};
    int m_demoSessionsToAdd = 0;        // TOKENDESK_DEMO_SESSIONS: more demo fetches after this one
    PolicyView *m_policyView = nullptr; // see policyView()
    RequestInspector *m_requestInspector = nullptr; // see requestInspector()
    std::optional<RequestRecord> m_lastExchange;    // for the Request page when it is built
    HistoryView *m_historyView = nullptr;           // see historyView()
    CredentialPanel *m_credentialPanel = nullptr;   // see credentialPanel()
    bool m_firstFramePainted = false;
    bool m_fetchWhenShown = false;           // --fetch, once the first frame is on screen
    QPointer<QCompleter> m_startupCompleter; // the form's boxes' until their own, after it
    bool m_notifications = true;
    AppSettings m_appSettings;
    bool m_timeoutFromCommandLine = false;
    // The demo's simulator, and the same object watched as a QObject: the window never uses the
    // simulator's class (it lives with the network module; see DemoGateway::object).
    QPointer<QObject> m_demo;
    GatewaySimulator *m_demoSimulator = nullptr;
    QUrl m_demoUrl;
    QByteArray m_demoSecret;    // the demo app's, in memory only
    bool m_demoPending = false; // startDemo() before the first frame: the gateway listens after it
    bool startDemoGateway();    // false, with the reason in the banner, when it cannot listen
    // The connection line: gateway, AppKey, signing, and a warning for plain http elsewhere.
    static QString connectionSummary(const ConnectionSettings &settings);
    std::optional<Profile> m_sessionConnection; // from the command line or the demo
    QTimer m_draftTimer;
    bool m_busy = false;
    bool m_loadingForm = false;
    int m_secretLookup = 0; // which keychain lookup the window waits for
    std::function<QString()> m_askAliyunProfileName;
    std::function<QByteArray(const Profile &)> m_askSessionSecret;
    QDateTime m_banUntil; // the gateway's code 7 ban, on our clock
    QTimer m_banTicker;   // counts the ban down in the validation line
};

} // namespace TokenDesk
