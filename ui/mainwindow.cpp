// The main window.
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "clipboardguard.h"
#include "clock.h"
#include "countdownwidget.h"
#include "credentialpanel.h"
#include "credentialtray.h"
#include "errorbanner.h"
#include "expirywatcher.h"
#include "fetcherror.h"
#include "gatewaysimulator.h"
#include "historyview.h"
#include "policyview.h"
#include "profiledialog.h"
#include "redaction.h"
#include "requestinspector.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "tokenclient.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>

namespace TokenDesk {

namespace {

// The combo entry that stands for a connection that is not a saved profile.
const QString SessionConnectionId = QStringLiteral("@session");
constexpr auto DemoAppKey = "10000001";

QByteArray randomDemoSecret()
{
    // Fresh each run and only in memory: the demo needs no secret anyone could reuse.
    QByteArray secret(24, '\0');
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    return "demo-"
        + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_memory(services.settings)
    , m_history(services.settings)
    , m_client(new TokenClient(services.network, this))
    , m_watcher(new ExpiryWatcher(services.clock, this))
    , m_tray(new CredentialTray(services.clock, this))
{
    Q_ASSERT(services.profiles && services.keychain && services.sessionSecrets && services.network
             && services.clipboard && services.settings);
    if (!m_services.clock)
        m_services.clock = SystemClock::instance();
    m_ui->setupUi(this);
    setWindowTitle(tr("TokenDesk"));
    // Everything scrolls rather than hold the window taller than a small screen. Without the
    // scroll area, the word-wrapped labels make Qt set the window's minimum height to the
    // height it would like (about 710 pixels), which no user could shrink.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("centralScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(takeCentralWidget());
    setCentralWidget(scroll);
    // The tabs take the height that is left, but no less than their pages need: their size
    // hint (the tallest page's) would otherwise decide the window's height.
    QSizePolicy tabsPolicy = m_ui->resultTabs->sizePolicy();
    tabsPolicy.setVerticalPolicy(QSizePolicy::Ignored);
    m_ui->resultTabs->setSizePolicy(tabsPolicy);
    updateTabsMinimumHeight();
    // One notion of "now" for the whole window: request timestamps, countdown and notices.
    m_client->setClock([clock = m_services.clock] { return clock->now(); });

    m_ui->credentialPanel->setClipboardGuard(m_services.clipboard);
    m_ui->credentialPanel->setClock(m_services.clock);
    m_ui->credentialPanel->setVisible(false);
    // The inspector shows each exchange already redacted by the client.
    connect(m_client, &TokenClient::exchangeFinished, this,
            [this](const RequestRecord &record) { requestInspector()->showRecord(record); });
    connect(m_ui->resultTabs, &QTabWidget::currentChanged, this, &MainWindow::buildPageFor);
    m_ui->welcomeFrame->setVisible(false);
    m_ui->demoLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    QFont strong = m_ui->demoLabel->font();
    strong.setBold(true);
    m_ui->demoLabel->setFont(strong);

    // Ctrl+Return fetches from anywhere in the window; Esc cancels while a fetch runs.
    auto *fetchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(fetchShortcut, &QShortcut::activated, this, &MainWindow::fetch);
    auto *fetchShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(fetchShortcutEnter, &QShortcut::activated, this, &MainWindow::fetch);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelShortcut, &QShortcut::activated, this, &MainWindow::cancelFetch);

    connect(m_ui->fetchButton, &QPushButton::clicked, this, &MainWindow::fetch);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelFetch);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &MainWindow::manageProfiles);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &MainWindow::manageProfiles);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->regenerateRequestIdButton, &QToolButton::clicked, this,
            [this] { m_ui->requestIdEdit->setText(TokenRequest::newRequestId()); });
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onProfileChanged);
    connect(m_ui->credentialPanel, &CredentialPanel::refetchRequested, this, &MainWindow::fetch);
    connect(m_ui->credentialPanel, &CredentialPanel::credentialCleared, this, [this] {
        m_watcher->stop();
        m_tray->setExpiry({});
        m_ui->credentialPanel->setVisible(false);
        m_ui->noCredentialLabel->setVisible(true);
        if (m_policyView)
            m_policyView->clearPolicy();
        statusBar()->showMessage(tr("Credential cleared from the window."), 5000);
    });
    connect(m_ui->credentialPanel, &CredentialPanel::copied, this, [this](const QString &what) {
        const auto delay =
            std::chrono::duration_cast<std::chrono::seconds>(m_services.clipboard->clearDelay());
        statusBar()->showMessage(
            delay.count() > 0
                ? tr("Copied %1; the clipboard clears in %2 s.").arg(what).arg(delay.count())
                : tr("Copied %1.").arg(what),
            8000);
    });

    connect(m_watcher, &ExpiryWatcher::warningReached, this, [this](qint64 secondsLeft) {
        notify(tr("Credential expires soon"),
               tr("%n minute(s) left. Get a new token before it stops working.", nullptr,
                  int((secondsLeft + 59) / 60)),
               false);
    });
    connect(m_watcher, &ExpiryWatcher::expired, this, [this] {
        notify(tr("Credential expired"),
               tr("The temporary credential no longer works. Get a new token."), true);
    });
    connect(m_watcher, &ExpiryWatcher::refreshDue, this, [this] {
        if (m_busy)
            return;
        m_refreshing = true;
        fetch();
        if (!m_busy) // the form was not valid: nothing was sent
            m_refreshing = false;
    });
    connect(m_tray, &CredentialTray::refetchRequested, this, &MainWindow::fetch);
    connect(m_tray, &CredentialTray::copyIdRequested, this,
            [this] { m_ui->credentialPanel->copyPart(CredentialPanel::Part::AccessKeyId); });
    connect(m_tray, &CredentialTray::copySecretRequested, this,
            [this] { m_ui->credentialPanel->copyPart(CredentialPanel::Part::AccessKeySecret); });
    connect(m_tray, &CredentialTray::copyTokenRequested, this,
            [this] { m_ui->credentialPanel->copyPart(CredentialPanel::Part::SecurityToken); });
    connect(m_tray, &CredentialTray::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &CredentialTray::quitRequested, this, [this] {
        close();
        QCoreApplication::quit();
    });

    for (const QString &field : FormMemory::fieldNames()) {
        QComboBox *combo = comboForField(field);
        connect(combo, &QComboBox::editTextChanged, this, [this] {
            updateValidation();
            scheduleDraftSave();
        });
    }
    connect(m_ui->requestIdEdit, &QLineEdit::textChanged, this, [this] {
        updateValidation();
        scheduleDraftSave();
    });
    connect(m_ui->requestTokenEdit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);

    connect(m_client, &TokenClient::tokenReceived, this, &MainWindow::onTokenReceived);
    connect(m_client, &TokenClient::fetchFailed, this, &MainWindow::onFetchFailed);
    connect(m_client, &TokenClient::retrying, this, [this](int attempt, const QString &reason) {
        statusBar()->showMessage(
            tr("Retrying (%1 of %2): %3").arg(attempt).arg(TokenClient::MaxRetries).arg(reason));
    });
    connect(m_client, &TokenClient::clockSkewDetected, this, [this](qint64 seconds) {
        statusBar()->showMessage(
            tr("This computer's clock differs from the gateway's by %1 s; corrected "
               "for this request. Synchronise the system clock.")
                .arg(seconds),
            15000);
    });

    // What was typed last time comes back, even after a crash: the draft is saved as you type.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] { m_memory.saveDraft(formRequest()); });

    m_loadingForm = true;
    reloadProfiles(m_services.settings->value(QStringLiteral("window/lastProfile")).toString());
    TokenRequest draft = m_memory.draft();
    if (draft.requestId.trimmed().isEmpty())
        draft.requestId = TokenRequest::newRequestId();
    setFormRequest(draft);
    m_loadingForm = false;
    updateValidation();

    createMenus();
    applySettings(AppSettings::load(*m_services.settings));
    restoreGeometry(m_services.settings->value(QStringLiteral("window/geometry")).toByteArray());
}

PolicyView *MainWindow::policyView()
{
    if (!m_policyView) {
        m_policyView = new PolicyView(m_ui->policyTab);
        m_policyView->setObjectName(QStringLiteral("policyView"));
        m_policyView->setClipboardGuard(m_services.clipboard);
        connect(m_policyView, &PolicyView::copied, this, [this](const QString &what) {
            statusBar()->showMessage(tr("Copied %1.").arg(what), 5000);
        });
        m_ui->policyTabLayout->addWidget(m_policyView);
        m_policyView->show();      // now, not on the next pass of the event loop
        updateTabsMinimumHeight(); // after show(): a hidden widget needs no room
    }
    return m_policyView;
}

RequestInspector *MainWindow::requestInspector()
{
    if (!m_requestInspector) {
        m_requestInspector = new RequestInspector(m_ui->requestTab);
        m_requestInspector->setObjectName(QStringLiteral("requestInspector"));
        m_ui->requestTabLayout->addWidget(m_requestInspector);
        m_requestInspector->show();
        updateTabsMinimumHeight();
    }
    return m_requestInspector;
}

HistoryView *MainWindow::historyView()
{
    if (!m_historyView) {
        // History keeps metadata only (HistoryStore drops the request token).
        m_historyView = new HistoryView(m_ui->historyTab);
        m_historyView->setObjectName(QStringLiteral("historyView"));
        m_historyView->setStore(&m_history);
        connect(m_historyView, &HistoryView::entryActivated, this, &MainWindow::refillFromHistory);
        m_ui->historyTabLayout->addWidget(m_historyView);
        m_historyView->show();
        updateTabsMinimumHeight();
    }
    return m_historyView;
}

void MainWindow::updateTabsMinimumHeight()
{
    // What the built pages need; the size policy makes the tab widget ignore its own hint.
    m_ui->resultTabs->setMinimumHeight(m_ui->resultTabs->minimumSizeHint().height());
}

void MainWindow::buildPageFor(int tabIndex)
{
    QWidget *page = m_ui->resultTabs->widget(tabIndex);
    if (page == m_ui->policyTab)
        policyView();
    else if (page == m_ui->requestTab)
        requestInspector();
    else if (page == m_ui->historyTab)
        historyView();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstFramePainted)
        return;
    m_firstFramePainted = true;
    // Queued, so it runs once this first frame is on screen.
    QMetaObject::invokeMethod(this, &MainWindow::finishAfterFirstFrame, Qt::QueuedConnection);
}

void MainWindow::finishAfterFirstFrame()
{
    // The clear buttons' icon comes from the icon theme, and the first lookup reads the theme
    // from disk (about 10 ms). Nobody can click one before the window is on screen.
    for (const QString &field : FormMemory::fieldNames())
        comboForField(field)->lineEdit()->setClearButtonEnabled(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&TokenDesk"));
    QAction *getToken = file->addAction(tr("&Get token"), this, &MainWindow::fetch);
    getToken->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    getToken->setShortcutContext(Qt::WidgetShortcut); // the window-wide QShortcut handles it
    file->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfiles);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TokenDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About TokenDesk"),
            tr("<p><b>TokenDesk %1</b></p><p>Short-lived cloud credentials from the TOP "
               "DeepVision security-token API.</p><p>The app secret stays in the "
               "system keychain; copied credentials are marked sensitive and "
               "cleared from the clipboard.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_appSettings, m_services.keychain, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const QString problem = chosen.save(*m_services.settings);
    applySettings(chosen);
    if (!problem.isEmpty()) {
        m_ui->errorBanner->showMessage(
            tr("The settings apply to this session but could not be saved: %1").arg(problem), {},
            ErrorBanner::Severity::Warning);
        return;
    }
    statusBar()->showMessage(tr("Settings saved."), 5000);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_appSettings = settings;
    m_services.clipboard->setClearDelay(settings.clipboardClearDelay());
    setWarningThreshold(std::chrono::minutes(settings.warningMinutes));
    setNotificationsEnabled(settings.notifications);
    setAutoRefresh(settings.autoRefresh, std::chrono::minutes(settings.autoRefreshMinutes));
    if (!m_timeoutFromCommandLine)
        m_client->setTimeout(settings.requestTimeout());

    // The proxy: the system's by default; a manual one may need its password from the keychain.
    QNetworkProxyFactory::setUseSystemConfiguration(settings.proxyMode
                                                    == AppSettings::ProxyMode::System);
    if (settings.proxyMode == AppSettings::ProxyMode::Manual && !settings.proxyUser.isEmpty()) {
        m_services.keychain->readSecret(
            proxyPasswordKey(), this, [this, settings](const SecretStore::Result &result) {
                if (!result.ok() && result.outcome != SecretStore::Outcome::NotFound)
                    m_ui->errorBanner->showMessage(
                        tr("The proxy password could not be read: %1").arg(result.message), {},
                        ErrorBanner::Severity::Warning);
                m_services.network->setProxy(proxyFor(settings, QString::fromUtf8(result.secret)));
                m_services.network->clearConnectionCache();
            });
    } else {
        m_services.network->setProxy(proxyFor(settings, QString()));
        m_services.network->clearConnectionCache();
    }
}

MainWindow::~MainWindow() = default;

QComboBox *MainWindow::comboForField(const QString &apiName) const
{
    if (apiName == QLatin1String("op_tenant_code"))
        return m_ui->tenantCombo;
    if (apiName == QLatin1String("op_poi_id"))
        return m_ui->storeCombo;
    if (apiName == QLatin1String("scene_code"))
        return m_ui->sceneCombo;
    if (apiName == QLatin1String("usage_scene"))
        return m_ui->usageSceneCombo;
    if (apiName == QLatin1String("product_code"))
        return m_ui->productCombo;
    return nullptr;
}

TokenRequest MainWindow::formRequest() const
{
    TokenRequest request;
    for (const QString &field : FormMemory::fieldNames())
        *requestField(request, field) = comboForField(field)->currentText();
    request.requestId = m_ui->requestIdEdit->text();
    request.token = m_ui->requestTokenEdit->text();
    return request;
}

void MainWindow::setFormRequest(const TokenRequest &request)
{
    for (const QString &field : FormMemory::fieldNames())
        comboForField(field)->setEditText(*requestField(request, field));
    m_ui->requestIdEdit->setText(request.requestId);
    if (!request.token.isEmpty())
        m_ui->requestTokenEdit->setText(request.token);
}

void MainWindow::scheduleDraftSave()
{
    if (!m_loadingForm)
        m_draftTimer.start();
}

void MainWindow::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    if (m_sessionConnection) {
        const QString label = isDemo()
            ? tr("Demo (embedded gateway simulator)")
            : tr("Command line (%1)").arg(m_sessionConnection->settings.gateway.host());
        m_ui->profileCombo->addItem(label, SessionConnectionId);
    }
    for (const QString &name : m_services.profiles->names())
        m_ui->profileCombo->addItem(name, name);
    const int index = m_ui->profileCombo->findData(select);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->welcomeFrame->setVisible(m_ui->profileCombo->count() == 0);
    onProfileChanged();
}

std::optional<Profile> MainWindow::currentConnection() const
{
    const QString id = m_ui->profileCombo->currentData().toString();
    if (id.isEmpty())
        return std::nullopt;
    if (id == SessionConnectionId)
        return m_sessionConnection;
    return m_services.profiles->load(id);
}

void MainWindow::onProfileChanged()
{
    const auto connection = currentConnection();
    if (connection) {
        const ConnectionSettings &s = connection->settings;
        QString text = tr("%1 · AppKey %2 · %3")
                           .arg(s.gateway.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                s.appKey, signMethodName(s.signMethod));
        if (s.isInsecureGateway())
            text +=
                QLatin1String(" · ") + tr("plain http: credentials cross the network unencrypted");
        m_ui->connectionLabel->setText(text);
        fillRecent(connection->name);
        if (!m_loadingForm && connection->name != SessionConnectionId)
            m_services.settings->setValue(QStringLiteral("window/lastProfile"), connection->name);
    } else {
        m_ui->connectionLabel->clear();
    }
    updateValidation();
}

void MainWindow::fillRecent(const QString &profile)
{
    for (const QString &field : FormMemory::fieldNames()) {
        QComboBox *combo = comboForField(field);
        const QString text = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(m_memory.recent(profile, field));
        combo->setEditText(text); // the recent list never overwrites what was typed
    }
}

void MainWindow::manageProfiles()
{
    ProfileDialog dialog(m_services.profiles, m_services.keychain, m_services.sessionSecrets, this);
    const QString current = m_ui->profileCombo->currentData().toString();
    if (current != SessionConnectionId)
        dialog.selectProfile(current);
    connect(&dialog, &ProfileDialog::profilesChanged, this,
            [this, &dialog] { reloadProfiles(dialog.selectedProfile()); });
    dialog.exec();
    reloadProfiles(dialog.selectedProfile().isEmpty() ? current : dialog.selectedProfile());
}

QString MainWindow::fetchBlocker() const
{
    if (m_busy)
        return tr("A request is already running.");
    if (!currentConnection())
        return tr("Choose a connection profile, add one, or try the demo.");
    const QList<QString> settingsProblems = currentConnection()->settings.validate();
    if (!settingsProblems.isEmpty())
        return settingsProblems.first();
    const QList<FieldProblem> problems = formRequest().validate();
    if (!problems.isEmpty())
        return problems.first().message;
    return {};
}

void MainWindow::updateValidation()
{
    const QString blocker = fetchBlocker();
    m_ui->fetchButton->setEnabled(blocker.isEmpty());
    m_ui->validationLabel->setText(m_busy ? QString() : blocker);
    m_ui->validationLabel->setVisible(!m_busy && !blocker.isEmpty());
    // Mark each field with a problem for assistive technology, not by colour alone.
    const TokenRequest request = formRequest();
    for (const QString &field : FormMemory::fieldNames()) {
        const QString problem = fieldProblem(*requestField(request, field), true);
        comboForField(field)->setAccessibleDescription(problem);
    }
}

void MainWindow::updateBusy(bool busy)
{
    m_busy = busy;
    m_ui->cancelButton->setEnabled(busy);
    m_ui->busyBar->setVisible(busy);
    m_ui->requestGroup->setEnabled(!busy);
    m_ui->profileCombo->setEnabled(!busy);
    m_ui->manageProfilesButton->setEnabled(!busy);
    updateValidation();
}

void MainWindow::setFetchTimeout(std::chrono::milliseconds timeout)
{
    m_timeoutFromCommandLine = true;
    m_client->setTimeout(timeout);
}

void MainWindow::fetch()
{
    const QString blocker = fetchBlocker();
    if (!blocker.isEmpty()) {
        if (!m_busy)
            m_ui->validationLabel->setVisible(true);
        return;
    }
    const Profile connection = *currentConnection();
    m_ui->errorBanner->dismiss();
    m_memory.saveDraft(formRequest());
    updateBusy(true);
    statusBar()->showMessage(tr("Reading the app secret…"));

    // A session-only secret (the demo's, or one kept because the keychain was unavailable)
    // comes first; then the keychain.
    const int lookup = ++m_secretLookup;
    const QString key = connection.name;
    m_services.sessionSecrets->readSecret(
        key, this, [this, lookup, key](const SecretStore::Result &session) {
            if (lookup != m_secretLookup)
                return; // cancelled meanwhile
            if (session.ok()) {
                startFetchWithSecret(session.secret);
                return;
            }
            m_services.keychain->readSecret(
                key, this, [this, lookup](const SecretStore::Result &stored) {
                    if (lookup != m_secretLookup)
                        return;
                    if (!stored.ok()) {
                        updateBusy(false);
                        statusBar()->clearMessage();
                        m_ui->errorBanner->showMessage(stored.message, {},
                                                       ErrorBanner::Severity::Warning);
                        Q_EMIT fetchFailed(stored.message);
                        return;
                    }
                    startFetchWithSecret(stored.secret);
                });
        });
}

void MainWindow::startFetchWithSecret(const QByteArray &secret)
{
    const auto connection = currentConnection();
    if (!connection) {
        updateBusy(false);
        return;
    }
    statusBar()->showMessage(
        tr("Requesting a token from %1…").arg(connection->settings.gateway.host()));
    m_client->fetch(connection->settings, formRequest(), secret);
}

void MainWindow::cancelFetch()
{
    if (!m_busy)
        return;
    ++m_secretLookup; // a keychain answer still on its way is ignored
    if (m_client->isBusy()) {
        m_client->cancel(); // onFetchFailed(Cancelled) follows
        return;
    }
    updateBusy(false);
    statusBar()->showMessage(tr("Cancelled."), 5000);
}

void MainWindow::onTokenReceived(const TokenResponse &response)
{
    const TokenRequest request = formRequest();
    const auto connection = currentConnection();
    updateBusy(false);
    const qint64 gatewayOffset = m_client->gatewayClockOffset();
    m_ui->credentialPanel->showCredential(response, m_services.clock->now(), gatewayOffset);
    m_ui->credentialPanel->setVisible(true);
    m_ui->noCredentialLabel->setVisible(false);
    policyView()->setPolicy(response.credential.policy);
    if (connection) {
        m_history.add(HistoryEntry::fromResponse(m_services.clock->now(), connection->name, request,
                                                 response));
        if (m_historyView)
            m_historyView->reload();
        m_memory.remember(connection->name, request);
        if (connection->name != SessionConnectionId
            && m_services.profiles->contains(connection->name)) {
            Profile updated = *connection;
            updated.lastRequest = request;
            m_services.profiles->save(updated);
        }
        fillRecent(connection->name);
    }
    statusBar()->showMessage(
        m_refreshing ? tr("Credential refreshed automatically.") : tr("Token received."), 8000);
    m_refreshing = false;
    // Notices and the tray count on our clock, so they get the deadline on our clock.
    const QDateTime deadline = response.credential.expiration.addSecs(-gatewayOffset);
    m_watcher->watch(deadline);
    m_tray->setExpiry(deadline);
    // Each request gets its own id; the next one is ready.
    m_ui->requestIdEdit->setText(TokenRequest::newRequestId());
    Q_EMIT tokenShown();
}

void MainWindow::onFetchFailed(const FetchError &error)
{
    updateBusy(false);
    statusBar()->clearMessage();
    if (error.kind == FetchError::Kind::Cancelled) {
        m_refreshing = false;
        statusBar()->showMessage(tr("Cancelled."), 5000);
        return;
    }
    if (const auto connection = currentConnection()) {
        m_history.add(HistoryEntry::fromError(m_services.clock->now(), connection->name,
                                              formRequest(), error));
        if (m_historyView)
            m_historyView->reload();
    }
    if (m_refreshing && m_ui->credentialPanel->hasCredential()) {
        // The credential on screen still works: keep it, and say the refresh failed.
        m_refreshing = false;
        const QDateTime expiry = m_watcher->expiry();
        m_ui->errorBanner->showMessage(
            tr("Automatic refresh failed; the current credential stays until %1. %2")
                .arg(QLocale().toString(expiry.toLocalTime().time(), QLocale::ShortFormat),
                     error.message),
            fetchErrorDetails(error), ErrorBanner::Severity::Warning);
        Q_EMIT fetchFailed(error.message);
        return;
    }
    m_refreshing = false;
    m_ui->errorBanner->showFetchError(error);
    Q_EMIT fetchFailed(error.message);
}

void MainWindow::refillFromHistory(const HistoryEntry &entry)
{
    if (m_busy)
        return;
    if (m_ui->profileCombo->findData(entry.profile) >= 0)
        reloadProfiles(entry.profile);
    TokenRequest request = entry.request;
    request.requestId = TokenRequest::newRequestId(); // a repeat is a new request
    setFormRequest(request);
    m_ui->tenantCombo->setFocus();
    statusBar()->showMessage(
        tr("Form filled from the history entry of %1.")
            .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat)),
        5000);
}

void MainWindow::notify(const QString &title, const QString &message, bool critical)
{
    if (!m_notifications)
        return;
    if (!m_tray->notify(title, message, critical))
        statusBar()->showMessage(title + QLatin1String(": ") + message);
    Q_EMIT notificationShown(title, message);
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::setNotificationsEnabled(bool enabled)
{
    m_notifications = enabled;
}

void MainWindow::setWarningThreshold(std::chrono::seconds threshold)
{
    m_watcher->setWarningThreshold(threshold);
    m_ui->credentialPanel->setWarningThreshold(threshold);
}

void MainWindow::setAutoRefresh(bool enabled, std::chrono::seconds before)
{
    m_watcher->setAutoRefresh(enabled, before);
}

bool MainWindow::startDemo()
{
    if (isDemo())
        return true;
    auto *sim = new GatewaySimulator(this);
    const QByteArray secret = randomDemoSecret();
    sim->addApp(QLatin1String(DemoAppKey), secret);
    if (!sim->listen()) {
        m_ui->errorBanner->showMessage(
            tr("The demo gateway could not start: %1").arg(sim->errorString()));
        delete sim;
        return false;
    }
    // For screenshots and demos of failure handling only: the embedded simulator can be told to
    // misbehave or to mint short-lived credentials. Nothing outside demo mode reads these.
    if (const auto scenario =
            GatewaySimulator::scenarioFromName(qEnvironmentVariable("TOKENDESK_DEMO_SCENARIO")))
        sim->setScenario(*scenario);
    bool lifetimeOk = false;
    const int lifetime = qEnvironmentVariableIntValue("TOKENDESK_DEMO_LIFETIME", &lifetimeOk);
    if (lifetimeOk && lifetime > 0)
        sim->setLifetimeSeconds(lifetime);
    if (qEnvironmentVariable("TOKENDESK_DEMO_TAB") == QLatin1String("policy"))
        m_ui->resultTabs->setCurrentWidget(m_ui->policyTab); // builds the page
    m_demo = sim;
    Profile demo;
    demo.name = SessionConnectionId;
    demo.settings.gateway = sim->url();
    demo.settings.appKey = QLatin1String(DemoAppKey);
    m_sessionConnection = demo;
    m_services.sessionSecrets->writeSecret(SessionConnectionId, secret, this,
                                           [](const SecretStore::Result &) {});

    // Ends with the display name, so Qt does not append it a second time.
    setWindowTitle(tr("DEMO — TokenDesk"));
    m_ui->demoLabel->setVisible(true);
    reloadProfiles(SessionConnectionId);
    // A demo with an empty form would leave the visitor guessing: offer sample values.
    TokenRequest request = formRequest();
    const TokenRequest samples{QStringLiteral("demo-tenant"),
                               QStringLiteral("store-0001"),
                               QStringLiteral("inspection"),
                               QStringLiteral("upload"),
                               QStringLiteral("oss"),
                               {},
                               {}};
    for (const QString &field : FormMemory::fieldNames()) {
        if (requestField(request, field)->trimmed().isEmpty())
            comboForField(field)->setEditText(*requestField(samples, field));
    }
    return true;
}

GatewaySimulator *MainWindow::demoSimulator() const
{
    return m_demo.data();
}

bool MainWindow::isDemo() const
{
    return !m_demo.isNull();
}

void MainWindow::applyOptions(const RequestOptions &options)
{
    m_loadingForm = true;
    if (!options.profile.isEmpty()) {
        if (m_services.profiles->contains(options.profile)) {
            reloadProfiles(options.profile);
        } else {
            m_ui->errorBanner->showMessage(
                tr("There is no profile named \"%1\". Add it with Manage profiles….")
                    .arg(options.profile),
                {}, ErrorBanner::Severity::Warning);
        }
    }
    const bool connectionGiven = options.given.contains(QStringLiteral("gateway"))
        || options.given.contains(QStringLiteral("app-key"));
    if (connectionGiven) {
        // Start from the selected profile (if any); every option given on the command line wins.
        Profile base;
        if (const auto selected = currentConnection())
            base.settings = selected->settings;
        RequestOptions merged = options;
        applyProfile(merged, base);
        Profile session;
        session.name = SessionConnectionId;
        session.settings = merged.settings;
        m_sessionConnection = session;
        const QByteArray secret = qgetenv("TOKENDESK_APP_SECRET");
        if (!secret.isEmpty())
            m_services.sessionSecrets->writeSecret(SessionConnectionId, secret, this,
                                                   [](const SecretStore::Result &) {});
        reloadProfiles(SessionConnectionId);
    }
    TokenRequest request = formRequest();
    const auto take = [&options](const char *option, const QString &value, QString &into) {
        if (options.given.contains(QLatin1String(option)))
            into = value;
    };
    take("tenant", options.request.tenantCode, request.tenantCode);
    take("store", options.request.storeId, request.storeId);
    take("scene", options.request.sceneCode, request.sceneCode);
    take("usage-scene", options.request.usageScene, request.usageScene);
    take("product", options.request.productCode, request.productCode);
    take("request-id", options.request.requestId, request.requestId);
    take("token", options.request.token, request.token);
    setFormRequest(request);
    if (options.given.contains(QStringLiteral("timeout"))) {
        m_timeoutFromCommandLine = true;
        m_client->setTimeout(options.timeout);
    }
    m_loadingForm = false;
    updateValidation();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelFetch();
    m_draftTimer.stop();
    m_memory.saveDraft(formRequest());
    m_services.settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_services.settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace TokenDesk
