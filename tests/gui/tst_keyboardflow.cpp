// Keyboard only: the whole flow of the main window driven by key events alone, against a real
// simulator over loopback, and the Tab order checked against the reading order. Which Alt keys
// clash is tst_mnemonics' business; this test presses them and checks they do their job.
#include "clipboardguard.h"
#include "clock.h"
#include "gatewaysimulator.h"
#include "mainwindow.h"
#include "profile.h"
#include "secretstore.h"
#include "sessionmodel.h"
#include "settingsdialog.h"
#include "windowtestservices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace TokenDesk;

namespace {

constexpr int FetchTimeoutMs = 15000;

template<typename T>
T *child(QWidget *window, const char *name)
{
    return TestSupport::namedChild<T>(window, name);
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// What has the focus, named for messages: the object name, or the nearest named ancestor's.
QString focusName(const QWidget *widget)
{
    for (const QObject *o = widget; o; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(u"qt_"))
            return o->objectName();
    }
    return widget ? QString::fromLatin1(widget->metaObject()->className()) : QStringLiteral("none");
}

// The widget that has the focus, or the control it belongs to: an editable combo box's line
// edit stands for its combo box.
QWidget *control(QWidget *widget)
{
    if (widget && qobject_cast<QComboBox *>(widget->parentWidget()))
        return widget->parentWidget();
    return widget;
}

void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // To the focus widget, as a real key press goes; the shortcut map sees it first.
    QWidget *target = focused() ? focused() : window;
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// The controls Tab visits from `start` until it comes back (or 60 steps), each once.
QList<QWidget *> tabChain(QWidget *window, QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> chain{control(focused())};
    for (int step = 0; step < 60; ++step) {
        press(window, Qt::Key_Tab);
        QWidget *now = control(focused());
        if (!now || now == chain.first())
            break;
        if (!chain.contains(now))
            chain << now;
    }
    return chain;
}

// Reading order: a control that comes later in the chain is on a lower line, or on the same
// line further right. Lines are compared by their vertical centres, so a button beside a field
// (taller or shorter) counts as the same line.
QStringList readingOrderProblems(QWidget *window, const QList<QWidget *> &chain)
{
    QStringList problems;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain.at(i - 1)->mapTo(window, QPoint(0, 0)), chain.at(i - 1)->size());
        const QRect b(chain.at(i)->mapTo(window, QPoint(0, 0)), chain.at(i)->size());
        const int tolerance = qMin(a.height(), b.height()) / 2;
        const bool sameLine = qAbs(a.center().y() - b.center().y()) <= tolerance;
        const bool inOrder = sameLine ? b.left() >= a.left() : b.center().y() > a.center().y();
        if (!inOrder)
            problems << QStringLiteral("%1 (%2,%3) then %4 (%5,%6)")
                            .arg(focusName(chain.at(i - 1)))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(focusName(chain.at(i)))
                            .arg(b.left())
                            .arg(b.top());
    }
    return problems;
}

QStringList names(const QList<QWidget *> &chain)
{
    QStringList out;
    for (const QWidget *w : chain)
        out << focusName(w);
    return out;
}

// Runs `check` on the active popup menu or modal dialog once it is open (QMenu::exec and
// QDialog::exec block the key press that opened them).
void whenOpen(std::function<void(QWidget *)> check)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, check, ticks] {
        QWidget *open = QApplication::activePopupWidget();
        if (!open)
            open = QApplication::activeModalWidget();
        if (!open && ++*ticks > 500) { // 10 s: nothing opened, the caller's check fails
            poll->deleteLater();
            poll->stop();
        }
        if (!open)
            return;
        poll->stop();
        poll->deleteLater();
        check(open);
    });
    poll->start();
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private:
    TestSupport::WindowTestServices m_services;
    GatewaySimulator m_sim;
    std::unique_ptr<MainWindow> m_window;

    bool saveProfile(const QString &name, const QUrl &gateway, const QByteArray &secret)
    {
        return TestSupport::saveProfileWithSecret(m_services.profiles, m_services.keychain, name,
                                                  gateway, secret);
    }

    QWidget *window() const { return m_window.get(); }

    // After a popup menu or a dialog closes, the window is active again on a desktop; the
    // offscreen platform does not hand the activation back by itself. The focus it had stays.
    void backToWindow()
    {
        QTRY_VERIFY(!QApplication::activePopupWidget() && !QApplication::activeModalWidget());
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Fills one field as a user does: its label's Alt key, then typing over what is there.
    void fill(char mnemonic, const char *comboName, const QString &text)
    {
        QTest::keyClick(focused(), Qt::Key(Qt::Key_A + (mnemonic - 'a')), Qt::AltModifier);
        QComboBox *combo = child<QComboBox>(window(), comboName);
        QVERIFY2(control(focused()) == combo,
                 qPrintable(QStringLiteral("Alt+%1 focused %2, not %3")
                                .arg(QString(QLatin1Char(mnemonic)), focusName(focused()),
                                     QLatin1String(comboName))));
        press(window(), Qt::Key_A, Qt::ControlModifier);
        press(window(), Qt::Key_Delete);
        type(text);
        QCOMPARE(combo->currentText(), text);
    }

    // Alt+<mnemonic> focuses a credential value and Ctrl+C copies it.
    void copyByKeys(Qt::Key mnemonic, const char *editName)
    {
        if (mnemonic != Qt::Key_unknown)
            press(window(), mnemonic, Qt::AltModifier);
        auto *edit = child<QLineEdit>(window(), editName);
        QVERIFY2(focused() == edit,
                 qPrintable(QStringLiteral("%1 has the focus, not %2")
                                .arg(focusName(focused()), QLatin1String(editName))));
        QGuiApplication::clipboard()->clear();
        press(window(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(!edit->text().isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), edit->text());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim.addApp(QStringLiteral("777"), "kb-secret");
        QVERIFY(m_sim.listen());
        // Two profiles, so that choosing one is a real choice: the first points nowhere.
        QVERIFY(saveProfile(QStringLiteral("a-nowhere"), QUrl("http://127.0.0.1:1/router/rest"),
                            "unused"));
        QVERIFY(saveProfile(QStringLiteral("b-simulator"), m_sim.url(), "kb-secret"));

        MainWindow::Services services = m_services.services();
        services.clock = nullptr; // the real clock: this operator's session runs in real time
        m_window = std::make_unique<MainWindow>(services);
        m_window->setAliyunProfileNameQuestion([] { return QString(); });
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The steps below run in order on one window, as one operator's session.

    void chooseProfileAndFill()
    {
        // Alt+F: the Profile box; the arrow keys choose.
        press(window(), Qt::Key_F, Qt::AltModifier);
        auto *profiles = child<QComboBox>(window(), "profileCombo");
        QCOMPARE(focused(), profiles);
        const int wanted = profiles->findText(QStringLiteral("b-simulator"));
        QVERIFY(wanted >= 0);
        while (profiles->currentIndex() < wanted)
            press(window(), Qt::Key_Down);
        while (profiles->currentIndex() > wanted)
            press(window(), Qt::Key_Up);
        QCOMPARE(profiles->currentText(), QStringLiteral("b-simulator"));

        fill('n', "tenantCombo", QStringLiteral("t-1"));
        fill('s', "storeCombo", QStringLiteral("poi-9"));
        fill('c', "sceneCombo", QStringLiteral("inspection"));
        fill('u', "usageSceneCombo", QStringLiteral("upload"));
        fill('p', "productCombo", QStringLiteral("oss"));
        QVERIFY2(m_window->fetchBlocker().isEmpty(), qPrintable(m_window->fetchBlocker()));
    }

    void formTabOrderIsReadingOrder()
    {
        const QList<QWidget *> chain = tabChain(window(), child<QWidget>(window(), "profileCombo"));
        // The form's controls, in the order they are read.
        const QStringList form{
            "profileCombo",     "manageProfilesButton", "tenantCombo",
            "storeCombo",       "sceneCombo",           "usageSceneCombo",
            "productCombo",     "requestIdEdit",        "regenerateRequestIdButton",
            "requestTokenEdit", "fetchButton"};
        const QStringList visited = names(chain);
        QCOMPARE(visited.mid(0, form.size()), form);
        const QStringList problems = readingOrderProblems(window(), chain.mid(0, form.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Tab never stops on the scroll area that holds the form: an invisible stop that a
        // screen reader announces as an empty pane.
        for (const QWidget *stop : chain)
            QVERIFY2(!qobject_cast<const QScrollArea *>(stop), qPrintable(visited.join(u' ')));
    }

    void fetchWithCtrlReturn()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::tokenShown);
        press(window(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, FetchTimeoutMs);
        QCOMPARE(m_window->sessions()->rowCount(), 1);
    }

    void credentialTabOrderIsReadingOrder()
    {
        // The whole window, from the first control on the left: the session list's pane
        // top to bottom, then the right-hand side top to bottom (the folded form's line, the
        // tabs, the credential's values, serving, Copy as and Clear), then round again.
        QWidget *sessionsPane = child<QWidget>(window(), "sessionsPane");
        const QList<QWidget *> chain = tabChain(window(), child<QWidget>(window(), "sessionList"));
        const QStringList visited = names(chain);
        qsizetype right = 0;
        while (right < chain.size() && sessionsPane->isAncestorOf(chain.at(right)))
            ++right;
        for (qsizetype i = right; i < chain.size(); ++i) {
            QVERIFY2(!sessionsPane->isAncestorOf(chain.at(i)),
                     qPrintable(QStringLiteral("Tab goes back to the left pane: ")
                                + visited.join(u' ')));
        }
        QVERIFY2(right >= 2, qPrintable(visited.join(u' '))); // the list and its Remove
        const QList<QWidget *> rightSide = chain.mid(right);
        for (const char *name : {"editRequestButton", "accessKeyIdEdit", "secretEdit", "tokenEdit",
                                 "publicEndpointEdit", "internalEndpointEdit", "serveCheckBox",
                                 "copyAsButton", "clearButton"}) {
            QVERIFY2(names(rightSide).contains(QLatin1String(name)),
                     qPrintable(name + QStringLiteral(" not in ") + visited.join(u' ')));
        }
        QStringList problems = readingOrderProblems(window(), chain.mid(0, right));
        problems << readingOrderProblems(window(), rightSide);
        QVERIFY2(problems.isEmpty(), qPrintable(visited.join(u' ') + u'\n' + problems.join(u'\n')));
    }

    void copyEachValue()
    {
        copyByKeys(Qt::Key_K, "accessKeyIdEdit");
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("STS.")));
        copyByKeys(Qt::Key_E, "secretEdit");
        copyByKeys(Qt::Key_Y, "tokenEdit");
        copyByKeys(Qt::Key_B, "publicEndpointEdit");
        // The internal endpoint has no Alt key of its own (more controls than letters): Tab
        // reaches it from the public one, past that one's Copy button.
        press(window(), Qt::Key_Tab);
        QCOMPARE(focusName(focused()), QStringLiteral("copyPublicEndpointButton"));
        press(window(), Qt::Key_Tab);
        copyByKeys(Qt::Key_unknown, "internalEndpointEdit");
        // Space on a focused Copy button copies too.
        press(window(), Qt::Key_Tab);
        QCOMPARE(focusName(focused()), QStringLiteral("copyInternalEndpointButton"));
        QGuiApplication::clipboard()->clear();
        press(window(), Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 child<QLineEdit>(window(), "internalEndpointEdit")->text());
    }

    void copyAsMenu()
    {
        // Alt+A opens Copy as; the arrow keys and Return choose the first format.
        QStringList titles;
        bool opened = false;
        whenOpen([&](QWidget *open) {
            auto *menu = qobject_cast<QMenu *>(open);
            opened = menu != nullptr;
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    titles << action->text();
            }
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QGuiApplication::clipboard()->clear();
        press(window(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(opened);
        QVERIFY2(titles.size() >= 3, qPrintable(titles.join(u',')));
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(child<QLineEdit>(window(), "accessKeyIdEdit")->text()),
                 qPrintable(copied.left(200)));
        backToWindow();
    }

    void servingToggle()
    {
        auto *serve = child<QCheckBox>(window(), "serveCheckBox");
        QVERIFY(!m_window->isServing());
        press(window(), Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(m_window->isServing());
        QVERIFY(serve->isChecked());
        press(window(), Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(!m_window->isServing());
        QVERIFY(!serve->isChecked());
    }

    void tabsFromAnywhere()
    {
        auto *tabs = child<QTabWidget>(window(), "resultTabs");
        // From a credential value, not from inside the tab bar.
        press(window(), Qt::Key_K, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        press(window(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        press(window(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        press(window(), Qt::Key_PageUp, Qt::ControlModifier);
        press(window(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        // Alt+I: the Policy tab by its mnemonic; Alt+D back to the Credential tab.
        press(window(), Qt::Key_I, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("policyTab"));
        press(window(), Qt::Key_D, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("credentialTab"));
        // Alt+Q: the Request tab.
        press(window(), Qt::Key_Q, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("requestTab"));
    }

    void canICheck()
    {
        press(window(), Qt::Key_I, Qt::AltModifier);
        // Alt+A: the action field (the Credential tab's Copy as is hidden now).
        press(window(), Qt::Key_A, Qt::AltModifier);
        QCOMPARE(focusName(focused()), QStringLiteral("actionEdit"));
        type(QStringLiteral("oss:PutObject"));
        press(window(), Qt::Key_E, Qt::AltModifier);
        QCOMPARE(focusName(focused()), QStringLiteral("resourceEdit"));
        type(QStringLiteral("acs:oss:*:*:deepvision-t-1/poi-9/photo.jpg"));
        auto *decision = child<QLabel>(window(), "decisionLabel");
        QCOMPARE(decision->text(),
                 QCoreApplication::translate("PolicyView", "Allowed by statement %1").arg(1));
        // The Deny statement wins for a delete.
        press(window(), Qt::Key_A, Qt::AltModifier);
        press(window(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("oss:DeleteObject"));
        QCOMPARE(decision->text(),
                 QCoreApplication::translate("PolicyView", "Denied by statement %1").arg(2));
        press(window(), Qt::Key_D, Qt::AltModifier);
    }

    void settingsOpenAndEscape()
    {
        QString opened;
        bool stillOpenAfterEscape = true;
        whenOpen([&](QWidget *open) {
            opened = QString::fromLatin1(open->metaObject()->className());
            QTest::keyClick(open->focusWidget() ? open->focusWidget() : open, Qt::Key_Escape);
            stillOpenAfterEscape = open->isVisible();
        });
        press(window(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(opened, QStringLiteral("TokenDesk::SettingsDialog"));
        QVERIFY(!stillOpenAfterEscape);
        backToWindow();
    }

    void editRequestAndFetchAnother()
    {
        auto *form = child<QWidget>(window(), "requestGroup");
        QVERIFY(!form->isVisible()); // folded after the fetch
        // A mnemonic clicks its button the way a mouse does, after a short press animation.
        press(window(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(focusName(control(focused())), QStringLiteral("tenantCombo"));
        fill('s', "storeCombo", QStringLiteral("poi-10"));
        QSignalSpy shown(m_window.get(), &MainWindow::tokenShown);
        press(window(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, FetchTimeoutMs);
        QCOMPARE(m_window->sessions()->rowCount(), 2);
    }

    void selectAndDeleteSessions()
    {
        SessionModel *sessions = m_window->sessions();
        const auto idOfRow = [sessions](int row) {
            return sessions->data(sessions->index(row), SessionModel::SessionIdRole).toULongLong();
        };
        // Ctrl+2 shows the older session, Ctrl+1 the newer, from wherever the focus is.
        press(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->shownSession(), std::optional<quint64>(idOfRow(1)));
        QCOMPARE(focusName(focused()), QStringLiteral("sessionList"));
        press(window(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->shownSession(), std::optional<quint64>(idOfRow(0)));
        // Ctrl+9 with two sessions does nothing.
        press(window(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(m_window->shownSession(), std::optional<quint64>(idOfRow(0)));
        // Delete removes the selected one; the other is shown.
        const quint64 older = idOfRow(1);
        press(window(), Qt::Key_Delete);
        QCOMPARE(sessions->rowCount(), 1);
        QCOMPARE(m_window->shownSession(), std::optional<quint64>(older));
    }

    void helpListsTheShortcuts()
    {
        // Help > Keyboard shortcuts, reached with Alt+H and the arrow keys, names every
        // shortcut this test pressed.
        QString text;
        whenOpen([&](QWidget *open) {
            auto *menu = qobject_cast<QMenu *>(open);
            if (menu) {
                // The menu: choose "Keyboard shortcuts"; the dialog comes next.
                whenOpen([&](QWidget *dialog) {
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        text += label->text();
                    QTest::keyClick(dialog, Qt::Key_Escape);
                });
                QTest::keyClick(menu, Qt::Key_K);
            }
        });
        press(window(), Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(!text.isEmpty());
        for (const char *key : {"Ctrl+Return", "Ctrl+,", "Ctrl+Tab", "Ctrl+PgDown", "Ctrl+1", "Del",
                                "Esc", "Ctrl+C", "Alt+R", "Alt+V"}) {
            QVERIFY2(text.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
