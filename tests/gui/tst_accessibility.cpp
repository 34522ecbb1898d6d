// The accessible names and roles ui/accessibility.h adds, read back through QAccessible (what
// the AT-SPI bridge reads; tests/atspi reads the real window through AT-SPI itself).
#include "accessibility.h"
#include "errorbanner.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace TokenDesk;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spokenLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("mnemonic and required mark") << "Te&nant *"
                                                    << "Tenant";
        QTest::newRow("plain") << "Request ID"
                               << "Request ID";
        QTest::newRow("literal ampersand") << "Save && &quit"
                                           << "Save & quit";
        QTest::newRow("Chinese mnemonic") << "租户(&N) *"
                                          << "租户";
        QTest::newRow("full-width brackets") << "门店（&S）"
                                             << "门店";
        QTest::newRow("colon kept") << "Access &key ID:"
                                    << "Access key ID:";
        // The edges of the hand-written matching (it replaced two regular expressions).
        QTest::newRow("mnemonic mid-text") << "租户 (&N) 代码"
                                           << "租户 代码";
        QTest::newRow("mixed brackets") << "门店(&S）"
                                        << "门店";
        QTest::newRow("bracketed && is literal") << "A(&&)"
                                                 << "A(&)";
        QTest::newRow("unclosed bracket") << "Scene (&S"
                                          << "Scene (S";
        QTest::newRow("star inside is kept") << "a*b"
                                             << "a*b";
        QTest::newRow("only the last star goes") << "Tenant **"
                                                 << "Tenant *";
        QTest::newRow("spaces after the star") << "Store *  "
                                               << "Store";
        QTest::newRow("only a star") << " * "
                                     << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void spokenLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, spoken);
        QCOMPARE(TokenDesk::spokenLabel(label), spoken);
    }

    void clearButtonSaysWhichField()
    {
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        edit.setText(QStringLiteral("t-1"));
        edit.show();
        nameFieldParts(&edit, QStringLiteral("Te&nant *"));
        QCOMPARE(edit.accessibleName(), QStringLiteral("Tenant"));
        QToolButton *clear = nullptr;
        for (auto *button : edit.findChildren<QToolButton *>()) {
            if (button->defaultAction()
                && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
                clear = button;
        }
        QVERIFY2(clear, "Qt's clear button was not found: has QLineEdit changed?");
        QAccessibleInterface *button = QAccessible::queryAccessibleInterface(clear);
        QVERIFY(button);
        QCOMPARE(button->text(QAccessible::Name), QStringLiteral("Clear Tenant"));
        // It still clears.
        clear->click();
        QVERIFY(edit.text().isEmpty());
    }

    void errorBannerIsAnAlert_data()
    {
        // Active, as with a screen reader: Qt then makes the banner's interface while the
        // widget is constructed, before it can be marked, and exposeAsAlert() must replace it.
        QTest::addColumn<bool>("active");
        QTest::newRow("no screen reader") << false;
        QTest::newRow("screen reader") << true;
    }
    void errorBannerIsAnAlert()
    {
        QFETCH(bool, active);
        QAccessible::setActive(active);
        ErrorBanner banner;
        banner.showMessage(QStringLiteral("The gateway refused the request."));
        QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(&banner);
        QVERIFY(alert);
        QCOMPARE(alert->role(), QAccessible::AlertMessage);
        QCOMPARE(alert->text(QAccessible::Description),
                 QStringLiteral("The gateway refused the request."));
        QVERIFY(!alert->text(QAccessible::Name).isEmpty());
        // Its children are the usual ones: the message and the buttons are still reachable.
        QVERIFY(alert->childCount() >= 3);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
