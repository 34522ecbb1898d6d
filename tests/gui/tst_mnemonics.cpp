// Alt-key mnemonics: no two controls shown together share one, in every window and dialog, in the
// language the test runs in (CTest runs it once in English and once in Simplified Chinese).
#include "clipboardguard.h"
#include "clock.h"
#include "mainwindow.h"
#include "profile.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "translations.h"
#include "windowtestservices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {

// The character after a single '&' ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QObject *object, const QString &text)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/') + QStringLiteral(" \"") + text + u'"';
}

// Every mnemonic a user can press in `window` now: visible buttons, labels with a buddy, group
// box titles, tab bar tabs and menu bar entries. Returns "x: a, b" for each shared one.
QStringList clashes(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QObject *object, const QString &text) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners[key] << describe(object, text);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs, tabs->tabText(i));
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menus->actions())
                add(menus, action->text());
        }
    }
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("Alt+%1: %2")
                         .arg(it.key(), it.value().join(QStringLiteral("; ")));
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    TestSupport::WindowTestServices m_services;

    std::unique_ptr<MainWindow> makeWindow() { return m_services.makeWindow(); }

    static void check(QWidget *window, const char *state)
    {
        const QStringList found = clashes(window);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2):\n  %3")
                                .arg(QLatin1String(state), QLocale().name(),
                                     found.join(QStringLiteral("\n  ")))));
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }

    void helperFindsAClash()
    {
        // The walk itself: two buttons with the same mnemonic are reported, && is no mnemonic.
        QWidget window;
        auto *a = new QPushButton("&Apply", &window);
        auto *b = new QPushButton("&Abort", &window);
        auto *c = new QPushButton("Save && &quit", &window);
        window.show();
        QCOMPARE(clashes(&window).size(), 1);
        b->setText("A&bort");
        QVERIFY(clashes(&window).isEmpty());
        QCOMPARE(mnemonicOf(c->text()), QChar(u'q'));
        Q_UNUSED(a)
    }

    void mainWindowEveryState()
    {
        auto window = makeWindow();
        check(window.get(), "first run");
        QVERIFY(window->startDemo());
        check(window.get(), "demo, form open");
        QSignalSpy shown(window.get(), &MainWindow::tokenShown);
        window->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        check(window.get(), "credential shown, form folded");
        window->setServing(true);
        check(window.get(), "serving");
        auto *tabs = window->findChild<QTabWidget *>("resultTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(window.get(), qPrintable(QStringLiteral("tab %1").arg(i)));
        }
        window->findChild<QPushButton *>("editRequestButton")->click();
        check(window.get(), "form opened again");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(window.get(), qPrintable(QStringLiteral("form open, tab %1").arg(i)));
        }
    }

    // Keyboard only: Ctrl+Tab and Ctrl+PgDn switch the result tabs wherever the focus is, and
    // Settings has Ctrl+, even where the platform's Preferences key is empty.
    void tabsAndSettingsFromAnywhere()
    {
        auto window = makeWindow();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *tabs = window->findChild<QTabWidget *>("resultTabs");
        auto *tenant = window->findChild<QWidget *>("tenantCombo");
        tenant->setFocus();
        QVERIFY(tenant->hasFocus() || tenant->focusProxy());
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(window.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        bool settingsHasCtrlComma = false;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
                settingsHasCtrlComma = action->menuRole() == QAction::PreferencesRole;
        }
        QVERIFY(settingsHasCtrlComma);
    }

    void dialogs()
    {
        SettingsDialog settings(AppSettings(), &m_services.keychain);
        settings.show();
        check(&settings, "settings");
        ProfileDialog profiles(&m_services.profiles, &m_services.keychain, &m_services.session);
        profiles.show();
        check(&profiles, "profiles");
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
