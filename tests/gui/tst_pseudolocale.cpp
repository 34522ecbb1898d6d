// The window speaks the user's language in every state. Under the tests' pseudo-locale
// (TOKENDESK_TRANSLATION_FILE=…/tokendesk_pseudo.qm, every translation wrapped in ⟦…⟧), a walk
// over every visible widget's text, tool tip, placeholder, accessible name and description and
// every menu and action fails on any text that is not wrapped, naming the widget by its object
// path. Under zh_CN the same walk fails on any English sentence left (three ASCII words in a row).
// Data values (codes, keys, URLs, numbers, times) are exempt through the short allow-list below.
#include "appsettings.h"
#include "clipboardguard.h"
#include "clock.h"
#include "credentialtray.h"
#include "expirywatcher.h"
#include "gatewaysimulator.h"
#include "mainwindow.h"
#include "profile.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

const QChar Open(0x27e6);
const QChar Close(0x27e7);

bool pseudoLocale()
{
    return !qEnvironmentVariableIsEmpty("TOKENDESK_TRANSLATION_FILE");
}

// Widgets whose text is a value, not words: what the gateway or the user gave, a credential, a
// time (the request's values show in "…ValueLabel"s). Their tool tips, placeholders and
// accessible names are still checked.
bool isDataWidget(const QWidget *widget)
{
    static const QStringList names = {"urlLabel", "errorDetailsView", "serveUriEdit"};
    return names.contains(widget->objectName())
        || widget->objectName().endsWith(QLatin1String("ValueLabel"));
}

// OK, Cancel, Close…: Qt's own words, which Qt's catalogue translates (checked under zh_CN).
bool isQtStandardButton(const QWidget *widget)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    return box && button
        && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

// A token that is data: a URL, a number, a time, a code or key with digits or separators.
bool isDataToken(const QString &token)
{
    static const QRegularExpression data(
        QStringLiteral("^(https?://\\S+|[-+]?[\\d.,:/ "
                       "]+[a-z%]{0,3}|\\S*[\\d_./"
                       ":@=-]\\S*|TokenDesk|TOP|STS|JSON|XML|URI|ID|AppKey|Endpoint|HMAC|MD5)$"));
    return data.match(token).hasMatch();
}

// The text with every ⟦…⟧ (nested ones too) taken out.
QString outsideMarkers(QString text)
{
    static const QRegularExpression innermost(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    while (text.contains(innermost))
        text.replace(innermost, QStringLiteral(" "));
    return text;
}

// What stays outside the markers is only data and punctuation.
bool isWrappedEnough(const QString &text)
{
    const QString rest = outsideMarkers(text);
    static const QRegularExpression separators(
        QStringLiteral("[\\s()\\[\\]{}\"'“”—–·•…,;!?|<>*]+"));
    for (const QString &token : rest.split(separators, Qt::SkipEmptyParts)) {
        if (token.contains(QRegularExpression(QStringLiteral("\\p{L}"))) && !isDataToken(token))
            return false;
    }
    return true;
}

// Three or more ASCII words in a row, outside URLs, option names and quoted values.
bool hasEnglishSentence(const QString &text)
{
    // The glossary keeps these in English (resources/translations/GLOSSARY.md), and "(&X)"
    // mnemonics are letters too.
    static const QRegularExpression kept(
        QStringLiteral("AccessKey (ID|Secret)|STS Token|\\(&?[A-Z]\\)"));
    QString words = text;
    words.remove(kept);
    words.remove(QRegularExpression(
        QStringLiteral("https?://\\S+|--?[a-z][\\w-]*|\"[^\"]*\"|\\S*[\\d_./:@=]\\S*")));
    static const QRegularExpression sentence(
        QStringLiteral("\\b[A-Za-z][A-Za-z']*(?:[ ,()]+[A-Za-z][A-Za-z']*){2,}\\b"));
    return words.contains(sentence);
}

QString objectPath(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/');
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_keychain;
    MemorySecretStore m_session;
    QNetworkAccessManager m_network;
    ClipboardGuard m_clipboard;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_found; // every finding of every state, for the figure
    int m_checked = 0;   // texts looked at, so that a walk that sees nothing cannot pass

    std::unique_ptr<MainWindow> makeWindow()
    {
        MainWindow::Services services;
        services.profiles = m_profiles.get();
        services.keychain = &m_keychain;
        services.sessionSecrets = &m_session;
        services.network = &m_network;
        services.clipboard = &m_clipboard;
        services.settings = m_settings.get();
        services.clock = m_clock.get();
        auto window = std::make_unique<MainWindow>(services);
        window->show();
        return window;
    }

    void checkText(QStringList &found, const QObject *owner, const char *what, const QString &raw)
    {
        const QString text = plain(raw).trimmed();
        if (text.isEmpty())
            return;
        ++m_checked;
        const bool bad = pseudoLocale() ? !isWrappedEnough(text) : hasEnglishSentence(text);
        if (bad)
            found << QStringLiteral("%1 [%2] \"%3\"")
                         .arg(objectPath(owner), QLatin1String(what), text);
    }

    void checkActions(QStringList &found, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            checkText(found, action, "action text", QString(action->text()).remove(u'&'));
            if (action->toolTip() != QString(action->text()).remove(u'&'))
                checkText(found, action, "action tool tip", action->toolTip());
            if (QMenu *menu = action->menu())
                checkActions(found, menu->actions());
        }
    }

    // Every text a person or a screen reader meets in `root` now.
    QStringList walk(QWidget *root)
    {
        QStringList found;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            if (w->isWindow())
                checkText(found, w, "window title", w->windowTitle());
            checkText(found, w, "tool tip", w->toolTip());
            checkText(found, w, "accessible name", w->accessibleName());
            checkText(found, w, "accessible description", w->accessibleDescription());
            checkActions(found, w->actions());
            const bool data = isDataWidget(w);
            if (auto *label = qobject_cast<QLabel *>(w); label && !data)
                checkText(found, w, "text", label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w);
                button && !(pseudoLocale() && isQtStandardButton(w)))
                checkText(found, w, "text", QString(button->text()).remove(u'&'));
            if (auto *group = qobject_cast<QGroupBox *>(w))
                checkText(found, w, "title", QString(group->title()).remove(u'&'));
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                checkText(found, w, "placeholder", edit->placeholderText());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                checkText(found, w, "placeholder", edit->placeholderText());
            if (auto *edit = qobject_cast<QTextEdit *>(w))
                checkText(found, w, "placeholder", edit->placeholderText());
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    checkText(found, w, "tab", QString(tabs->tabText(i)).remove(u'&'));
                    checkText(found, w, "tab tool tip", tabs->tabToolTip(i));
                }
            }
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    checkText(found, w, "header",
                              header->model()->headerData(i, header->orientation()).toString());
                }
            }
            if (auto *menus = qobject_cast<QMenuBar *>(w))
                checkActions(found, menus->actions());
        }
        return found;
    }

    void check(QWidget *root, const QString &state)
    {
        const int before = m_checked;
        const QStringList found = walk(root);
        QVERIFY2(m_checked - before >= 10, qPrintable(state + ": almost nothing to check"));
        for (const QString &finding : found)
            m_found << state + QStringLiteral(": ") + finding;
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1, %2:\n  %3")
                                .arg(state, pseudoLocale() ? "not wrapped" : "English left",
                                     found.join(QStringLiteral("\n  ")))));
    }

    static bool fetchAndWait(MainWindow *window)
    {
        QSignalSpy shown(window, &MainWindow::tokenShown);
        window->fetch();
        return QTest::qWaitFor([&] { return shown.size() == 1; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance());
        QVERIFY2(pseudoLocale() || QLocale().name() == "zh_CN"
                     || qEnvironmentVariable("TOKENDESK_LANGUAGE") == "zh_CN",
                 "run under the pseudo-locale or zh_CN (tests/gui/CMakeLists.txt)");
        // The walk itself: it finds an unwrapped text, and accepts data around wrapped words.
        if (pseudoLocale()) {
            QVERIFY(!isWrappedEnough("Get token"));
            QVERIFY(isWrappedEnough(QStringLiteral("\u27e6Expires at %1\u27e7").arg("12:00")));
            QVERIFY(isWrappedEnough("https://eco.taobao.com/router/rest"));
            QVERIFY(!isWrappedEnough(QStringLiteral("\u27e6Tenant\u27e7 missing")));
        } else {
            QVERIFY(hasEnglishSentence("Production, HTTPS (default)"));
            QVERIFY(!hasEnglishSentence("网关 URL https://eco.taobao.com/router/rest --gateway"));
            QVERIFY(hasEnglishSentence("Copy the secret now"));
            QVERIFY(!hasEnglishSentence("复制 AccessKey ID"));
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath("ui.ini"), QSettings::IniFormat);
        m_profileSettings =
            std::make_unique<QSettings>(m_dir.filePath("profiles.ini"), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get());
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void cleanupTestCase()
    {
        // The figure for the closing note of issue 14.
        qInfo("%s: %d of %d texts in all states", pseudoLocale() ? "unwrapped" : "English left",
              int(m_found.size()), m_checked);
    }

    void firstRunAndForm()
    {
        auto window = makeWindow();
        check(window.get(), "first run");
        QVERIFY(window->startDemo());
        check(window.get(), "demo, form");
        auto *tenant = window->findChild<QComboBox *>("tenantCombo");
        tenant->lineEdit()->clear();
        auto *store = window->findChild<QComboBox *>("storeCombo");
        store->lineEdit()->setText("bad\tstore");
        check(window.get(), "form with errors");
    }

    void errorBanners_data()
    {
        QTest::addColumn<GatewaySimulator::Scenario>("scenario");
        using S = GatewaySimulator::Scenario;
        for (const S s : {S::RateLimited, S::BusinessRefusal, S::Http502Html, S::TruncatedBody,
                          S::OversizedBody, S::SlowAnswer, S::Unavailable, S::IspError,
                          S::InvalidArguments, S::RedirectToHttp, S::CloseWithoutAnswer})
            QTest::newRow(qPrintable(GatewaySimulator::scenarioName(s))) << s;
    }

    void errorBanners()
    {
        QFETCH(GatewaySimulator::Scenario, scenario);
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        window->demoSimulator()->setScenario(scenario);
        window->demoSimulator()->setBanSeconds(3600);
        window->setFetchTimeout(1500ms);
        QSignalSpy failed(window.get(), &MainWindow::fetchFailed);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        check(window.get(), "error banner " + GatewaySimulator::scenarioName(scenario));
        // The details, opened.
        if (auto *details = window->findChild<QAbstractButton *>("errorDetailsButton");
            details && details->isVisible())
            details->click();
        check(window.get(), "error details " + GatewaySimulator::scenarioName(scenario));
    }

    void tokenPagesExpiryServeAndTray()
    {
        auto window = makeWindow();
        QVERIFY(window->startDemo());
        window->demoSimulator()->setClock([this] { return m_clock->now(); });
        QVERIFY(fetchAndWait(window.get()));
        check(window.get(), "token");
        auto *tabs = window->findChild<QTabWidget *>("resultTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(window.get(), QStringLiteral("tab %1").arg(i));
        }
        tabs->setCurrentIndex(0);
        QVERIFY(window->setServing(true));
        check(window.get(), "serving to local tools");

        // A second session: the sessions list shows.
        window->findChild<QPushButton *>("editRequestButton")->click();
        window->findChild<QComboBox *>("storeCombo")->lineEdit()->setText("store-b");
        QVERIFY(fetchAndWait(window.get()));
        check(window.get(), "sessions list");

        auto *tray = window->findChild<CredentialTray *>();
        QVERIFY(tray);
        Q_EMIT tray->menu()->aboutToShow();
        QStringList found;
        checkActions(found, tray->menu()->actions());
        for (const QString &finding : found)
            m_found << "tray menu: " + finding;
        QVERIFY2(found.isEmpty(), qPrintable("tray menu:\n  " + found.join("\n  ")));

        m_clock->set(window->expiryWatcher()->expiry().addSecs(-120));
        window->expiryWatcher()->check();
        check(window.get(), "about to expire");
        m_clock->set(window->expiryWatcher()->expiry().addSecs(5));
        window->expiryWatcher()->check();
        check(window.get(), "expired");
    }

    void dialogs()
    {
        SettingsDialog settings(AppSettings(), &m_keychain);
        settings.show();
        check(&settings, "settings");
        if (!pseudoLocale()
            && QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                             + "/qtbase_zh_CN.qm")) {
            // Qt's own catalogue came along: its standard buttons speak Chinese too.
            auto *box = settings.findChild<QDialogButtonBox *>();
            QVERIFY(box && box->button(QDialogButtonBox::Cancel));
            QVERIFY2(box->button(QDialogButtonBox::Cancel)->text() != "Cancel",
                     "qtbase_zh_CN.qm was not installed");
        }
        ProfileDialog profiles(m_profiles.get(), &m_keychain, &m_session);
        profiles.show();
        check(&profiles, "profile dialog");
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
