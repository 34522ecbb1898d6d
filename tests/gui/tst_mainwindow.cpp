// The main window on the offscreen platform, fetching over loopback from the embedded
// gateway simulator (demo mode) or a simulator of the test's own.
#include "appsettings.h"
#include "clipboardguard.h"
#include "clock.h"
#include "credentialpanel.h"
#include "errorbanner.h"
#include "expirywatcher.h"
#include "gatewaysimulator.h"
#include "historymodel.h"
#include "historystore.h"
#include "historyview.h"
#include "hostilegateway.h"
#include "mainwindow.h"
#include "policyview.h"
#include "profile.h"
#include "requestinspector.h"
#include "secretstore.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
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
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<ManualClock> m_clock;

    std::unique_ptr<MainWindow> makeWindow()
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
        T *found = window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
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
        Profile profile;
        profile.name = name;
        profile.settings.gateway = gateway;
        profile.settings.appKey = QStringLiteral("777");
        m_profiles->save(profile);
        bool stored = false;
        m_keychain->writeSecret(name, secret, nullptr,
                                [&stored](const SecretStore::Result &r) { stored = r.ok(); });
        return QTest::qWaitFor([&stored] { return stored; }, 5000);
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
        m_network = std::make_unique<QNetworkAccessManager>();
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

        // A fetch fills the pages whether or not they were ever shown.
        auto other = makeWindow();
        QVERIFY(fetchInDemo(other.get()));
        QVERIFY(child<RequestInspector>(other.get(), "requestInspector")->hasRecord());
        QVERIFY(child<PolicyView>(other.get(), "policyView"));
        QCOMPARE(other->findChildren<PolicyView *>().size(), 1);
    }

    void fitsASmallScreenByScrolling()
    {
        // A window shorter than its content scrolls instead of squashing rows or refusing to
        // shrink (a 768-pixel screen leaves about 700 pixels for it).
        auto window = makeWindow();
        QVERIFY(fetchInDemo(window.get()));
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
        QVERIFY(child<QPushButton>(window.get(), "fetchButton")->isEnabled());
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
        auto *inspector = child<RequestInspector>(window.get(), "requestInspector");
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
        QCOMPARE(m_network->proxy().type(), QNetworkProxy::NoProxy);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
