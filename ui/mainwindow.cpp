// The main window.
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "accessibility.h"
#include "aliyunconfig.h"
#include "clipboardguard.h"
#include "clock.h"
#include "countdownwidget.h"
#include "credentialpanel.h"
#include "credentialtray.h"
#include "errorbanner.h"
#include "expirywatcher.h"
#include "fetcherror.h"
#include "historyview.h"
#include "localserve.h"
#include "networkbackend.h"
#include "policyview.h"
#include "profiledialog.h"
#include "redaction.h"
#include "requestinspector.h"
#include "secretstore.h"
#include "servetoolsbox.h"
#include "sessionmodel.h"
#include "sessionspane.h"
#include "settingsdialog.h"
#include "shortcutshelp.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>

namespace TokenDesk {

namespace {

// The combo entry that stands for a connection that is not a saved profile.
const QString SessionConnectionId = QStringLiteral("@session");
constexpr auto DemoAppKey = "10000001";

// The tokendesk-cli that an aliyun External profile runs: the one installed beside this
// program (or beside its folder, in a build tree), else the one on PATH.
QString tokendeskCliPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QLatin1String("/tokendesk-cli"),
                                 dir + QLatin1String("/../tokendesk-cli")};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("tokendesk-cli"));
    return onPath.isEmpty() ? QStringLiteral("tokendesk-cli") : onPath;
}

// The Profile box's entry for a --gateway/--app-key connection: the gateway's host, or the text
// as given when it has none ("--gateway notaurl"), so the entry never reads "Command line ()".
QString commandLineConnectionLabel(const QUrl &gateway)
{
    QString where = gateway.host();
    if (where.isEmpty())
        where = gateway.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (where.isEmpty())
        return QCoreApplication::translate("TokenDesk::MainWindow", "Command line (no gateway)");
    return QCoreApplication::translate("TokenDesk::MainWindow", "Command line (%1)").arg(where);
}

// Asks for the app secret of a command-line connection; empty when the user cancels. The
// answer lives only in the window's session secrets (memory), never in the keychain.
QByteArray askSessionSecret(QWidget *parent, const Profile &connection)
{
    bool ok = false;
    QString secret = QInputDialog::getText(
        parent, QCoreApplication::translate("TokenDesk::MainWindow", "App Secret"),
        QCoreApplication::translate("TokenDesk::MainWindow",
                                    "App secret for AppKey %1 at %2.\nIt is kept in memory for "
                                    "this window only and never stored.")
            .arg(connection.settings.appKey,
                 connection.settings.gateway.toDisplayString(QUrl::RemoveUserInfo
                                                             | QUrl::RemoveQuery)),
        QLineEdit::Password, QString(), &ok);
    const QByteArray bytes = ok ? secret.trimmed().toUtf8() : QByteArray();
    secret.fill(QLatin1Char('\0')); // the one copy we own does not outlive the call
    return bytes;
}

// Puts the focusable widgets inside `block`, in their order, right after the last focusable
// widget before `anchor` in the window's focus chain. A widget built after the window joins the
// chain at its end; this puts it back where the form had it.
void moveIntoFocusChainAfter(QWidget *anchor, QWidget *block)
{
    QWidget *previous = anchor->previousInFocusChain();
    while (previous != anchor && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    if (previous == anchor)
        return; // nothing focusable before it
    QList<QWidget *> inside;
    for (QWidget *w = block->nextInFocusChain(); w != block; w = w->nextInFocusChain()) {
        if (block->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            inside << w;
    }
    for (QWidget *w : std::as_const(inside)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

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
    , m_sessions(new SessionModel(this))
    , m_tray(new CredentialTray(services.clock, this))
    , m_idleWatcher(new ExpiryWatcher(services.clock, this))
{
    Q_ASSERT(services.profiles && services.keychain && services.sessionSecrets && services.network
             && services.clipboard && services.settings);
    if (!m_services.clock)
        m_services.clock = SystemClock::instance();
    m_ui->setupUi(this);
    // The form's five boxes are editable, made so here rather than by the .ui's "editable":
    // QComboBox::setEditable() also builds each box's popup list and frame (0.66 M instructions
    // apiece) and setLineEdit() its default completer (0.74 M apiece, with its proxy model), five
    // of each before the first frame, where nobody can open a list or type. Here the boxes share
    // one empty completer until finishAfterFirstFrame() gives each Qt's default one and the
    // popup's scroll bar setEditable() would have (tst_mainwindow compares them).
    m_startupCompleter = new QCompleter(this);
    for (const QString &field : FormMemory::fieldNames()) {
        QComboBox *combo = comboForField(field);
        auto *edit = new QLineEdit(combo);
        edit->setCompleter(m_startupCompleter); // setLineEdit() makes none when there is one
        combo->setLineEdit(edit);
    }
    setWindowTitle(tr("TokenDesk"));
    // Everything scrolls rather than hold the window taller than a small screen. Without the
    // scroll area, the word-wrapped labels make Qt set the window's minimum height to the
    // height it would like (about 710 pixels), which no user could shrink.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("centralScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls; they scroll into view
    scroll->setWidget(takeCentralWidget());
    // Sessions on the left, the form and the result on the right: after a fetch, what operators
    // look at is the result, so the form folds to one line and the result gets the height.
    m_sessionsPane = new SessionsPane(this);
    m_sessionsPane->setObjectName(QStringLiteral("sessionsPane"));
    m_sessionsPane->setModel(m_sessions);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sessionsPane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    setCentralWidget(splitter);
    connect(m_sessionsPane, &SessionsPane::sessionSelected, this, &MainWindow::showSession);
    connect(m_sessionsPane, &SessionsPane::removeRequested, this, &MainWindow::removeSession);
    connect(m_sessionsPane, &SessionsPane::removeExpiredRequested, this,
            &MainWindow::removeExpiredSessions);
    connect(m_sessionsPane, &SessionsPane::contextMenuRequested, this, &MainWindow::showSessionMenu);
    m_sessionTicker.setInterval(std::chrono::seconds(1));
    connect(&m_sessionTicker, &QTimer::timeout, this, &MainWindow::updateSessionTicker);
    // Runs only during a rate-limit ban: counts it down, then lets Get token go again.
    m_banTicker.setInterval(std::chrono::seconds(1));
    connect(&m_banTicker, &QTimer::timeout, this, [this] {
        if (m_services.clock->now() >= m_banUntil) {
            m_banUntil = {};
            m_banTicker.stop();
        }
        updateValidation();
    });
    // Ctrl+Tab and Ctrl+PgDn (with Shift, and Ctrl+PgUp, backwards) switch the result tabs from
    // anywhere in the window, not only when the focus is already inside the tab widget.
    const auto stepTabs = [this](int step) {
        QTabWidget *tabs = m_ui->resultTabs;
        tabs->setCurrentIndex((tabs->currentIndex() + step + tabs->count()) % tabs->count());
    };
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [stepTabs] { stepTabs(1); });
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                    QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [stepTabs] { stepTabs(-1); });
    // Ctrl+1..Ctrl+9 select the first nine sessions, from anywhere in the window.
    for (int n = 0; n < 9; ++n) {
        auto *select = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n)), this);
        connect(select, &QShortcut::activated, this, [this, n] {
            if (m_sessionsPane->selectRow(n))
                m_sessionsPane->list()->setFocus(Qt::ShortcutFocusReason);
        });
    }

    // The folded form: one line that says what the result answers, and Edit to open it again.
    m_formSummary = new QWidget(this);
    m_formSummary->setObjectName(QStringLiteral("formSummary"));
    auto *summaryLayout = new QHBoxLayout(m_formSummary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_formSummaryLabel = new QLabel(m_formSummary);
    m_formSummaryLabel->setObjectName(QStringLiteral("formSummaryLabel"));
    m_formSummaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formSummaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *editButton = new QPushButton(tr("Edit &request"), m_formSummary);
    editButton->setObjectName(QStringLiteral("editRequestButton"));
    editButton->setToolTip(tr("Open the request form again"));
    editButton->setAccessibleName(tr("Edit the request"));
    connect(editButton, &QPushButton::clicked, this, [this] {
        setFormFolded(false);
        m_ui->tenantCombo->setFocus(Qt::OtherFocusReason);
    });
    summaryLayout->addWidget(m_formSummaryLabel, 1);
    summaryLayout->addWidget(editButton);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->requestGroup),
                                      m_formSummary);
    m_formSummary->setVisible(false);
    // The tabs take the height that is left, but no less than their pages need: their size
    // hint (the tallest page's) would otherwise decide the window's height.
    QSizePolicy tabsPolicy = m_ui->resultTabs->sizePolicy();
    tabsPolicy.setVerticalPolicy(QSizePolicy::Ignored);
    m_ui->resultTabs->setSizePolicy(tabsPolicy);
    updateTabsMinimumHeight();

    m_ui->credentialTabLayout->addStretch(1); // below the credential panel, once there is one
    // The inspector shows each exchange already redacted by the client.
    // The Request page renders an exchange only once it is built: laying out the answer's text
    // in a hidden page cost 3 MiB (its Chinese "message" loads a CJK fallback font) and time on
    // every fetch, for a page most fetches never show.
    connect(m_ui->resultTabs, &QTabWidget::currentChanged, this, &MainWindow::buildPageFor);
    m_ui->welcomeFrame->setVisible(false);
    m_ui->demoLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    // The DEMO banner stands out by the palette's notice colours (a tool tip's), which every
    // palette pairs readably, rather than by a bold font: a bold face is a second font to load at
    // start-up (about 370 KiB of a demo window's memory, docs/performance.md).
    m_ui->demoLabel->setAutoFillBackground(true);
    m_ui->demoLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->demoLabel->setMargin(m_ui->demoLabel->fontMetrics().height() / 4);

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

    connect(m_tray, &CredentialTray::refetchRequested, this, [this] {
        if (m_shownSession)
            refreshSession(*m_shownSession, false);
        else
            fetch();
    });
    connect(m_tray, &CredentialTray::sessionRefreshRequested, this,
            [this](quint64 id) { refreshSession(id, false); });
    connect(m_tray, &CredentialTray::sessionCopyRequested, this, [this](quint64 id, int part) {
        if (!m_sessions->session(id))
            return;
        if (m_shownSession != id)
            m_sessionsPane->selectSession(id);
        credentialPanel()->copyPart(CredentialPanel::Part(part));
    });
    connect(m_tray, &CredentialTray::menuAboutToShow, this, &MainWindow::updateTraySessions);
    // With no credential ever shown there is no panel, and nothing to copy.
    const auto copyShownPart = [this](CredentialPanel::Part part) {
        if (m_credentialPanel)
            m_credentialPanel->copyPart(part);
    };
    connect(m_tray, &CredentialTray::copyIdRequested, this,
            [copyShownPart] { copyShownPart(CredentialPanel::Part::AccessKeyId); });
    connect(m_tray, &CredentialTray::copySecretRequested, this,
            [copyShownPart] { copyShownPart(CredentialPanel::Part::AccessKeySecret); });
    connect(m_tray, &CredentialTray::copyTokenRequested, this,
            [copyShownPart] { copyShownPart(CredentialPanel::Part::SecurityToken); });
    connect(m_tray, &CredentialTray::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &CredentialTray::serveToggled, this, &MainWindow::setServing);
    connect(m_tray, &CredentialTray::quitRequested, this, [this] {
        close();
        QCoreApplication::quit();
    });
    // The icon goes into the tray after the first frame (finishAfterFirstFrame()), or after a
    // second if the window is never painted (started minimized, say).
    QTimer::singleShot(std::chrono::seconds(1), m_tray, &CredentialTray::showIcon);

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
    // A first run gets room for the session list beside a readable result (it fits 1280x800).
    if (!restoreGeometry(
            m_services.settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 740);
}

CredentialPanel *MainWindow::credentialPanel()
{
    if (m_credentialPanel)
        return m_credentialPanel;
    // Built with the first credential, not at start-up: hidden until then, it cost a sixth of
    // the window's own construction and its polish (docs/performance.md).
    m_credentialPanel = new CredentialPanel(m_ui->credentialTab);
    m_credentialPanel->setObjectName(QStringLiteral("credentialPanel"));
    m_credentialPanel->setVisible(false);
    m_credentialPanel->setClipboardGuard(m_services.clipboard);
    m_credentialPanel->setClock(m_services.clock);
    m_credentialPanel->setWarningThreshold(m_warningThreshold);
    // The values keep their rows together at the top however tall the window is.
    m_credentialPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->credentialTabLayout->insertWidget(0, m_credentialPanel);
    // Where the panel stood in the focus chain when the form built it: after the tab bar.
    moveIntoFocusChainAfter(m_ui->credentialTab, m_credentialPanel);
    // The panel shows one session: its Get token again refreshes that session, its Clear removes
    // it (and wipes its credential).
    connect(m_credentialPanel, &CredentialPanel::refetchRequested, this, [this] {
        if (m_shownSession)
            refreshSession(*m_shownSession, false);
        else
            fetch();
    });
    connect(m_credentialPanel, &CredentialPanel::credentialCleared, this, [this] {
        if (!m_shownSession)
            return; // the panel was wiped because no session is left
        removeSession(*m_shownSession);
        statusBar()->showMessage(tr("Credential cleared from the window."), 5000);
    });
    connect(m_credentialPanel, &CredentialPanel::copied, this, [this](const QString &what) {
        const auto delay =
            std::chrono::duration_cast<std::chrono::seconds>(m_services.clipboard->clearDelay());
        statusBar()->showMessage(
            delay.count() > 0
                ? tr("Copied %1; the clipboard clears in %2 s.").arg(what).arg(delay.count())
                : tr("Copied %1.").arg(what),
            8000);
    });
    connect(m_credentialPanel->serveToolsBox(), &ServeToolsBox::toggled, this,
            &MainWindow::setServing);
    connect(m_credentialPanel, &CredentialPanel::aliyunProfileRequested, this,
            &MainWindow::writeAliyunProfile);
    updateServeBox();
    return m_credentialPanel;
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
        if (const Session *shown = m_shownSession ? m_sessions->session(*m_shownSession) : nullptr)
            m_policyView->setPolicy(shown->response.credential.policy);
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
        if (m_lastExchange)
            m_requestInspector->showRecord(*std::exchange(m_lastExchange, std::nullopt));
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

void MainWindow::fetchWhenShown()
{
    if (m_firstFramePainted) {
        QMetaObject::invokeMethod(this, &MainWindow::fetch, Qt::QueuedConnection);
        return;
    }
    m_fetchWhenShown = true;
}

void MainWindow::finishAfterFirstFrame()
{
    // The connection line becomes selectable (to copy the gateway or the AppKey) now: a
    // selectable label lays its text out as a QTextDocument, for its size and at every width
    // the layouts ask, ~3 M instructions before the first frame for one line.
    m_ui->connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Whether the desktop has a tray is a question to the session bus and the X server.
    m_tray->showIcon();
    if (m_demoPending)
        startDemoGateway();
    // --fetch: after the first frame, not before it. A zero-timer from main() ran before the X
    // server's Expose came back, and the window stayed unpainted while the fetch was set up.
    if (m_fetchWhenShown) {
        m_fetchWhenShown = false;
        fetch();
    }
    // The clear buttons' icon comes from the icon theme, and the first lookup reads the theme
    // from disk (about 10 ms). Nobody can click one before the window is on screen.
    for (const QString &field : FormMemory::fieldNames()) {
        QComboBox *combo = comboForField(field);
        // What QComboBox::setEditable() does, which the constructor left out: an editable
        // box's list scrolls with a bar, not with a popup's arrows (tst_mainwindow compares).
        combo->view()->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        // And the completer QComboBox::setLineEdit() makes by default: the recent values,
        // completed inline whatever their case.
        auto *completer = new QCompleter(combo->model(), combo->lineEdit());
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::InlineCompletion);
        completer->setCompletionColumn(combo->modelColumn());
        combo->setCompleter(completer);
        combo->lineEdit()->setClearButtonEnabled(true);
        // A screen reader announces the text inside the box and its clear button by name.
        for (const QLabel *label : m_ui->requestGroup->findChildren<QLabel *>()) {
            if (label->buddy() == combo)
                nameFieldParts(combo->lineEdit(), label->text());
        }
    }
    delete m_startupCompleter;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&TokenDesk"));
    QAction *getToken = file->addAction(tr("&Get token"), this, &MainWindow::fetch);
    getToken->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    getToken->setShortcutContext(Qt::WidgetShortcut); // the window-wide QShortcut handles it
    file->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfiles);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    // QKeySequence::Preferences is empty on many Linux desktops, where the README's Ctrl+, would
    // then do nothing: Ctrl+, always, plus the platform's own where it has one.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcuts(settingsKeys);
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
    QAction *keys =
        help->addAction(tr("&Keyboard shortcuts"), this, [this] { showKeyboardShortcuts(this); });
    keys->setShortcut(QKeySequence::HelpContents);
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
        setFetcherTimeout(settings.requestTimeout());

    // The proxy: the system's by default; a manual one may need its password from the keychain.
    if (settings.proxyMode == AppSettings::ProxyMode::Manual && !settings.proxyUser.isEmpty()) {
        m_services.keychain->readSecret(
            proxyPasswordKey(), this, [this, settings](const SecretStore::Result &result) {
                if (!result.ok() && result.outcome != SecretStore::Outcome::NotFound)
                    m_ui->errorBanner->showMessage(
                        tr("The proxy password could not be read: %1").arg(result.message), {},
                        ErrorBanner::Severity::Warning);
                m_services.network->applyProxy(settings, QString::fromUtf8(result.secret));
            });
    } else {
        m_services.network->applyProxy(settings, QString());
    }
}

TokenFetcher &MainWindow::fetcher()
{
    if (m_fetcher)
        return *m_fetcher;
    m_fetcher = m_services.network->createFetcher();
    // One notion of "now" for the whole window: request timestamps, countdown and notices.
    m_fetcher->setClock([clock = m_services.clock] { return clock->now(); });
    m_fetcher->setTimeout(m_fetchTimeout);
    TokenFetcher::Handlers handlers;
    // The inspector shows each exchange already redacted by the client.
    // The Request page renders an exchange only once it is built: laying out the answer's text
    // in a hidden page cost 3 MiB (its Chinese "message" loads a CJK fallback font) and time on
    // every fetch, for a page most fetches never show.
    handlers.exchangeFinished = [this](const RequestRecord &record) {
        if (m_requestInspector)
            m_requestInspector->showRecord(record);
        else
            m_lastExchange = record;
    };
    handlers.tokenReceived = [this](const TokenResponse &response) { onTokenReceived(response); };
    handlers.fetchFailed = [this](const FetchError &error) { onFetchFailed(error); };
    handlers.retrying = [this](int attempt, const QString &reason) {
        statusBar()->showMessage(
            tr("Retrying (%1 of %2): %3").arg(attempt).arg(TokenFetcher::MaxRetries).arg(reason));
    };
    handlers.clockSkewDetected = [this](qint64 seconds) {
        statusBar()->showMessage(
            tr("This computer's clock differs from the gateway's by %1 s; corrected "
               "for this request. Synchronise the system clock.")
                .arg(seconds),
            15000);
    };
    m_fetcher->setHandlers(std::move(handlers));
    return *m_fetcher;
}

void MainWindow::setFetcherTimeout(std::chrono::milliseconds timeout)
{
    m_fetchTimeout = timeout;
    if (m_fetcher)
        m_fetcher->setTimeout(timeout);
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
            : commandLineConnectionLabel(m_sessionConnection->settings.gateway);
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

QString MainWindow::connectionSummary(const ConnectionSettings &s)
{
    QString text = tr("%1 · AppKey %2 · %3")
                       .arg(s.gateway.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                            s.appKey, signMethodName(s.signMethod));
    if (s.isInsecureGateway())
        text += QLatin1String(" · ") + tr("plain http: credentials cross the network unencrypted");
    return text;
}

void MainWindow::onProfileChanged()
{
    const auto connection = currentConnection();
    if (connection) {
        m_ui->connectionLabel->setText(connectionSummary(connection->settings));
        fillRecent(connection->name);
        if (!m_loadingForm && connection->name != SessionConnectionId)
            m_services.settings->setValue(QStringLiteral("window/lastProfile"), connection->name);
    } else {
        m_ui->connectionLabel->clear();
    }
    updateDemoIndicators();
    updateValidation();
}

void MainWindow::updateDemoIndicators()
{
    const auto connection = currentConnection();
    const bool demoSelected = isDemo() && connection && connection->name == SessionConnectionId;
    const Session *shown = m_shownSession ? m_sessions->session(*m_shownSession) : nullptr;
    const bool demoShown = isDemo() && shown && shown->connection == SessionConnectionId;
    // The title and the banner follow where the next fetch goes; when that is a real profile
    // while a demo credential is still on screen, the banner says so, so no one mistakes it.
    // The title ends with the display name, so Qt does not append it a second time.
    setWindowTitle(demoSelected ? tr("DEMO — TokenDesk") : QStringLiteral("TokenDesk"));
    if (demoSelected) {
        m_ui->demoLabel->setText(tr("DEMO — credentials come from the embedded gateway simulator "
                                    "and work nowhere else."));
    } else if (demoShown) {
        m_ui->demoLabel->setText(tr("The credential on screen is a demo credential and works "
                                    "nowhere else. The next fetch goes to %1.")
                                     .arg(connection ? connection->name : QString()));
    }
    m_ui->demoLabel->setVisible(demoSelected || demoShown);
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
    if (m_banUntil.isValid()) {
        const qint64 left = m_services.clock->now().secsTo(m_banUntil);
        if (left > 0)
            return tr("The gateway limits how often this app may call it. Get token is available "
                      "again in %n second(s).",
                      nullptr, int(left));
    }
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
    setFetcherTimeout(timeout);
}

void MainWindow::fetch()
{
    if (m_demoPending && !startDemoGateway())
        return;
    const QString blocker = fetchBlocker();
    if (!blocker.isEmpty()) {
        if (!m_busy)
            m_ui->validationLabel->setVisible(true);
        return;
    }
    m_memory.saveDraft(formRequest());
    FetchTarget target;
    target.connection = *currentConnection();
    target.request = formRequest();
    target.fromForm = true;
    startFetch(target);
}

void MainWindow::refreshSession(quint64 id, bool automatic)
{
    const Session *session = m_sessions->session(id);
    if (!session)
        return;
    if (m_busy) {
        // One fetch at a time: the refresh follows the one in flight.
        if (!m_refreshQueue.contains(id))
            m_refreshQueue.append(id);
        return;
    }
    const auto connection = connectionNamed(session->connection);
    if (!connection) {
        FetchError error;
        error.kind = FetchError::Kind::InvalidInput;
        error.message =
            tr("The connection \"%1\" of this session no longer exists.").arg(session->connection);
        finishRefreshWithoutFetch(id, error);
        return;
    }
    FetchTarget target;
    target.connection = *connection;
    target.request = session->request;
    target.request.requestId = TokenRequest::newRequestId(); // a refresh is a new request
    target.session = id;
    target.automatic = automatic;
    startFetch(target);
}

void MainWindow::finishRefreshWithoutFetch(quint64 id, const FetchError &error)
{
    if (LocalServe *serve = m_runtime.value(id).serve)
        serve->fetchFailed(error);
    m_ui->errorBanner->showMessage(error.message, {}, ErrorBanner::Severity::Warning);
    Q_EMIT fetchFailed(error.message);
}

void MainWindow::startNextRefresh()
{
    while (!m_busy && !m_refreshQueue.isEmpty()) {
        const quint64 id = m_refreshQueue.takeFirst();
        refreshSession(id, true);
    }
}

void MainWindow::startFetch(const FetchTarget &target)
{
    m_ui->errorBanner->dismiss();
    m_inFlight = target;
    updateBusy(true);
    statusBar()->showMessage(tr("Reading the app secret…"));

    // A session-only secret (the demo's, or one kept because the keychain was unavailable)
    // comes first; then the keychain.
    const int lookup = ++m_secretLookup;
    const QString key = target.connection.name;
    m_services.sessionSecrets->readSecret(
        key, this, [this, lookup, key](const SecretStore::Result &session) {
            if (lookup != m_secretLookup)
                return; // cancelled meanwhile
            if (session.ok()) {
                startFetchWithSecret(session.secret);
                return;
            }
            if (key == SessionConnectionId) {
                // A --gateway/--app-key connection is no profile, so the keychain has nothing
                // under its name: ask for the secret of this window instead.
                const QByteArray secret = m_askSessionSecret
                    ? m_askSessionSecret(*m_sessionConnection)
                    : askSessionSecret(this, *m_sessionConnection);
                if (secret.isEmpty()) {
                    failFetchForSecret(tr("No app secret for this command-line connection. Enter "
                                          "it when asked, or start TokenDesk with the "
                                          "TOKENDESK_APP_SECRET environment variable set."));
                    return;
                }
                m_services.sessionSecrets->writeSecret(SessionConnectionId, secret, this,
                                                       [](const SecretStore::Result &) {});
                startFetchWithSecret(secret);
                return;
            }
            m_services.keychain->readSecret(key, this,
                                            [this, lookup](const SecretStore::Result &stored) {
                                                if (lookup != m_secretLookup)
                                                    return;
                                                if (!stored.ok()) {
                                                    failFetchForSecret(stored.message);
                                                    return;
                                                }
                                                startFetchWithSecret(stored.secret);
                                            });
        });
}

void MainWindow::failFetchForSecret(const QString &message)
{
    const FetchTarget failed = takeInFlight();
    updateBusy(false);
    statusBar()->clearMessage();
    FetchError error;
    error.kind = FetchError::Kind::InvalidInput;
    error.message = message;
    if (failed.session) {
        finishRefreshWithoutFetch(*failed.session, error);
    } else {
        m_ui->errorBanner->showMessage(message, {}, ErrorBanner::Severity::Warning);
        Q_EMIT fetchFailed(message);
    }
    startNextRefresh();
}

void MainWindow::startFetchWithSecret(const QByteArray &secret)
{
    if (!m_inFlight) {
        updateBusy(false);
        return;
    }
    statusBar()->showMessage(
        tr("Requesting a token from %1…").arg(m_inFlight->connection.settings.gateway.host()));
    fetcher().fetch(m_inFlight->connection.settings, m_inFlight->request, secret);
}

MainWindow::FetchTarget MainWindow::takeInFlight()
{
    FetchTarget target = m_inFlight.value_or(FetchTarget());
    m_inFlight.reset();
    return target;
}

void MainWindow::cancelFetch()
{
    if (!m_busy)
        return;
    ++m_secretLookup; // a keychain answer still on its way is ignored
    if (m_fetcher && m_fetcher->isBusy()) {
        m_fetcher->cancel(); // onFetchFailed(Cancelled) follows
        return;
    }
    const FetchTarget target = takeInFlight();
    updateBusy(false);
    if (target.session) {
        FetchError cancelled;
        cancelled.kind = FetchError::Kind::Cancelled;
        if (LocalServe *serve = m_runtime.value(*target.session).serve)
            serve->fetchFailed(cancelled);
    }
    statusBar()->showMessage(tr("Cancelled."), 5000);
}

void MainWindow::onTokenReceived(const TokenResponse &response)
{
    const FetchTarget target = takeInFlight();
    updateBusy(false);
    const QDateTime now = m_services.clock->now();
    const qint64 gatewayOffset = fetcher().gatewayClockOffset();
    const QString connectionName = target.connection.name;

    m_history.add(HistoryEntry::fromResponse(now, historyConnectionName(connectionName),
                                             target.request, response));
    if (m_historyView)
        m_historyView->reload();

    quint64 id = 0;
    if (target.session && m_sessions->update(*target.session, response, gatewayOffset, now, now)) {
        id = *target.session;
    } else {
        Session session;
        session.connection = connectionName;
        session.connectionTitle = connectionTitle(connectionName);
        session.request = target.request;
        session.response = response;
        session.gatewayClockOffset = gatewayOffset;
        session.issued = now;
        id = m_sessions->upsert(session, now);
    }
    SessionRuntime &runtime = runtimeFor(id);
    // Notices and the tray count on our clock, so they get the deadline on our clock.
    runtime.watcher->watch(m_sessions->session(id)->localExpiry());
    if (runtime.serve)
        runtime.serve->credentialFetched(response, gatewayOffset);
    updateSessionTicker();

    if (target.fromForm) {
        m_memory.remember(connectionName, target.request);
        if (connectionName != SessionConnectionId && m_services.profiles->contains(connectionName)) {
            Profile updated = target.connection;
            updated.lastRequest = target.request;
            m_services.profiles->save(updated);
        }
        fillRecent(connectionName);
        // Each request gets its own id; the next one is ready.
        m_ui->requestIdEdit->setText(TokenRequest::newRequestId());
        setFormFolded(true);
    }
    // A fetch from the form shows its session; a refresh re-shows the one on screen.
    if (target.fromForm || m_shownSession == id) {
        if (m_sessionsPane->selectedSession() != id)
            m_sessionsPane->selectSession(id); // shows it
        else
            showSession(id);
    }
    statusBar()->showMessage(
        target.automatic
            ? tr("Credential for %1 refreshed automatically.").arg(m_sessions->session(id)->title())
            : tr("Token received."),
        8000);
    Q_EMIT tokenShown();
    startNextRefresh();
    if (m_demoSessionsToAdd > 0) {
        m_ui->storeCombo->setEditText(QStringLiteral("bench-store-%1").arg(m_demoSessionsToAdd--));
        QMetaObject::invokeMethod(this, &MainWindow::fetch, Qt::QueuedConnection);
    }
}

void MainWindow::onFetchFailed(const FetchError &error)
{
    const FetchTarget target = takeInFlight();
    if (target.session) {
        if (LocalServe *serve = m_runtime.value(*target.session).serve)
            serve->fetchFailed(error);
    }
    updateBusy(false);
    statusBar()->clearMessage();
    if (error.kind == FetchError::Kind::Cancelled) {
        statusBar()->showMessage(tr("Cancelled."), 5000);
        startNextRefresh();
        return;
    }
    if (error.kind == FetchError::Kind::Gateway && error.gateway.banSeconds > 0)
        startBan(error.gateway.banSeconds);
    m_history.add(HistoryEntry::fromError(m_services.clock->now(),
                                          historyConnectionName(target.connection.name),
                                          target.request, error));
    if (m_historyView)
        m_historyView->reload();
    const Session *session = target.session ? m_sessions->session(*target.session) : nullptr;
    const QDateTime now = m_services.clock->now();
    if (target.automatic && session && session->localExpiry() > now) {
        // The credential on screen still works: keep it, and say the refresh failed.
        m_ui->errorBanner->showMessage(
            tr("Automatic refresh failed for %1; its current credential stays until %2. %3")
                .arg(session->title(),
                     QLocale().toString(session->localExpiry().toLocalTime().time(),
                                        QLocale::ShortFormat),
                     error.message),
            fetchErrorDetails(error), ErrorBanner::Severity::Warning);
    } else {
        if (target.fromForm)
            setFormFolded(false); // what to fix is in the form
        m_ui->errorBanner->showFetchError(error);
    }
    Q_EMIT fetchFailed(error.message);
    startNextRefresh();
}

void MainWindow::startBan(int seconds)
{
    m_banUntil = m_services.clock->now().addSecs(seconds);
    m_banTicker.start();
    updateValidation();
}

QString MainWindow::historyConnectionName(const QString &name) const
{
    if (name != SessionConnectionId)
        return name;
    return isDemo() ? QString(HistoryEntry::DemoConnection)
                    : QString(HistoryEntry::CommandLineConnection);
}

void MainWindow::refillFromHistory(const HistoryEntry &entry)
{
    if (m_busy)
        return;
    // The demo's and the command line's entries come back to the window's own connection
    // when it is the same kind now.
    const QString profile = entry.profile == historyConnectionName(SessionConnectionId)
        ? SessionConnectionId
        : entry.profile;
    if (m_ui->profileCombo->findData(profile) >= 0)
        reloadProfiles(profile);
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
    m_warningThreshold = threshold;
    for (const SessionRuntime &runtime : std::as_const(m_runtime))
        runtime.watcher->setWarningThreshold(threshold);
    if (m_credentialPanel)
        m_credentialPanel->setWarningThreshold(threshold);
    m_sessions->setWarningThreshold(threshold);
    m_sessions->tick(m_services.clock->now());
}

void MainWindow::setAutoRefresh(bool enabled, std::chrono::seconds before)
{
    m_autoRefresh = enabled;
    m_autoRefreshBefore = before;
    for (const SessionRuntime &runtime : std::as_const(m_runtime))
        runtime.watcher->setAutoRefresh(enabled, before);
}

ExpiryWatcher *MainWindow::expiryWatcher() const
{
    const auto shown = m_shownSession ? m_runtime.find(*m_shownSession) : m_runtime.cend();
    return shown != m_runtime.cend() ? shown->watcher : m_idleWatcher;
}

void MainWindow::updateTraySessions()
{
    QList<CredentialTray::SessionEntry> entries;
    const QDateTime now = m_services.clock->now();
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const Session *session = m_sessions->sessionAt(row);
        const CountdownState state = m_sessions->stateOf(session->id);
        if (state.phase == CountdownState::Phase::Expired || session->localExpiry() <= now)
            continue; // the tray lists the live ones
        entries.append({session->id, session->title(), sessionTimeLeftText(state)});
    }
    m_tray->setSessions(entries);
}

bool MainWindow::startDemo()
{
    if (isDemo())
        return true;
    m_demoSecret = randomDemoSecret();
    // Before the first frame (tokendesk --demo), the gateway waits for it: it needs the network
    // module, and the window shows first. Everything that uses the gateway starts it first.
    if (m_firstFramePainted) {
        if (!startDemoGateway())
            return false;
    } else {
        m_demoPending = true;
    }
    // For the window benchmark's idle measure with many sessions: after the first fetch, N-1
    // more, one store each.
    bool sessionsOk = false;
    const int demoSessions = qEnvironmentVariableIntValue("TOKENDESK_DEMO_SESSIONS", &sessionsOk);
    if (sessionsOk && demoSessions > 1)
        m_demoSessionsToAdd = qMin(demoSessions, 500) - 1;
    if (qEnvironmentVariable("TOKENDESK_DEMO_TAB") == QLatin1String("policy"))
        m_ui->resultTabs->setCurrentWidget(m_ui->policyTab); // builds the page
    Profile demo;
    demo.name = SessionConnectionId;
    // Until the gateway listens (just after the first frame), a loopback address without its
    // port: what the first frame says of the connection does not depend on the port.
    demo.settings.gateway =
        m_demo ? m_demoUrl : QUrl(QStringLiteral("http://127.0.0.1/router/rest"));
    demo.settings.appKey = QLatin1String(DemoAppKey);
    m_sessionConnection = demo;
    m_services.sessionSecrets->writeSecret(SessionConnectionId, m_demoSecret, this,
                                           [](const SecretStore::Result &) {});

    reloadProfiles(SessionConnectionId); // the title and the DEMO banner follow the selection
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

bool MainWindow::startDemoGateway()
{
    m_demoPending = false;
    const DemoGateway gateway =
        m_services.network->startDemoGateway(QLatin1String(DemoAppKey), m_demoSecret, this);
    if (!gateway.simulator) {
        m_ui->errorBanner->showMessage(
            tr("The demo gateway could not start: %1").arg(gateway.error));
        return false;
    }
    m_demo = gateway.object;
    m_demoSimulator = gateway.simulator;
    m_demoUrl = gateway.url;
    if (m_sessionConnection && m_sessionConnection->name == SessionConnectionId) {
        m_sessionConnection->settings.gateway = gateway.url;
        const auto connection = currentConnection();
        if (connection && connection->name == SessionConnectionId)
            m_ui->connectionLabel->setText(connectionSummary(connection->settings)); // the port
    }
    return true;
}

GatewaySimulator *MainWindow::demoSimulator()
{
    if (m_demoPending)
        startDemoGateway();
    return m_demo ? m_demoSimulator : nullptr;
}

bool MainWindow::isDemo() const
{
    return m_demoPending || !m_demo.isNull();
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
        setFetcherTimeout(options.timeout);
    }
    m_loadingForm = false;
    updateValidation();
}

// ---- sessions ------------------------------------------------------------------------------

MainWindow::SessionRuntime &MainWindow::runtimeFor(quint64 id)
{
    SessionRuntime &runtime = m_runtime[id];
    if (runtime.watcher)
        return runtime;
    runtime.watcher = new ExpiryWatcher(m_services.clock, this);
    runtime.watcher->setWarningThreshold(m_warningThreshold);
    runtime.watcher->setAutoRefresh(m_autoRefresh, m_autoRefreshBefore);
    connect(runtime.watcher, &ExpiryWatcher::warningReached, this, [this, id](qint64 secondsLeft) {
        const Session *session = m_sessions->session(id);
        if (!session)
            return;
        notify(tr("Credential for %1 expires soon").arg(session->title()),
               tr("%n minute(s) left. Get a new token before it stops working.", nullptr,
                  int((secondsLeft + 59) / 60)),
               false);
    });
    connect(runtime.watcher, &ExpiryWatcher::expired, this, [this, id] {
        const Session *session = m_sessions->session(id);
        if (!session)
            return;
        notify(tr("Credential for %1 expired").arg(session->title()),
               tr("The temporary credential no longer works. Get a new token."), true);
        m_sessions->tick(m_services.clock->now());
    });
    connect(runtime.watcher, &ExpiryWatcher::refreshDue, this,
            [this, id] { refreshSession(id, true); });
    return runtime;
}

std::optional<Profile> MainWindow::connectionNamed(const QString &name) const
{
    if (name == SessionConnectionId)
        return m_sessionConnection;
    return m_services.profiles->load(name);
}

QString MainWindow::connectionTitle(const QString &name) const
{
    if (name != SessionConnectionId)
        return name;
    return isDemo() ? tr("Demo") : tr("Command line");
}

void MainWindow::showSession(quint64 id)
{
    const Session *session = m_sessions->session(id);
    if (!session)
        return;
    m_shownSession = id;
    credentialPanel()->showCredential(session->response, session->issued,
                                      session->gatewayClockOffset);
    if (m_credentialPanel->isHidden()) {
        m_credentialPanel->setVisible(true);
        updateTabsMinimumHeight(); // the tabs now need the panel's room (a hidden one needs none)
    }
    m_ui->noCredentialLabel->setVisible(false);
    if (m_policyView) // else the page takes the shown session's policy when it is built
        m_policyView->setPolicy(session->response.credential.policy);
    updateServeBox();
    m_tray->setExpiry(session->localExpiry());
    updateDemoIndicators();
}

void MainWindow::removeSession(quint64 id)
{
    SessionRuntime runtime = m_runtime.take(id);
    delete runtime.serve; // stops its endpoint
    delete runtime.watcher;
    m_refreshQueue.removeAll(id);
    const bool shown = m_shownSession == id;
    if (shown)
        m_shownSession.reset();
    m_sessions->remove(id);
    if (!shown)
        return;
    // Another session takes the panel; with none left, the panel is wiped.
    if (const auto next = m_sessionsPane->selectedSession()) {
        showSession(*next);
        return;
    }
    if (m_sessions->rowCount() > 0 && m_sessionsPane->selectRow(0))
        return;
    credentialPanel()->clearCredential(); // credentialCleared: nothing shown, nothing to do
    credentialPanel()->setVisible(false);
    m_ui->noCredentialLabel->setVisible(true);
    if (m_policyView)
        m_policyView->clearPolicy();
    m_tray->setExpiry({});
    updateServeBox();
    updateSessionTicker();
    updateDemoIndicators();
}

void MainWindow::removeExpiredSessions()
{
    const QDateTime now = m_services.clock->now();
    int removed = 0;
    for (const quint64 id : m_sessions->ids()) {
        if (m_sessions->stateOf(id).phase == CountdownState::Phase::Expired
            || m_sessions->session(id)->localExpiry() <= now) {
            removeSession(id);
            ++removed;
        }
    }
    statusBar()->showMessage(tr("Removed %n expired session(s).", nullptr, removed), 5000);
}

void MainWindow::updateSessionTicker()
{
    m_sessions->tick(m_services.clock->now());
    // One timer drives every row; it runs only while some credential is still counting down.
    if (m_sessions->hasLiveSessions())
        m_sessionTicker.start();
    else
        m_sessionTicker.stop();
}

void MainWindow::showSessionMenu(quint64 id, const QPoint &globalPos)
{
    if (!m_sessions->session(id))
        return;
    if (m_shownSession != id)
        m_sessionsPane->selectSession(id);
    QMenu menu(this);
    menu.addAction(tr("&Refresh"), this, [this, id] { refreshSession(id, false); })
        ->setEnabled(!m_refreshQueue.contains(id));
    QMenu *copyAs = menu.addMenu(tr("Copy &as"));
    copyAs->addActions(credentialPanel()->copyAsActions());
    QAction *serve = menu.addAction(tr("Ser&ve to local tools"));
    serve->setCheckable(true);
    serve->setChecked(isServing());
    connect(serve, &QAction::triggered, this, &MainWindow::setServing);
    menu.addSeparator();
    menu.addAction(tr("Re&move"), this, [this, id] { removeSession(id); });
    menu.exec(globalPos);
}

void MainWindow::setFormFolded(bool folded)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->requestGroup), static_cast<QWidget *>(m_ui->profileLabel),
          static_cast<QWidget *>(m_ui->profileCombo),
          static_cast<QWidget *>(m_ui->manageProfilesButton),
          static_cast<QWidget *>(m_ui->connectionLabel)})
        widget->setVisible(!folded);
    m_formSummary->setVisible(folded);
    if (folded) {
        const TokenRequest r = formRequest().trimmed();
        const QString text = tr("%1 · tenant %2 · store %3 · scene %4 · usage scene %5 · "
                                "product %6")
                                 .arg(m_ui->profileCombo->currentText(), r.tenantCode, r.storeId,
                                      r.sceneCode, r.usageScene, r.productCode);
        m_formSummaryLabel->setText(text);
        m_formSummaryLabel->setToolTip(text);
    } else {
        updateValidation();
    }
}

// ---- serving -------------------------------------------------------------------------------

bool MainWindow::isServing() const
{
    return m_shownSession && m_runtime.value(*m_shownSession).serve
        && m_runtime.value(*m_shownSession).serve->isServing();
}

void MainWindow::updateServeBox()
{
    LocalServe *serve = m_shownSession ? m_runtime.value(*m_shownSession).serve : nullptr;
    const bool serving = serve && serve->isServing();
    m_tray->setServing(serving);
    if (!m_credentialPanel)
        return; // nothing shown yet: the panel's box starts as not serving
    ServeToolsBox *box = m_credentialPanel->serveToolsBox();
    box->setServing(serving, serving ? serve->uri() : QUrl());
    if (serving)
        box->setActivity(serve->answered(), serve->lastRequestAt());
}

LocalServe *MainWindow::localServe() const
{
    return m_shownSession ? m_runtime.value(*m_shownSession).serve : nullptr;
}

bool MainWindow::setServing(bool on)
{
    if (!m_shownSession) {
        updateServeBox();
        return false;
    }
    const quint64 id = *m_shownSession;
    SessionRuntime &runtime = runtimeFor(id);
    if (!on) {
        if (runtime.serve && runtime.serve->isServing()) {
            runtime.serve->stop();
            statusBar()->showMessage(tr("Stopped serving to local tools."), 5000);
        }
        updateServeBox();
        return true;
    }
    if (runtime.serve && runtime.serve->isServing())
        return true;
    if (!runtime.serve) {
        // A refresh the endpoint asks for is this session's own refresh.
        runtime.serve = new LocalServe(
            m_services.network, [this, id] { refreshSession(id, true); }, this);
        runtime.serve->setClock([clock = m_services.clock] { return clock->now(); });
        LocalServe *serve = runtime.serve;
        connect(serve, &LocalServe::servingChanged, this, [this, id] {
            if (m_shownSession == id)
                updateServeBox();
        });
        connect(serve, &LocalServe::activityChanged, this, [this, id, serve] {
            if (m_shownSession == id)
                credentialPanel()->serveToolsBox()->setActivity(serve->answered(),
                                                                serve->lastRequestAt());
        });
    }
    const Session *session = m_sessions->session(id);
    if (!runtime.serve->start(session->response, session->gatewayClockOffset)) {
        updateServeBox();
        m_ui->errorBanner->showMessage(
            tr("Cannot serve to local tools: %1").arg(runtime.serve->errorString()));
        return false;
    }
    // The port only: the path is a capability, and status bars end up in screenshots.
    statusBar()->showMessage(
        tr("Serving to local tools on 127.0.0.1 port %1.").arg(runtime.serve->uri().port()), 8000);
    return true;
}

void MainWindow::setAliyunProfileNameQuestion(std::function<QString()> ask)
{
    m_askAliyunProfileName = std::move(ask);
}

void MainWindow::setSessionSecretQuestion(std::function<QByteArray(const Profile &)> ask)
{
    m_askSessionSecret = std::move(ask);
}

void MainWindow::writeAliyunProfile()
{
    const Session *session = m_shownSession ? m_sessions->session(*m_shownSession) : nullptr;
    const auto connection = session ? connectionNamed(session->connection) : std::nullopt;
    if (!connection)
        return;
    if (isDemo() && connection->name == SessionConnectionId) {
        m_ui->errorBanner->showMessage(
            tr("The demo gateway exists only while this window is open, so an aliyun profile "
               "could not reach it. Save a real connection as a profile first."),
            {}, ErrorBanner::Severity::Warning);
        return;
    }
    QString name;
    if (m_askAliyunProfileName) {
        name = m_askAliyunProfileName();
    } else {
        name = QInputDialog::getText(this, tr("aliyun External Profile"),
                                     tr("Name of the profile to add or replace in %1:")
                                         .arg(QDir::toNativeSeparators(defaultAliyunConfigPath())),
                                     QLineEdit::Normal, QStringLiteral("tokendesk"));
    }
    name = name.trimmed();
    if (name.isEmpty())
        return;

    RequestOptions options;
    if (connection->name != SessionConnectionId)
        options.profile = connection->name; // its secret is in the keychain
    options.settings = connection->settings;
    options.request = session->request;
    options.timeout = m_fetchTimeout;
    AliyunExternalProfile profile;
    profile.name = name;
    profile.command = aliyunProcessCommand(tokendeskCliPath(), options);
    const QString path = defaultAliyunConfigPath();
    const QString error = writeExternalProfile(path, profile);
    if (!error.isEmpty()) {
        m_ui->errorBanner->showMessage(tr("Could not write the aliyun profile: %1").arg(error));
        return;
    }
    QString message = tr("Wrote the aliyun profile \"%1\" to %2. Try: aliyun sts "
                         "GetCallerIdentity --profile %1")
                          .arg(name, QDir::toNativeSeparators(path));
    if (options.profile.isEmpty())
        message += QLatin1Char(' ')
            + tr("It reads the app secret from TOKENDESK_APP_SECRET, which must be set where the "
                 "aliyun CLI runs.");
    statusBar()->showMessage(message, 15000);
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
