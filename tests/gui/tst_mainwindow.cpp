// The main window on the offscreen platform, fetching over loopback from the embedded
// gateway simulator (demo mode) or a simulator of the test's own.
#include "appsettings.h"
#include "clipboardguard.h"
#include "clock.h"
#include "countdown.h"
#include "credentialpanel.h"
#include "credentialtray.h"
#include "errorbanner.h"
#include "expirywatcher.h"
#include "gatewaysimulator.h"
#include "historymodel.h"
#include "historystore.h"
#include "historyview.h"
#include "hostilegateway.h"
#include "inprocessnetworkbackend.h"
#include "localserve.h"
#include "mainwindow.h"
#include "policyview.h"
#include "profile.h"
#include "requestinspector.h"
#include "secretstore.h"
#include "servetoolsbox.h"
#include "sessionmodel.h"
#include "sessionspane.h"
#include "windowtestservices.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

// A secret store that always fails as an unreachable keychain does.
class UnavailableSecretStore : public SecretStore
{
public:
    void readSecret(const QString &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void writeSecret(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void removeSecret(const QString &, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    QString description() const override { return QStringLiteral("nothing"); }

private:
    void fail(QObject *context, Callback done)
    {
        deliverLater(
            context, std::move(done),
            Result{Outcome::Unavailable,
                   {},
                   QStringLiteral("No keychain service is reachable. Start gnome-keyring.")});
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<InProcessNetworkBackend> m_network;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<MainWindow> makeWindow(bool show = true)
    {
        MainWindow::Services services;
        services.profiles = m_profiles.get();
        services.keychain = m_keychain.get();
        services.sessionSecrets = m_session.get();
        services.network = m_network.get();
        services.clipboard = m_clipboard.get();
        services.settings = m_settings.get();
        services.clock = m_clock.get();
        auto window = std::make_unique<MainWindow>(services);
        if (!show)
            return window;
        window->show();
        // Shortcuts (Ctrl+Return, Esc) only reach an active window.
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window never became active");
        return window;
    }

    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        return TestSupport::namedChild<T>(window, name);
    }

    static void typeInto(QWidget *window, const char *comboName, const QString &text)
    {
        QComboBox *combo = child<QComboBox>(window, comboName);
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Delete);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(combo->lineEdit(), QString(c));
            } else {
                // Chinese arrives through an input method, as a commit string.
                QInputMethodEvent event;
                event.setCommitString(QString(c));
                QCoreApplication::sendEvent(combo->lineEdit(), &event);
            }
        }
    }

    static void fillForm(QWidget *window)
    {
        typeInto(window, "tenantCombo", QStringLiteral("t-1"));
        typeInto(window, "storeCombo", QStringLiteral("poi-9"));
        typeInto(window, "sceneCombo", QStringLiteral("场景一"));
        typeInto(window, "usageSceneCombo", QStringLiteral("upload"));
        typeInto(window, "productCombo", QStringLiteral("oss"));
    }

    // A profile for app key 777 on `gateway`, its secret in the keychain: true once stored.
    bool saveProfileWithSecret(const QString &name, const QUrl &gateway, const QByteArray &secret)
    {
        return TestSupport::saveProfileWithSecret(*m_profiles, *m_keychain, name, gateway, secret);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ui.ini")),
                                                 QSettings::IniFormat);
        m_profileSettings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
        m_network = std::make_unique<InProcessNetworkBackend>();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    }
    void cleanup()
    {
        m_clipboard.reset();
        m_clock.reset();
        m_network.reset();
        m_session.reset();
        m_keychain.reset();
        m_profiles.reset();
        m_profileSettings.reset();
        m_settings.reset();
        m_dir.reset();
    }

    // A real HTTP GET on loopback, as an SDK's credentials_uri provider makes it: the status
    // (0 when nothing answers) and the body.
    QPair<int, QJsonObject> httpGet(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network->networkAccess()->get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
            qWarning("the GET never finished");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, body};
    }

    // Demo mode, a filled form and one fetch that shows a token: true when it did.
    static bool fetchInDemo(MainWindow *window)
    {
        if (!window->startDemo())
            return false;
        fillForm(window);
        QSignalSpy shown(window, &MainWindow::tokenShown);
        window->fetch();
        return QTest::qWaitFor([&] { return shown.size() == 1; }, 15000);
    }

    // tokendesk --fetch: nothing is sent before the window's first frame, and the fetch starts
    // once it is on screen.
    void fetchWhenShownWaitsForTheFirstFrame()
    {
        auto window = makeWindow(false);
        QVERIFY(window->startDemo());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetchWhenShown();
        QTest::qWait(200);
        QVERIFY(!child<QPushButton>(window.get(), "cancelButton")->isEnabled()); // not busy
        // The demo's gateway, too, waits for the first frame; the window is a demo already.
        QVERIFY(window->isDemo());
        QVERIFY(!window->isDemoGatewayListening());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QVERIFY(window->demoSimulator());
        QCOMPARE(window->demoSimulator()->requestCount(), 1);
        // The connection line names the gateway's real address, port included.
        const QUrl url = window->demoSimulator()->url();
        QVERIFY2(child<QLabel>(window.get(), "connectionLabel")
                     ->text()
                     .contains(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)),
                 qPrintable(child<QLabel>(window.get(), "connectionLabel")->text()));
        // Asked again once shown, it fetches again at once.
        window->fetchWhenShown();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
    }

    // The form's boxes are made editable with setLineEdit() (no popup before the first frame);
    // once shown they are what QComboBox::setEditable() makes: the same completer, the same
    // popup scroll bar, and the popup opens with the recent values.
    void formBoxesAreEditableAsSetEditableMakesThem()
    {
        auto window = makeWindow();
        QComboBox reference;
        reference.setEditable(true);
        reference.addItems({QStringLiteral("acme"), QStringLiteral("acme-2")});
        // Until just after the first frame the boxes share an empty completer.
        auto *product = child<QComboBox>(window.get(), "productCombo");
        QVERIFY(QTest::qWaitFor(
            [&] { return product->lineEdit()->completer()->model() == product->model(); }));
        for (const char *name :
             {"tenantCombo", "storeCombo", "sceneCombo", "usageSceneCombo", "productCombo"}) {
            auto *combo = child<QComboBox>(window.get(), name);
            QVERIFY(combo->isEditable());
            QCompleter *completer = combo->lineEdit()->completer();
            QVERIFY(completer);
            QCOMPARE(completer->caseSensitivity(), reference.completer()->caseSensitivity());
            QCOMPARE(completer->completionMode(), reference.completer()->completionMode());
            QCOMPARE(completer->model(), combo->model());
            QCOMPARE(combo->view()->verticalScrollBarPolicy(),
                     reference.view()->verticalScrollBarPolicy());
            QCOMPARE(combo->insertPolicy(), QComboBox::NoInsert);
        }
        // Inline completion from a recent value, as before.
        auto *tenant = child<QComboBox>(window.get(), "tenantCombo");
        tenant->addItem(QStringLiteral("acme-tenant"));
        tenant->lineEdit()->clear();
        tenant->setFocus();
        QTest::keyClicks(tenant->lineEdit(), QStringLiteral("acm"));
        QTRY_COMPARE(tenant->lineEdit()->text(), QStringLiteral("acme-tenant"));
        tenant->showPopup();
        QTRY_VERIFY(tenant->view()->isVisible());
        tenant->hidePopup();
    }

    // The connection line is selectable once the window is up (it is not before the first
    // frame, to keep a QTextDocument out of it), and becoming so does not move it: its height
    // at every width is what the same line, not selectable, asks.
    void connectionLineIsSelectableWithoutMoving()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        auto *line = child<QLabel>(window.get(), "connectionLabel");
        QTRY_VERIFY(line->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QVERIFY(!line->text().isEmpty());
        QLabel plain(line->text());
        plain.setWordWrap(true);
        plain.setFont(line->font());
        for (const int width : {120, 240, 400, 700, line->width()})
            QCOMPARE(line->heightForWidth(width), plain.heightForWidth(width));
        QCOMPARE(line->sizeHint(), plain.sizeHint());
    }

    void firstRunOffersTheDemo()
    {
        auto window = makeWindow();
        QVERIFY(window->windowTitle().contains(QLatin1String("TokenDesk")));
        QVERIFY(child<QWidget>(window.get(), "welcomeFrame")->isVisible());
        QVERIFY(!child<QPushButton>(window.get(), "fetchButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(window.get(), "tryDemoButton"), Qt::LeftButton);
        QVERIFY(window->isDemo());
        QVERIFY(window->windowTitle().contains(QLatin1String("DEMO")));
        QVERIFY(child<QLabel>(window.get(), "demoLabel")->isVisible());
        QVERIFY(!child<QWidget>(window.get(), "welcomeFrame")->isVisible());
        // The demo fills the empty form with samples, so one click gets a token.
        QVERIFY(child<QPushButton>(window.get(), "fetchButton")->isEnabled());
    }

    // The tray menu's Copy and Serve entries wait for a credential. (Its icon waits for the
    // first frame: asking whether the desktop has a tray takes round trips. Offscreen there is
    // no tray to show it in.)
    void trayCredentialEntriesWaitForACredential()
    {
        auto window = makeWindow();
        auto *tray = window->findChild<CredentialTray *>();
        QVERIFY(tray && tray->menu());
        const auto credentialEntries = [&] {
            QList<QAction *> entries;
            for (QAction *action : tray->menu()->actions()) {
                if (action->text().startsWith(QLatin1String("Copy"))
                    || action->text().contains(QLatin1String("Ser&ve")))
                    entries.append(action);
            }
            return entries;
        };
        QCOMPARE(credentialEntries().size(), 4);
        for (QAction *action : credentialEntries())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(fetchInDemo(window.get()));
        for (QAction *action : credentialEntries())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }

    void pagesAreBuiltWhenFirstNeeded()
    {
        // Start-up builds only what the first frame shows (docs/architecture.md).
        auto window = makeWindow();
        QVERIFY(!window->findChild<PolicyView *>());
        QVERIFY(!window->findChild<RequestInspector *>());
        QVERIFY(!window->findChild<HistoryView *>());
        // The clear buttons come right after the first frame.
        QTRY_VERIFY(
            child<QComboBox>(window.get(), "tenantCombo")->lineEdit()->isClearButtonEnabled());

        auto *tabs = child<QTabWidget>(window.get(), "resultTabs");
        tabs->setCurrentWidget(child<QWidget>(window.get(), "requestTab"));
        auto *inspector = child<RequestInspector>(window.get(), "requestInspector");
        QVERIFY(inspector && inspector->isVisible());
        QVERIFY(!inspector->hasRecord());
        tabs->setCurrentWidget(child<QWidget>(window.get(), "policyTab"));
        QVERIFY(child<PolicyView>(window.get(), "policyView")->isVisible());
        QVERIFY(!window->findChild<HistoryView *>());

        // After a fetch, the Policy and Request pages get the shown credential's policy and the
        // exchange when first shown (rendering them in hidden pages cost memory on every fetch).
        auto other = makeWindow();
        QVERIFY(fetchInDemo(other.get()));
        QVERIFY(!other->findChild<PolicyView *>());
        QVERIFY(!other->findChild<RequestInspector *>());
        child<QTabWidget>(other.get(), "resultTabs")
            ->setCurrentWidget(child<QWidget>(other.get(), "policyTab"));
        QCOMPARE(other->findChildren<PolicyView *>().size(), 1);
        auto *policy = child<PolicyView>(other.get(), "policyView");
        QVERIFY(policy->hasPolicy());
        QVERIFY(policy->policy() == other->sessions()->sessionAt(0)->response.credential.policy);
        child<QTabWidget>(other.get(), "resultTabs")
            ->setCurrentWidget(child<QWidget>(other.get(), "requestTab"));
        QVERIFY(child<RequestInspector>(other.get(), "requestInspector")->hasRecord());
    }

    void fitsASmallScreenByScrolling()
    {
        // A window shorter than its content scrolls instead of squashing rows or refusing to
        // shrink (a 768-pixel screen leaves about 700 pixels for it).
        auto window = makeWindow();
        QVERIFY(fetchInDemo(window.get()));
        // The form folds after a fetch; open it again, as the tallest the window gets.
        child<QPushButton>(window.get(), "editRequestButton")->click();
        QVERIFY(child<QWidget>(window.get(), "requestGroup")->isVisible());
        child<QTabWidget>(window.get(), "resultTabs")
            ->setCurrentWidget(child<QWidget>(window.get(), "policyTab"));
        // The tabs keep the minimum their built pages need (the policy page's, here).
        auto *tabs = child<QTabWidget>(window.get(), "resultTabs");
        QCOMPARE(tabs->minimumHeight(), tabs->minimumSizeHint().height());
        QVERIFY(window->minimumSizeHint().height() < 480);
        window->resize(760, 480);
        QTRY_COMPARE(window->height(), 480);
        auto *scroll = child<QScrollArea>(window.get(), "centralScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
        // No row got less than it needs.
        for (const char *name : {"tenantCombo", "requestIdEdit", "resultTabs"}) {
            auto *widget = child<QWidget>(window.get(), name);
            QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), name);
        }
        // Tall, nothing scrolls and the tabs take the room.
        window->resize(760, 1000);
        QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
        QVERIFY(child<QWidget>(window.get(), "resultTabs")->height() > 450);
    }

    void typeValidateFetchAndShow()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        QPushButton *fetchButton = child<QPushButton>(window.get(), "fetchButton");
        QVERIFY(fetchButton->isEnabled());

        // Invalid input blocks the fetch, and says why.
        typeInto(window.get(), "tenantCombo", QString());
        QVERIFY(!fetchButton->isEnabled());
        QVERIFY(child<QLabel>(window.get(), "validationLabel")
                    ->text()
                    .contains(QLatin1String("op_tenant_code")));
        // A pasted tab (typing one would move the focus) is refused like any control character.
        typeInto(window.get(), "storeCombo", QString());
        child<QComboBox>(window.get(), "storeCombo")
            ->lineEdit()
            ->insert(QStringLiteral("bad\tstore"));
        typeInto(window.get(), "tenantCombo", QStringLiteral("t-1"));
        QVERIFY(!fetchButton->isEnabled());
        typeInto(window.get(), "storeCombo", QStringLiteral("poi-9"));
        QVERIFY(fetchButton->isEnabled());

        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        const QString requestId = child<QLineEdit>(window.get(), "requestIdEdit")->text();
        QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QPushButton>(window.get(), "cancelButton")->isEnabled()); // busy
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);

        auto *panel = child<CredentialPanel>(window.get(), "credentialPanel");
        QVERIFY(panel->isVisible());
        QVERIFY(panel->hasCredential());
        // The panel is built with the first credential, yet Tab goes from the result tabs into
        // it, as when the form built it: it is not at the end of the focus chain.
        QTabBar *tabBar = child<QTabWidget>(window.get(), "resultTabs")->findChild<QTabBar *>();
        QVERIFY(tabBar);
        QWidget *afterTabs = tabBar; // the first focusable widget after the bar and its buttons
        do
            afterTabs = afterTabs->nextInFocusChain();
        while (tabBar->isAncestorOf(afterTabs) || !(afterTabs->focusPolicy() & Qt::TabFocus));
        QVERIFY2(panel->isAncestorOf(afterTabs), qPrintable(afterTabs->objectName()));
        // And the tabs keep the room the panel needs now that it shows.
        auto *tabs = child<QTabWidget>(window.get(), "resultTabs");
        QVERIFY(tabs->minimumHeight() >= tabs->minimumSizeHint().height());
        const QString id = child<QLineEdit>(panel, "accessKeyIdEdit")->text();
        QVERIFY2(id.startsWith(QLatin1String("STS.")), qPrintable(id));
        for (const char *name :
             {"secretEdit", "tokenEdit", "publicEndpointEdit", "internalEndpointEdit"})
            QVERIFY2(!child<QLineEdit>(panel, name)->text().isEmpty(), name);
        QCOMPARE(child<QLineEdit>(panel, "secretEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(panel, "tokenEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(window.get(), "cancelButton")->isEnabled());
        // The next request gets a new id; the form keeps everything else.
        QVERIFY(child<QLineEdit>(window.get(), "requestIdEdit")->text() != requestId);
        QCOMPARE(child<QComboBox>(window.get(), "sceneCombo")->currentText(),
                 QStringLiteral("场景一"));
        // Recent values for this connection now include what was sent.
        QCOMPARE(child<QComboBox>(window.get(), "storeCombo")->itemText(0), QStringLiteral("poi-9"));
    }

    void errorBanners_data()
    {
        QTest::addColumn<GatewaySimulator::Scenario>("scenario");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("detail");
        QTest::newRow("rate limit") << GatewaySimulator::Scenario::RateLimited << "60"
                                    << "code: 7";
        QTest::newRow("refusal") << GatewaySimulator::Scenario::BusinessRefusal << "refused"
                                 << "resp_code: 4001";
        QTest::newRow("timeout") << GatewaySimulator::Scenario::SlowAnswer << "0.5 s"
                                 << "";
    }
    void errorBanners()
    {
        QFETCH(GatewaySimulator::Scenario, scenario);
        QFETCH(QString, mentions);
        QFETCH(QString, detail);
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        window->demoSimulator()->setScenario(scenario);
        window->demoSimulator()->setBanSeconds(60);
        window->setFetchTimeout(500ms);
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        auto *banner = child<ErrorBanner>(window.get(), "errorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(mentions), qPrintable(banner->message()));
        if (!detail.isEmpty())
            QVERIFY2(banner->details().contains(detail), qPrintable(banner->details()));
        QVERIFY(!banner->message().contains(QLatin1String("demo-"))); // never the secret
        // Nothing typed is lost on an error.
        QCOMPARE(child<QComboBox>(window.get(), "tenantCombo")->currentText(),
                 QStringLiteral("t-1"));
        QCOMPARE(child<QComboBox>(window.get(), "usageSceneCombo")->currentText(),
                 QStringLiteral("upload"));
        // Get token is back at once, except while the gateway's ban lasts.
        QCOMPARE(child<QPushButton>(window.get(), "fetchButton")->isEnabled(),
                 scenario != GatewaySimulator::Scenario::RateLimited);
    }

    void cancelWhileInFlight()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        window->demoSimulator()->setScenario(GatewaySimulator::Scenario::SlowAnswer);
        QSignalSpy handled(window->demoSimulator(), &GatewaySimulator::requestHandled);
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 10000);
        QVERIFY(child<QPushButton>(window.get(), "cancelButton")->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!child<QPushButton>(window.get(), "cancelButton")->isEnabled());
        QVERIFY(child<QPushButton>(window.get(), "fetchButton")->isEnabled());
        QVERIFY(!child<ErrorBanner>(window.get(), "errorBanner")->isVisible());
        QCOMPARE(failed.size(), 0); // a cancel is not a failure to report
    }

    void formSurvivesRestart()
    {
        {
            auto window = makeWindow();
            fillForm(window.get());
            child<QLineEdit>(window.get(), "requestIdEdit")->setText(QStringLiteral("req-keep"));
            window->close();
        }
        auto window = makeWindow();
        QCOMPARE(child<QComboBox>(window.get(), "tenantCombo")->currentText(),
                 QStringLiteral("t-1"));
        QCOMPARE(child<QComboBox>(window.get(), "storeCombo")->currentText(),
                 QStringLiteral("poi-9"));
        QCOMPARE(child<QComboBox>(window.get(), "sceneCombo")->currentText(),
                 QStringLiteral("场景一"));
        QCOMPARE(child<QComboBox>(window.get(), "productCombo")->currentText(),
                 QStringLiteral("oss"));
        QCOMPARE(child<QLineEdit>(window.get(), "requestIdEdit")->text(),
                 QStringLiteral("req-keep"));
    }

    void draftIsSavedWhileTyping()
    {
        // A crash loses nothing either: the draft is written shortly after each edit.
        auto window = makeWindow();
        typeInto(window.get(), "tenantCombo", QStringLiteral("typed-not-closed"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_settings->value(QStringLiteral("draft/op_tenant_code")).toString(),
            QStringLiteral("typed-not-closed"), 5000);
    }

    void storedProfileUsesTheKeychain()
    {
        GatewaySimulator sim;
        sim.addApp(QStringLiteral("777"), "kept-in-keychain");
        QVERIFY(sim.listen());
        QVERIFY(saveProfileWithSecret(QStringLiteral("prod"), sim.url(), "kept-in-keychain"));

        auto window = makeWindow();
        QCOMPARE(child<QComboBox>(window.get(), "profileCombo")->currentText(),
                 QStringLiteral("prod"));
        QVERIFY(!child<QWidget>(window.get(), "welcomeFrame")->isVisible());
        fillForm(window.get());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QCOMPARE(m_profiles->load(QStringLiteral("prod"))->lastRequest.storeId,
                 QStringLiteral("poi-9"));
    }

    // A dead or undated credential is an error banner, never a countdown stuck at zero.
    void deadOrUndatedCredentialIsABanner_data()
    {
        using namespace TestSupport;
        QTest::addColumn<QByteArray>("expiration"); // JSON text; empty: absent
        QTest::addColumn<QString>("mentions");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("expired an hour ago")
            << quoted(isoUtc(now.addSecs(-3600))) << "already expired";
        QTest::newRow("no expiration") << QByteArray() << "expiration";
        QTest::newRow("expiration \"tomorrow\"") << quoted("tomorrow") << "tomorrow";
    }
    void deadOrUndatedCredentialIsABanner()
    {
        QFETCH(QByteArray, expiration);
        QFETCH(QString, mentions);
        using namespace TestSupport;
        HostileGateway gateway(
            jsonAnswer(credentialAnswer(expiration), {httpDate(QDateTime::currentDateTimeUtc())}));
        QVERIFY(gateway.isListening());
        QVERIFY(saveProfileWithSecret(QStringLiteral("hostile"), QUrl(gateway.url()),
                                      "hostile-secret"));

        auto window = makeWindow();
        fillForm(window.get());
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(shown.size(), 0);
        auto *banner = child<ErrorBanner>(window.get(), "errorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(mentions), qPrintable(banner->message()));
        QVERIFY(!banner->message().contains(QLatin1String(HostileCredentialSecret)));
        QVERIFY(!banner->message().contains(QLatin1String("hostile-secret")));
    }

    void keychainUnavailableIsExplained()
    {
        m_keychain = std::make_unique<UnavailableSecretStore>();
        GatewaySimulator sim;
        QVERIFY(sim.listen());
        Profile profile;
        profile.name = QStringLiteral("prod");
        profile.settings.gateway = sim.url();
        profile.settings.appKey = QStringLiteral("777");
        m_profiles->save(profile);
        auto window = makeWindow();
        fillForm(window.get());
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(child<ErrorBanner>(window.get(), "errorBanner")
                    ->message()
                    .contains(QLatin1String("gnome-keyring")));
        QCOMPARE(sim.requestCount(), 0);
        QVERIFY(child<QPushButton>(window.get(), "fetchButton")->isEnabled());
    }

    void commandLineOptionsFillTheForm()
    {
        GatewaySimulator sim;
        sim.addApp(QStringLiteral("888"), "from-env");
        QVERIFY(sim.listen());
        qputenv("TOKENDESK_APP_SECRET", "from-env");
        auto window = makeWindow();
        RequestOptions options;
        options.settings.gateway = sim.url();
        options.settings.appKey = QStringLiteral("888");
        options.request.tenantCode = QStringLiteral("cli-tenant");
        options.given = QStringList{QStringLiteral("gateway"), QStringLiteral("app-key"),
                                    QStringLiteral("tenant")};
        window->applyOptions(options);
        qunsetenv("TOKENDESK_APP_SECRET");
        QCOMPARE(child<QComboBox>(window.get(), "tenantCombo")->currentText(),
                 QStringLiteral("cli-tenant"));
        QVERIFY(child<QComboBox>(window.get(), "profileCombo")
                    ->currentText()
                    .contains(QLatin1String("127.0.0.1")));
        fillForm(window.get());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
    }

    // --gateway/--app-key without TOKENDESK_APP_SECRET: the window asks for the secret (kept in
    // memory), cancelling says how to give it, and the Profile box names the gateway as given.
    void commandLineWithoutSecretAsksForIt()
    {
        GatewaySimulator sim;
        sim.addApp(QStringLiteral("888"), "typed-secret");
        QVERIFY(sim.listen());
        qunsetenv("TOKENDESK_APP_SECRET");
        auto window = makeWindow();
        QByteArray answer;
        int asked = 0;
        window->setSessionSecretQuestion([&](const Profile &connection) {
            ++asked;
            return connection.settings.appKey == QLatin1String("888") ? answer : QByteArray();
        });
        RequestOptions options;
        options.settings.gateway = sim.url();
        options.settings.appKey = QStringLiteral("888");
        options.given = QStringList{QStringLiteral("gateway"), QStringLiteral("app-key")};
        window->applyOptions(options);
        fillForm(window.get());

        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch(); // cancelled at the question
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(asked, 1);
        QVERIFY2(failed.first().first().toString().contains("TOKENDESK_APP_SECRET"),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(sim.requestCount(), 0);
        QVERIFY(child<QPushButton>(window.get(), "fetchButton")->isEnabled());

        answer = "typed-secret";
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QCOMPARE(asked, 2);
        child<QPushButton>(window.get(), "editRequestButton")->click();
        typeInto(window.get(), "storeCombo", QStringLiteral("poi-10"));
        window->fetch(); // the typed secret is remembered for this window
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
        QCOMPARE(asked, 2);

        auto other = makeWindow();
        RequestOptions notAUrl;
        notAUrl.settings.gateway = QUrl(QStringLiteral("notaurl"));
        notAUrl.settings.appKey = QStringLiteral("888");
        notAUrl.given = QStringList{QStringLiteral("gateway"), QStringLiteral("app-key")};
        other->applyOptions(notAUrl);
        QCOMPARE(child<QComboBox>(other.get(), "profileCombo")->currentText(),
                 QStringLiteral("Command line (notaurl)"));
        QVERIFY(!child<QPushButton>(other.get(), "fetchButton")->isEnabled());
    }

    // After the demo, choosing a real profile drops DEMO from the title, and the banner says
    // that the credential on screen is the demo's and where the next fetch goes.
    void demoMarksFollowTheProfile()
    {
        GatewaySimulator real;
        QVERIFY(real.listen());
        QVERIFY(saveProfileWithSecret(QStringLiteral("prod"), real.url(), "prod-secret"));
        auto window = makeWindow();
        QVERIFY(fetchInDemo(window.get()));
        auto *banner = child<QLabel>(window.get(), "demoLabel");
        QVERIFY(window->windowTitle().startsWith(QLatin1String("DEMO")));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QLatin1String("DEMO")));

        child<QPushButton>(window.get(), "editRequestButton")->click();
        auto *profiles = child<QComboBox>(window.get(), "profileCombo");
        profiles->setCurrentIndex(profiles->findData(QStringLiteral("prod")));
        QCOMPARE(window->windowTitle(), QStringLiteral("TokenDesk"));
        QVERIFY(banner->isVisible()); // the demo credential is still on screen
        QVERIFY2(banner->text().contains(QLatin1String("demo credential"))
                     && banner->text().contains(QLatin1String("prod")),
                 qPrintable(banner->text()));

        window->removeSession(*window->shownSession());
        QVERIFY(!banner->isVisible());
        profiles->setCurrentIndex(0); // the demo again
        QVERIFY(window->windowTitle().startsWith(QLatin1String("DEMO")));
        QVERIFY(banner->isVisible());
    }

    // Code 7 with a ban longer than the client waits out: Get token stays disabled with the time
    // left counting down, and comes back when the ban ends.
    void rateLimitBanHoldsGetToken()
    {
        auto window = makeWindow();
        QVERIFY(fetchInDemo(window.get()));
        GatewaySimulator *sim = window->demoSimulator();
        sim->setScenario(GatewaySimulator::Scenario::RateLimited);
        sim->setBanSeconds(40);
        child<QPushButton>(window.get(), "editRequestButton")->click();
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        auto *fetchButton = child<QPushButton>(window.get(), "fetchButton");
        auto *validation = child<QLabel>(window.get(), "validationLabel");
        QVERIFY(!fetchButton->isEnabled());
        QVERIFY2(validation->isVisible() && validation->text().contains(QLatin1String("40 second")),
                 qPrintable(validation->text()));
        QCOMPARE(window->rateLimitedUntil(), m_clock->now().addSecs(40));
        const int requests = sim->requestCount();
        window->fetch(); // refused by the window: nothing reaches the gateway
        QCOMPARE(sim->requestCount(), requests);

        m_clock->advance(39);
        QTRY_VERIFY_WITH_TIMEOUT(validation->text().contains(QLatin1String("1 second")), 5000);
        QVERIFY(!fetchButton->isEnabled());
        m_clock->advance(2);
        QTRY_VERIFY_WITH_TIMEOUT(fetchButton->isEnabled(), 5000);
        QVERIFY(!window->rateLimitedUntil().isValid());
    }

    void historyAndInspectorFollowEachFetch()
    {
        auto window = makeWindow();
        QVERIFY(fetchInDemo(window.get()));
        // The History page is built when it is first shown, from the store.
        auto *tabs = child<QTabWidget>(window.get(), "resultTabs");
        tabs->setCurrentWidget(child<QWidget>(window.get(), "historyTab"));
        auto *history = child<HistoryView>(window.get(), "historyView");
        QVERIFY(history);
        QVERIFY(history->isVisible());
        QCOMPARE(history->model()->rowCount(), 1);
        // The demo's fetch reads "Demo", never the window's internal name for it.
        QCOMPARE(history->model()->index(0, HistoryModel::ProfileColumn).data().toString(),
                 QStringLiteral("Demo"));
        // The Request page, built when first shown, gets the exchange it missed.
        tabs->setCurrentWidget(child<QWidget>(window.get(), "requestTab"));
        auto *inspector = child<RequestInspector>(window.get(), "requestInspector");
        QVERIFY(inspector);
        QVERIFY(inspector->hasRecord());
        QVERIFY(inspector->record().parameters.contains(QStringLiteral("sign")));
        const QString secret = child<CredentialPanel>(window.get(), "credentialPanel")
                                   ->credential()
                                   ->credential.accessKeySecret;
        QVERIFY(!QString::fromUtf8(inspector->record().redactedBody).contains(secret));

        // Double-clicking a past fetch refills the form.
        const HistoryEntry entry = HistoryStore(m_settings.get()).entries().first();
        typeInto(window.get(), "tenantCombo", QStringLiteral("something-else"));
        Q_EMIT history->entryActivated(entry);
        QCOMPARE(child<QComboBox>(window.get(), "tenantCombo")->currentText(),
                 QStringLiteral("t-1"));
    }

    void savedSettingsAreApplied()
    {
        AppSettings saved;
        saved.clipboardClearSeconds = 7;
        saved.proxyMode = AppSettings::ProxyMode::None;
        saved.requestTimeoutSeconds = 3;
        saved.save(*m_settings);
        auto window = makeWindow();
        QCOMPARE(m_clipboard->clearDelay(), std::chrono::milliseconds(7000));
        QCOMPARE(m_network->networkAccess()->proxy().type(), QNetworkProxy::NoProxy);
        QCOMPARE(window->appSettings().requestTimeoutSeconds, 3);
    }

    void notificationsAtThresholdAndExpiry()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        QSignalSpy notices(window.get(), &MainWindow::notificationShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        const QDateTime expiry = window->expiryWatcher()->expiry();
        QVERIFY(expiry.isValid());

        m_clock->set(expiry.addSecs(-301));
        window->expiryWatcher()->check();
        QCOMPARE(notices.size(), 0);
        m_clock->set(expiry.addSecs(-299));
        window->expiryWatcher()->check();
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.last().at(1).toString().contains(QLatin1String("5 minute")));
        m_clock->set(expiry.addSecs(1));
        window->expiryWatcher()->check();
        QCOMPARE(notices.size(), 2);
        QVERIFY(notices.last().at(0).toString().contains(QLatin1String("expired")));
        window->expiryWatcher()->check();
        QCOMPARE(notices.size(), 2); // once each

        // Turned off, nothing is shown for the next credential.
        window->setNotificationsEnabled(false);
        m_clock->set(QDateTime::currentDateTimeUtc());
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
        m_clock->set(window->expiryWatcher()->expiry().addSecs(1));
        window->expiryWatcher()->check();
        QCOMPARE(notices.size(), 2);
    }

    void autoRefreshSwapsOnSuccessAndKeepsOnFailure()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        window->setAutoRefresh(true, std::chrono::minutes(10));
        // The gateway lives on the same hand-moved clock as the window.
        window->demoSimulator()->setClock([this] { return m_clock->now(); });
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        auto *panel = child<CredentialPanel>(window.get(), "credentialPanel");
        const QString firstId = panel->credential()->credential.accessKeyId;

        // Ten minutes before expiry a new credential is fetched and swapped in.
        m_clock->set(window->expiryWatcher()->expiry().addSecs(-599));
        window->expiryWatcher()->check();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
        const QString secondId = panel->credential()->credential.accessKeyId;
        QVERIFY(secondId != firstId);

        // When the refresh fails, the credential on screen stays, with a warning.
        window->demoSimulator()->setScenario(GatewaySimulator::Scenario::BusinessRefusal);
        m_clock->set(window->expiryWatcher()->expiry().addSecs(-599));
        window->expiryWatcher()->check();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(panel->credential()->credential.accessKeyId, secondId);
        QVERIFY(panel->hasCredential());
        auto *banner = child<ErrorBanner>(window.get(), "errorBanner");
        QVERIFY2(banner->message().contains(QLatin1String("Automatic refresh failed")),
                 qPrintable(banner->message()));
    }

    // "Serve to local tools": the switch starts a real endpoint for the credential on screen;
    // a GET reads it; a GET past the refresh margin gets the window's own refreshed credential;
    // clearing the credential stops the endpoint, and so does a changed form.
    void serveToLocalTools()
    {
        m_network->networkAccess()->setProxy(QNetworkProxy::NoProxy);
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        window->demoSimulator()->setClock([this] { return m_clock->now(); });
        fillForm(window.get());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        auto *panel = child<CredentialPanel>(window.get(), "credentialPanel");
        auto *serveCheckBox = child<QCheckBox>(window.get(), "serveCheckBox");
        QVERIFY(serveCheckBox->isVisible());
        QVERIFY(!window->isServing());

        QTest::mouseClick(serveCheckBox, Qt::LeftButton, {}, QPoint(4, serveCheckBox->height() / 2));
        QVERIFY(window->isServing());
        QVERIFY(serveCheckBox->isChecked());
        const QUrl uri = window->localServe()->uri();
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(uri.path().size() > 22); // 128 bits and more, base64url
        auto *exportEdit = child<QLineEdit>(window.get(), "serveUriEdit");
        QVERIFY(exportEdit->isVisible());
        QVERIFY2(exportEdit->text().contains(uri.toString()), qPrintable(exportEdit->text()));

        auto [status, body] = httpGet(uri);
        QCOMPARE(status, 200);
        QCOMPARE(body.value("Code").toString(), QStringLiteral("Success"));
        const QString firstId = panel->credential()->credential.accessKeyId;
        QCOMPARE(body.value("AccessKeyId").toString(), firstId);
        QCOMPARE(body.value("AccessKeySecret").toString(),
                 panel->credential()->credential.accessKeySecret);
        QTRY_COMPARE(window->localServe()->answered(), 1);
        auto *statusLabel = child<QLabel>(window.get(), "serveStatusLabel");
        QVERIFY2(statusLabel->text().contains("1"), qPrintable(statusLabel->text()));

        // Past the refresh margin the endpoint asks the window to fetch again, and serves and
        // shows the new credential.
        m_clock->set(panel->credential()->credential.expiration.addSecs(-120));
        std::tie(status, body) = httpGet(uri);
        QCOMPARE(status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 15000);
        const QString secondId = panel->credential()->credential.accessKeyId;
        QVERIFY(secondId != firstId);
        QCOMPARE(body.value("AccessKeyId").toString(), secondId);

        // Clear: the endpoint stops, and nothing answers at that address any more.
        QTest::mouseClick(child<QPushButton>(window.get(), "clearButton"), Qt::LeftButton);
        QVERIFY(!window->isServing());
        QVERIFY(!serveCheckBox->isChecked());
        std::tie(status, body) = httpGet(uri);
        QCOMPARE(status, 0);

        // Serving belongs to a session: another fetch adds another session, and the first
        // goes on serving its own credential until it is removed.
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 15000);
        QVERIFY(window->setServing(true));
        const quint64 served = *window->shownSession();
        const QUrl servedUri = window->localServe()->uri();
        const QString servedId = panel->credential()->credential.accessKeyId;
        child<QPushButton>(window.get(), "editRequestButton")->click();
        typeInto(window.get(), "storeCombo", QStringLiteral("poi-10"));
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 4, 15000);
        QCOMPARE(window->sessions()->rowCount(), 2);
        QVERIFY(*window->shownSession() != served);
        QVERIFY(!window->isServing()); // the panel shows the new session, which is not served
        QVERIFY(!serveCheckBox->isChecked());
        std::tie(status, body) = httpGet(servedUri);
        QCOMPARE(status, 200);
        QCOMPARE(body.value("AccessKeyId").toString(), servedId);
        window->removeSession(served);
        std::tie(status, body) = httpGet(servedUri);
        QCOMPARE(status, 0);
    }

    // Sessions (issue 11): three fetches, three sessions, newest first; selecting one shows it;
    // a refresh changes only that one; Remove, expiry and Remove expired; keyboard; the tray.
    void sessionsList()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        GatewaySimulator *sim = window->demoSimulator();
        sim->setClock([this] { return m_clock->now(); });
        SessionModel *sessions = window->sessions();
        auto *list = child<QListView>(window.get(), "sessionList");
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        const auto fetchFor = [&](const QString &store) {
            if (child<QWidget>(window.get(), "formSummary")->isVisible())
                child<QPushButton>(window.get(), "editRequestButton")->click();
            fillForm(window.get());
            typeInto(window.get(), "storeCombo", store);
            const qsizetype before = shown.size();
            window->fetch();
            return QTest::qWaitFor([&] { return shown.size() == before + 1; }, 15000);
        };
        // No credential panel until there is a credential to show (built on demand).
        QVERIFY(!window->findChild<CredentialPanel *>());
        QVERIFY(fetchFor("store-a"));
        auto *panel = child<CredentialPanel>(window.get(), "credentialPanel");
        QVERIFY(panel);
        // After a fetch the form folds to one line that says what the result answers.
        QVERIFY(!child<QWidget>(window.get(), "requestGroup")->isVisible());
        QVERIFY(child<QLabel>(window.get(), "formSummaryLabel")->text().contains("store-a"));
        QVERIFY(fetchFor("store-b"));
        QVERIFY(fetchFor("store-c"));
        QCOMPARE(sessions->rowCount(), 3);
        QVERIFY(list->isVisible());
        // A row's title and time left keep Qt's item-text margin from the list's edges: the
        // time ("60 min") used to touch the right one.
        {
            const QRect row = list->visualRect(sessions->index(2)); // not selected
            const QImage image = list->viewport()->grab(row).toImage();
            const QColor base = list->palette().color(QPalette::Base);
            int leftmost = image.width();
            int rightmost = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y) != base) {
                        leftmost = std::min(leftmost, x);
                        rightmost = std::max(rightmost, x);
                    }
                }
            }
            const int margin =
                list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
            QVERIFY2(rightmost >= 0, "the row shows no text");
            QVERIFY2(leftmost >= margin, qPrintable(QString::number(leftmost)));
            QVERIFY2(rightmost <= image.width() - 1 - margin,
                     qPrintable(QStringLiteral("%1 of %2").arg(rightmost).arg(image.width())));
        }
        // Newest first, and the newest is on show.
        QVERIFY(sessions->sessionAt(0)->request.storeId == "store-c");
        QVERIFY(sessions->sessionAt(2)->request.storeId == "store-a");
        QCOMPARE(panel->credential()->credential.accessKeyId,
                 sessions->sessionAt(0)->response.credential.accessKeyId);
        // The same request again replaces its session instead of adding one.
        QVERIFY(fetchFor("store-b"));
        QCOMPARE(sessions->rowCount(), 3);
        QVERIFY(sessions->sessionAt(0)->request.storeId == "store-b");

        // Selecting the second row (Ctrl+2) shows that session's credential.
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        const Session *second = sessions->sessionAt(1);
        QCOMPARE(*window->shownSession(), second->id);
        QCOMPARE(panel->credential()->credential.accessKeyId,
                 second->response.credential.accessKeyId);
        QVERIFY(list->hasFocus());
        // Each row reads tenant, store, product and time left to a screen reader.
        const QString spoken = sessions->index(1).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains("t-1") && spoken.contains(second->request.storeId)
                     && spoken.contains("oss") && spoken.contains("minute"),
                 qPrintable(spoken));

        // Refresh one: only it changes.
        QStringList before;
        for (int row = 0; row < 3; ++row)
            before << sessions->sessionAt(row)->response.credential.accessKeyId;
        const quint64 refreshedId = second->id;
        window->refreshSession(refreshedId);
        QTRY_VERIFY_WITH_TIMEOUT(
            sessions->sessionAt(1)->response.credential.accessKeyId != before.at(1), 15000);
        QCOMPARE(sessions->sessionAt(0)->response.credential.accessKeyId, before.at(0));
        QCOMPARE(sessions->sessionAt(2)->response.credential.accessKeyId, before.at(2));
        QCOMPARE(sessions->sessionAt(1)->id, refreshedId); // refreshed where it stands
        QCOMPARE(panel->credential()->credential.accessKeyId,
                 sessions->sessionAt(1)->response.credential.accessKeyId);

        // The tray lists the live sessions, each with Copy and Refresh.
        auto *tray = window->findChild<CredentialTray *>();
        QVERIFY(tray && tray->menu());
        // Built each time the menu opens: opening it twice lists each session once.
        Q_EMIT tray->menu()->aboutToShow();
        Q_EMIT tray->menu()->aboutToShow();
        int entries = 0;
        for (QAction *action : tray->menu()->actions()) {
            if (action->menu() && action->text().contains(" / ")) {
                ++entries;
                QCOMPARE(action->menu()->actions().size(), 4);
            }
        }
        QCOMPARE(entries, 3);

        // Delete removes the selected session.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(sessions->rowCount(), 2);
        QCOMPARE(sessions->rowOf(refreshedId), -1);
        QVERIFY(window->shownSession().has_value());

        // A short-lived credential: its row turns expired, then Remove expired drops it alone.
        sim->setLifetimeSeconds(20);
        QVERIFY(fetchFor("store-short"));
        QCOMPARE(sessions->rowCount(), 3);
        const quint64 shortId = sessions->sessionAt(0)->id;
        QSignalSpy changed(sessions, &QAbstractItemModel::dataChanged);
        m_clock->advance(25);
        sessions->tick(m_clock->now());
        QCOMPARE(sessions->stateOf(shortId).phase, CountdownState::Phase::Expired);
        QCOMPARE(sessions->index(0).data(SessionModel::TimeLeftRole).toString(), QString("expired"));
        QCOMPARE(changed.size(), 1); // the other rows still read the same minutes
        window->removeExpiredSessions();
        QCOMPARE(sessions->rowCount(), 2);
        QCOMPARE(sessions->rowOf(shortId), -1);
    }

    // 50 sessions: the list holds them, and one tick signals only the rows that changed.
    void fiftySessions()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        SessionModel *sessions = window->sessions();
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        for (int n = 0; n < 50; ++n) {
            if (child<QWidget>(window.get(), "formSummary")->isVisible())
                child<QPushButton>(window.get(), "editRequestButton")->click();
            fillForm(window.get());
            typeInto(window.get(), "storeCombo", QString("store-%1").arg(n));
            window->fetch();
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), n + 1, 15000);
        }
        QCOMPARE(sessions->rowCount(), 50);
        QSignalSpy changed(sessions, &QAbstractItemModel::dataChanged);
        QCOMPARE(sessions->tick(m_clock->now()), 0);
        QCOMPARE(changed.size(), 0);
        m_clock->advance(60);
        QCOMPARE(sessions->tick(m_clock->now()), 50); // every row's minute changed once
        QTest::keyClick(window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(*window->shownSession(), sessions->sessionAt(8)->id);
    }

    // Copy as > aliyun External profile writes configure-aliyun's profile: a command, never a
    // secret, and the demo (whose gateway dies with the window) is refused.
    void aliyunExternalProfile()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });

        m_keychain->writeSecret("work", "work-secret-不可见", this, [](const auto &) {});
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        fillForm(window.get());
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        window->setAliyunProfileNameQuestion([] { return QStringLiteral("td"); });
        auto *panel = child<CredentialPanel>(window.get(), "credentialPanel");
        auto *action = panel->findChild<QAction *>("aliyunExternalProfileAction");
        QVERIFY(action);
        action->trigger();
        const QString config = home.filePath(".aliyun/config.json");
        QVERIFY(!QFile::exists(config));
        auto *banner = child<ErrorBanner>(window.get(), "errorBanner");
        QVERIFY2(banner->message().contains("demo"), qPrintable(banner->message()));

        // A saved profile: its name goes into the command, its secret stays in the keychain.
        GatewaySimulator sim;
        sim.addApp("12345678", "work-secret-不可见");
        QVERIFY(sim.listen());
        Profile work;
        work.name = "work";
        work.settings.gateway = sim.url();
        work.settings.appKey = "12345678";
        m_profiles->save(work);
        auto saved = makeWindow();
        RequestOptions options;
        options.profile = "work";
        saved->applyOptions(options);
        fillForm(saved.get());
        QSignalSpy savedShown(saved.get(), &MainWindow::tokenShown);
        saved->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(savedShown.size(), 1, 15000);
        saved->setAliyunProfileNameQuestion([] { return QStringLiteral("td"); });
        child<CredentialPanel>(saved.get(), "credentialPanel")
            ->findChild<QAction *>("aliyunExternalProfileAction")
            ->trigger();
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("work-secret"));
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions()); // owner only
        const QJsonObject profile =
            QJsonDocument::fromJson(text).object().value("profiles").toArray().at(0).toObject();
        QCOMPARE(profile.value("name").toString(), QStringLiteral("td"));
        QCOMPARE(profile.value("mode").toString(), QStringLiteral("External"));
        const QString command = profile.value("process_command").toString();
        QVERIFY2(command.contains("'fetch' '--profile' 'work'"), qPrintable(command));
        QVERIFY2(command.contains("'--store' 'poi-9'"), qPrintable(command));
        QVERIFY2(command.endsWith("'-o' 'aliyun-process'"), qPrintable(command));
        QVERIFY(!command.contains("request-id"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
