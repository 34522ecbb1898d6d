// Every text the window shows is in the user's language, proven at run time rather than by a
// complete .ts file. The test drives the window through its states and dialogs and reads every
// visible widget's text, tool tip, placeholder, accessible name and description, and every menu
// and action. CTest runs it twice:
//   - under the pseudo-locale (TOKENDESK_TRANSLATION_FILE names the .qm the build makes from the .ts
//     sources, every translation wrapped in ⟦…⟧): every text must carry the markers, so a string
//     that skips the translator (an unextractable tr(), a hard-coded literal, a wrong context) is
//     named by its widget's object path;
//   - in zh_CN: no English sentence is left.
// Data values (codes, keys, URLs, numbers, times, the request's own values) are exempt through
// the short allow-lists below.
#include "clipboardguard.h"
#include "clock.h"
#include "credentialtray.h"
#include "gatewaysimulator.h"
#include "mainwindow.h"
#include "profile.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "sessionmodel.h"
#include "settingsdialog.h"
#include "translations.h"
#include "windowtestservices.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>

using namespace std::chrono_literals;
using namespace TokenDesk;

namespace {

enum class Mode { Pseudo, Chinese };

struct Text
{
    QString where; // object path and which property
    QString text;
};

QString objectPath(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/');
}

// Widgets whose text is a value, not a message: the credential's fields and times, the request's
// own values, the session rows, the answer and request as sent.
const QStringList DataWidgets = {
    QStringLiteral("expiresValueLabel"),
    QStringLiteral("timeLeftLabel"),
    QStringLiteral("urlLabel"),
    QStringLiteral("sessionList"),
    QStringLiteral("parameterTable"),
    QStringLiteral("paramView"),
    QStringLiteral("responseView"),
    QStringLiteral("jsonView"),
    QStringLiteral("tenantValueLabel"),
    QStringLiteral("storeValueLabel"),
    QStringLiteral("sceneValueLabel"),
    QStringLiteral("productValueLabel"),
    QStringLiteral("usageSceneValueLabel"),
};

// A text that is only data: numbers, times, URLs, identifiers, the sample request values and
// names that are never translated (the product's, the two language names in Settings).
bool isData(const QString &text)
{
    static const QRegularExpression dataOnly(QStringLiteral(
        R"(^(?:[\s\d:./\-+%()·,–—]|https?://\S+|[A-Za-z][\w.\-]*[\d_\-.][\w.\-]*|TokenDesk|)"
        R"(English|简体中文|demo-tenant|store-\d+|inspection|upload|oss|t-1|poi-\d+|场景一|)"
        R"([\w\-]+(?::[\w\-*/.]*)+)+$)"));
    if (text.startsWith(u'{') || text.startsWith(u'[')) // a JSON value, the request's param
        return true;
    return dataOnly.match(text).hasMatch();
}

// What a person reads: no mnemonic ampersands, no markup.
QString plain(QString text)
{
    if (text.contains(u'<') && text.contains(u'>'))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

void addText(QList<Text> &texts, const QObject *object, const char *property, const QString &text)
{
    const QString shown = plain(text);
    if (!shown.isEmpty())
        texts.append({objectPath(object) + u'.' + QLatin1String(property), shown});
}

void collectActions(QList<Text> &texts, const QObject *owner, const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString where = objectPath(owner) + QStringLiteral("/action ");
        if (!action->text().isEmpty())
            texts.append({where + QStringLiteral(".text"), plain(action->text())});
        // QAction's tool tip falls back to its text; only one of its own counts.
        if (action->toolTip() != plain(action->text()) && !action->toolTip().isEmpty())
            texts.append({where + QStringLiteral(".toolTip"), plain(action->toolTip())});
        if (!action->statusTip().isEmpty())
            texts.append({where + QStringLiteral(".statusTip"), plain(action->statusTip())});
        if (action->menu())
            collectActions(texts, action->menu(), action->menu()->actions());
    }
}

// A standard button of a QDialogButtonBox speaks Qt's own catalogue (qtbase_zh_CN), not ours.
bool isQtStandardButton(const QWidget *widget)
{
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const auto *box =
        button ? qobject_cast<const QDialogButtonBox *>(button->parentWidget()) : nullptr;
    return box
        && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

bool isDataWidget(const QWidget *widget)
{
    for (const QObject *o = widget; o; o = o->parent()) {
        if (DataWidgets.contains(o->objectName()))
            return true;
    }
    return false;
}

// The words an item view's rows carry besides their values: tool tips and what a screen reader
// reads (a session row: "tenant …, store …, 52 minutes left").
void collectRows(QList<Text> &texts, const QAbstractItemView *view, const QModelIndex &parent,
                 int &budget)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row, --budget) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString where = objectPath(view) + QStringLiteral("[%1,%2]").arg(row).arg(column);
            const QString value = index.data(Qt::DisplayRole).toString();
            for (const int role : {int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   int(Qt::AccessibleDescriptionRole)}) {
                QString text = plain(index.data(role).toString());
                // A value shown again in full as its tool tip is data; a note after it is not.
                if (!value.isEmpty() && text.startsWith(value))
                    text = text.mid(value.size()).trimmed();
                if (!text.isEmpty())
                    texts.append({where, text});
            }
        }
        collectRows(texts, view, model->index(row, 0, parent), budget);
    }
}

// Every text shown in `top` now.
QList<Text> visibleTexts(QWidget *top)
{
    QList<Text> texts;
    addText(texts, top, "windowTitle", top->windowTitle());
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || isQtStandardButton(widget))
            continue;
        addText(texts, widget, "toolTip", widget->toolTip());
        addText(texts, widget, "whatsThis", widget->whatsThis());
        addText(texts, widget, "accessibleName", widget->accessibleName());
        addText(texts, widget, "accessibleDescription", widget->accessibleDescription());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && view->model() && !qobject_cast<QHeaderView *>(view)) {
            int budget = 200;
            collectRows(texts, view, {}, budget);
        }
        if (isDataWidget(widget))
            continue; // what it shows is a value; its name and tool tip are words
        if (auto *label = qobject_cast<QLabel *>(widget))
            addText(texts, label, "text", label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            addText(texts, button, "text", button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            addText(texts, edit, "placeholderText", edit->placeholderText());
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
            addText(texts, plainEdit, "placeholderText", plainEdit->placeholderText());
        else if (auto *textEdit = qobject_cast<QTextEdit *>(widget))
            addText(texts, textEdit, "placeholderText", textEdit->placeholderText());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            addText(texts, group, "title", group->title());
        if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                addText(texts, combo, "item", combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                addText(texts, tabs, "tabText", tabs->tabText(i));
                addText(texts, tabs, "tabToolTip", tabs->tabToolTip(i));
            }
        }
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                addText(texts, header, "section",
                        header->model()->headerData(i, header->orientation()).toString());
        }
        if (auto *bar = qobject_cast<QMenuBar *>(widget))
            collectActions(texts, bar, bar->actions());
        if (auto *status = qobject_cast<QStatusBar *>(widget))
            addText(texts, status, "currentMessage", status->currentMessage());
        // Actions a widget carries for its context menu or shortcuts.
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu)
            collectActions(texts, widget, widget->actions());
    }
    return texts;
}

// Under the pseudo-locale: the text carries the markers, or it is data.
bool passesPseudo(const QString &text)
{
    return text.contains(u'⟦') || isData(text);
}

// In Chinese: no two English words in a row, once the names that stay English are taken out
// (the gateway's own words in the [...] detail, AccessKey ID, field and option names, formats,
// URLs, the tools' own names: aliyun CLI, POSIX shell, Windows cmd).
bool passesChinese(const QString &text)
{
    static const QRegularExpression kept(QStringLiteral(
        R"(\[[^\]]*\]|https?://\S+|--?[\w-]+|\b\w+_\w+\b|%\d|AccessKey (?:ID|Secret)|STS Token|)"
        R"(\bTokenDesk\b|\bOSS\b|\bJSON\b|\bXML\b|\bHTTPS?\b|\bURL\b|)"
        R"(\baliyun (?:CLI|External)\b|\bPOSIX shell\b|\bWindows cmd\b)"));
    static const QRegularExpression sentence(
        QStringLiteral(R"([A-Za-z]{2,}(?:[ ,'’()]+[A-Za-z]{2,})+)"));
    QString rest = text;
    rest.replace(kept, QStringLiteral(" "));
    return !sentence.match(rest).hasMatch();
}

} // namespace

class TestLanguageWalk : public QObject
{
    Q_OBJECT

private:
    Mode m_mode = Mode::Chinese;
    TestSupport::WindowTestServices m_services;
    QStringList m_failures;
    int m_checked = 0;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = m_services.makeWindow();
        window->resize(1280, 800);
        return window;
    }

    bool passes(const QString &text) const
    {
        return m_mode == Mode::Pseudo ? passesPseudo(text) : passesChinese(text);
    }

    void walk(const QList<Text> &texts, const char *state)
    {
        for (const Text &t : texts) {
            ++m_checked;
            if (!passes(t.text)) {
                const QString failure =
                    QStringLiteral("[%1] %2: \"%3\"").arg(QLatin1String(state), t.where, t.text);
                if (!m_failures.contains(failure))
                    m_failures << failure;
            }
        }
    }
    void walk(QWidget *top, const char *state) { walk(visibleTexts(top), state); }
    void walkMenu(const QMenu *menu, const char *state)
    {
        QList<Text> texts;
        collectActions(texts, menu, menu->actions());
        walk(texts, state);
    }

    static bool fetchAndWait(MainWindow *window, bool expectToken)
    {
        QSignalSpy shown(window, &MainWindow::tokenShown);
        QSignalSpy failed(window, &MainWindow::fetchFailed);
        window->fetch();
        return QTest::qWaitFor([&] { return expectToken ? !shown.isEmpty() : !failed.isEmpty(); },
                               15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The programs' own way in: installTranslations() with the pseudo catalogue named by
        // TOKENDESK_TRANSLATION_FILE, or the embedded zh_CN one.
        if (qEnvironmentVariableIsSet("TOKENDESK_TRANSLATION_FILE")) {
            m_mode = Mode::Pseudo;
            installTranslations(*QCoreApplication::instance());
            QVERIFY2(QCoreApplication::translate("MainWindow", "Get token").startsWith(u'⟦'),
                     "the pseudo catalogue did not load");
        } else {
            QVERIFY2(
                qEnvironmentVariable("TOKENDESK_LANGUAGE") == QLatin1String("zh_CN"),
                "run with TOKENDESK_TRANSLATION_FILE=<pseudo .qm> or TOKENDESK_LANGUAGE=zh_CN");
            QVERIFY(installTranslations(*QCoreApplication::instance()));
        }
    }

    // The checks themselves tell a translated text from a stray English one.
    void checksTellTranslatedFromNot()
    {
        QVERIFY(passesPseudo(QStringLiteral("⟦Get token⟧")));
        QVERIFY(!passesPseudo(QStringLiteral("Get token")));
        QVERIFY(passesPseudo(QStringLiteral("https://eco.taobao.com/router/rest")));
        QVERIFY(passesPseudo(QStringLiteral("0:59:58")));
        QVERIFY(passesPseudo(QStringLiteral("STS.4VqAi96BoIhkeAx7nIAZboD7")));
        QVERIFY(!passesPseudo(QStringLiteral("Copy")));
        QVERIFY(passesPseudo(QStringLiteral("acs:oss:*:*:bucket/object")));
        QVERIFY(passesChinese(QStringLiteral("获取令牌(G)")));
        QVERIFY(passesChinese(QStringLiteral("AccessKey Secret(E)：")));
        QVERIFY(passesChinese(QStringLiteral("设置 TOKENDESK_APP_SECRET 环境变量后再启动")));
        QVERIFY(!passesChinese(QStringLiteral("Production, HTTPS (default)")));
        QVERIFY(passesChinese(
            QStringLiteral("服务暂时不可用。[code=10, msg=Service Currently Unavailable]")));
        QVERIFY(!passesChinese(QStringLiteral("The demo gateway could not start")));
        QCOMPARE(plain(QStringLiteral("Save && &quit")), QStringLiteral("Save & quit"));
    }

    void mainWindowEveryState()
    {
        auto window = makeWindow();
        walk(window.get(), "first run");
        QVERIFY(window->startDemo());
        GatewaySimulator *sim = window->demoSimulator();
        sim->setClock([this] { return m_services.clock.now(); });
        walk(window.get(), "demo, form open");

        // The form with errors: an empty tenant and a store with a space.
        auto *tenant = window->findChild<QComboBox *>("tenantCombo");
        auto *store = window->findChild<QComboBox *>("storeCombo");
        tenant->setEditText(QString());
        store->setEditText(QStringLiteral("a b"));
        walk(window.get(), "form with errors");
        tenant->setEditText(QStringLiteral("demo-tenant"));
        store->setEditText(QStringLiteral("store-0001"));

        // Each error banner class, with its details open.
        window->setFetchTimeout(500ms);
        const QList<GatewaySimulator::Scenario> failures = {
            GatewaySimulator::Scenario::RateLimited,
            GatewaySimulator::Scenario::BusinessRefusal,
            GatewaySimulator::Scenario::Http502Html,
            GatewaySimulator::Scenario::TruncatedBody,
            GatewaySimulator::Scenario::OversizedBody,
            GatewaySimulator::Scenario::SlowAnswer,
            GatewaySimulator::Scenario::Unavailable,
            GatewaySimulator::Scenario::IspError,
            GatewaySimulator::Scenario::InvalidArguments,
            GatewaySimulator::Scenario::RedirectToHttp,
            GatewaySimulator::Scenario::CloseWithoutAnswer,
        };
        sim->setBanSeconds(60);
        for (const GatewaySimulator::Scenario scenario : failures) {
            sim->setScenario(scenario);
            m_services.clock.advance(120); // past any ban of the scenario before
            QTRY_VERIFY(!window->rateLimitedUntil().isValid()); // the ban's countdown noticed
            const QByteArray state = "banner: " + GatewaySimulator::scenarioName(scenario).toUtf8();
            QVERIFY2(fetchAndWait(window.get(), false), state.constData());
            if (auto *details = window->findChild<QAbstractButton *>("errorDetailsButton");
                details && details->isVisible() && !details->isChecked())
                details->click();
            walk(window.get(), state.constData());
        }
        sim->setScenario(GatewaySimulator::Scenario::Normal);
        window->setFetchTimeout(15s);
        m_services.clock.advance(120);
        QTRY_VERIFY(!window->rateLimitedUntil().isValid());

        // A token, on every page; serving; the tray menu.
        QVERIFY(fetchAndWait(window.get(), true));
        auto *tabs = window->findChild<QTabWidget *>("resultTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            walk(window.get(), qPrintable(QStringLiteral("token, tab %1").arg(i)));
        }
        // Can I…? with an allowed and a denied action.
        tabs->setCurrentWidget(window->findChild<QWidget *>("policyTab"));
        auto *action = window->findChild<QLineEdit *>("actionEdit");
        auto *resource = window->findChild<QLineEdit *>("resourceEdit");
        QVERIFY(action && resource);
        for (const char *asked : {"oss:PutObject", "ram:CreateUser"}) {
            action->setText(QLatin1String(asked));
            resource->setText(QStringLiteral("acs:oss:*:*:demo-bucket/store-0001/x.jpg"));
            walk(window.get(), asked);
        }
        action->clear();
        resource->clear();
        tabs->setCurrentIndex(0);
        QVERIFY(window->setServing(true));
        walk(window.get(), "serving");
        auto *tray = window->findChild<CredentialTray *>();
        QVERIFY(tray);
        Q_EMIT tray->menu()->aboutToShow(); // the session entries are built as it opens
        walkMenu(tray->menu(), "tray menu");
        if (auto *copyAs = window->findChild<QPushButton *>("copyAsButton");
            copyAs && copyAs->menu())
            walkMenu(copyAs->menu(), "copy as menu");

        // A second session, then expiry and the rate-limit countdown.
        window->findChild<QPushButton *>("editRequestButton")->click();
        store->setEditText(QStringLiteral("store-0002"));
        QVERIFY(fetchAndWait(window.get(), true));
        walk(window.get(), "two sessions");
        m_services.clock.advance(3 * 3600);
        QTRY_COMPARE(window->sessions()->stateOf(*window->shownSession()).phase,
                     CountdownState::Phase::Expired);
        walk(window.get(), "expired");
        window->findChild<QPushButton *>("editRequestButton")->click();
        sim->setScenario(GatewaySimulator::Scenario::RateLimited);
        QVERIFY(fetchAndWait(window.get(), false));
        walk(window.get(), "rate-limit ban");
    }

    void dialogs()
    {
        SettingsDialog settings(AppSettings(), &m_services.keychain);
        settings.show();
        walk(&settings, "settings");
        ProfileDialog profiles(&m_services.profiles, &m_services.keychain, &m_services.session);
        profiles.show();
        walk(&profiles, "profiles, new");
        Profile saved;
        saved.name = QStringLiteral("prod");
        saved.settings.gateway = QUrl(QStringLiteral("https://eco.taobao.com/router/rest"));
        saved.settings.appKey = QStringLiteral("12345678");
        m_services.profiles.save(saved);
        ProfileDialog withOne(&m_services.profiles, &m_services.keychain, &m_services.session);
        withOne.selectProfile(QStringLiteral("prod"));
        withOne.show();
        auto *status = withOne.findChild<QLabel *>("secretStatusLabel");
        QVERIFY(status);
        QTRY_VERIFY(status->text()
                    != QCoreApplication::translate("TokenDesk::ProfileDialog", "Checking…"));
        walk(&withOne, "profiles, saved one");
    }

    void cleanupTestCase()
    {
        qInfo("%d texts checked, %lld not in the %s", m_checked, qlonglong(m_failures.size()),
              m_mode == Mode::Pseudo ? "pseudo-locale" : "zh_CN");
        for (const QString &failure : std::as_const(m_failures))
            qWarning("%s", qPrintable(failure));
        QVERIFY(m_checked > 200); // the walk really read the window
        QVERIFY2(m_failures.isEmpty(), "texts not in the language: see the warnings above");
    }
};

QTEST_MAIN(TestLanguageWalk)
#include "tst_languagewalk.moc"
