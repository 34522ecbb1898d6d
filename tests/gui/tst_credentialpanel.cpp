// CredentialPanel on the offscreen platform: values, masking, every copy path through the guard,
// the expired state, Clear, and the names keyboard and screen-reader users rely on.
#include "clipboardguard.h"
#include "clock.h"
#include "countdownwidget.h"
#include "credentialformatter.h"
#include "credentialpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace TokenDesk;
using namespace std::chrono_literals;

class TestCredentialPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryValue();
    void expiryInLocalTimeWithUtcTooltip();
    void secretAndTokenStartMasked();
    void revealAndMask_data();
    void revealAndMask();
    void remasksAfterDelay();
    void newCredentialIsMasked();
    void copyButtons_data();
    void copyButtons();
    void ctrlCInAFieldIsGuarded();
    void copyAsOffersEveryFormat();
    void copyAsEnv();
    void countsTheGatewaysTime();
    void copyAsFailureShowsErrorAndCopiesNothing();
    void expiredCopyAsks();
    void notExpiredCopyDoesNotAsk();
    void refetchOnlyWhenExpired();
    void clearWipesEverything();
    void nothingToCopyWithoutCredential();
    void accessibleNamesAndObjectNames();
    void tabOrderFollowsTheRows();
    void valueFieldsLineUp();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static QString clipboardText() { return clipboard()->text(QClipboard::Clipboard); }
    static QByteArray clipboardMarker()
    {
        const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
        return mime ? mime->data("x-kde-passwordManagerHint") : QByteArray();
    }
    QAction *formatAction(const QString &name) const;
    void expire();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<CredentialPanel> m_panel;
};

namespace {

const QDateTime Issued(QDate(2026, 11, 28), QTime(11, 0), QTimeZone::utc());

TokenResponse sampleResponse()
{
    TokenResponse response;
    SecurityToken &c = response.credential;
    c.accessKeyId = "STS.NUgYrLnoC37mZZCNnAbez2";
    c.accessKeySecret = "6jPz9S0b+Vt/4CqRwNkA8hU=";
    c.securityToken = "CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==" + QString(300, 'Q');
    c.productCode = "oss";
    c.sceneCode = QString::fromUtf8("场景一");
    c.tenantCode = "t-1";
    c.fieldId = "poi-1";
    c.endPointPublic = "https://oss-cn-shanghai.aliyuncs.com";
    c.endPointInternal = "https://oss-cn-shanghai-internal.aliyuncs.com";
    c.expirationText = "2026-11-28T12:00:00Z";
    c.expiration = Issued.addSecs(3600);
    response.respCode = "200";
    return response;
}

} // namespace

void TestCredentialPanel::initTestCase()
{
    // The offscreen platform keeps QMimeData in-process, which every clipboard check needs.
    auto *probe = new QMimeData;
    probe->setData("application/x-tokendesk-probe", "1");
    clipboard()->setMimeData(probe);
    const QMimeData *back = clipboard()->mimeData();
    if (!back || back->data("application/x-tokendesk-probe") != "1")
        QSKIP("This platform's clipboard does not keep MIME data");
}

void TestCredentialPanel::init()
{
    m_clock = std::make_unique<ManualClock>(Issued.addSecs(60));
    m_guard = std::make_unique<ClipboardGuard>();
    m_guard->setClearDelay(0ms); // the guard's own timer is tested elsewhere
    m_panel = std::make_unique<CredentialPanel>();
    m_panel->setClipboardGuard(m_guard.get());
    m_panel->setClock(m_clock.get());
    m_panel->setConfirmExpiredCopy([] {
        qWarning("unexpected confirmation");
        return false;
    });
    m_panel->showCredential(sampleResponse(), Issued);
    m_panel->resize(720, m_panel->sizeHint().height());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    clipboard()->setText("before");
}

void TestCredentialPanel::cleanup()
{
    if (qEnvironmentVariableIntValue("TOKENDESK_TEST_GRAB")
        && QByteArray(QTest::currentTestFunction()) == "showsEveryValue") {
        m_panel->grab().save("/tmp/credentialpanel.png");
        m_panel->setRemaskDelay(0ms);
        child<QToolButton>("revealSecretButton")->click();
        expire();
        QTest::qWait(20); // let the layout take in the state label's new text
        m_panel->grab().save("/tmp/credentialpanel-expired.png");
        QPalette dark;
        for (const auto role : {QPalette::Window, QPalette::Button, QPalette::Base})
            dark.setColor(role, QColor(0x2b, 0x2b, 0x2b));
        for (const auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
            dark.setColor(role, QColor(0xe8, 0xe8, 0xe8));
        m_panel->setPalette(dark);
        m_clock->set(Issued.addSecs(3500));
        m_panel->countdown()->refresh();
        QTest::qWait(20);
        m_panel->grab().save("/tmp/credentialpanel-dark-warning.png");
    }
    m_panel.reset();
    m_guard.reset();
    m_clock.reset();
}

QAction *TestCredentialPanel::formatAction(const QString &name) const
{
    QMenu *menu = child<QPushButton>("copyAsButton")->menu();
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void TestCredentialPanel::expire()
{
    m_clock->set(Issued.addSecs(3601));
    m_panel->countdown()->refresh();
    QCOMPARE(m_panel->countdown()->state().phase, CountdownState::Phase::Expired);
}

void TestCredentialPanel::showsEveryValue()
{
    const SecurityToken c = sampleResponse().credential;
    QVERIFY(m_panel->hasCredential());
    QCOMPARE(edit("accessKeyIdEdit")->text(), c.accessKeyId);
    QCOMPARE(edit("secretEdit")->text(), c.accessKeySecret);
    QCOMPARE(edit("tokenEdit")->text(), c.securityToken);
    QCOMPARE(edit("publicEndpointEdit")->text(), c.endPointPublic);
    QCOMPARE(edit("internalEndpointEdit")->text(), c.endPointInternal);
    for (const char *name : {"accessKeyIdEdit", "secretEdit", "tokenEdit", "publicEndpointEdit",
                             "internalEndpointEdit"}) {
        QVERIFY2(edit(name)->isReadOnly(), name);
        QCOMPARE(edit(name)->cursorPosition(), 0); // a long token shows its start
    }
    QVERIFY(edit("tokenEdit")->font().fixedPitch() || edit("tokenEdit")->font() != m_panel->font());
    QCOMPARE(child<QLabel>("tenantValueLabel")->text(), QString("t-1"));
    QCOMPARE(child<QLabel>("storeValueLabel")->text(), QString("poi-1"));
    QCOMPARE(child<QLabel>("sceneValueLabel")->text(), QString::fromUtf8("场景一"));
    QCOMPARE(child<QLabel>("productValueLabel")->text(), QString("oss"));
    QCOMPARE(child<QLabel>("timeLeftLabel")->text(), QString("0:59:00"));
}

void TestCredentialPanel::expiryInLocalTimeWithUtcTooltip()
{
    QLabel *label = child<QLabel>("expiresValueLabel");
    const QDateTime local = Issued.addSecs(3600).toLocalTime();
    QVERIFY2(label->text().contains(local.toString("ss")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLocale().toString(local.time().minute())),
             qPrintable(label->text()));
    QCOMPARE(label->toolTip(), QString("In UTC: 2026-11-28T12:00:00Z"));
}

void TestCredentialPanel::secretAndTokenStartMasked()
{
    QVERIFY(!m_panel->isSecretRevealed());
    QVERIFY(!m_panel->isTokenRevealed());
    QCOMPARE(edit("secretEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(edit("tokenEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(edit("accessKeyIdEdit")->echoMode(), QLineEdit::Normal);
    QCOMPARE(child<QToolButton>("revealSecretButton")->text(), QString("Show"));
}

void TestCredentialPanel::revealAndMask_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("secret");
    QTest::newRow("secret") << "revealSecretButton"
                            << "secretEdit" << true;
    QTest::newRow("token") << "revealTokenButton"
                           << "tokenEdit" << false;
}

void TestCredentialPanel::revealAndMask()
{
    QFETCH(QString, button);
    QFETCH(QString, edit);
    QFETCH(bool, secret);
    auto *reveal = m_panel->findChild<QToolButton *>(button);
    auto *field = m_panel->findChild<QLineEdit *>(edit);
    QVERIFY(reveal && field);
    QVERIFY(reveal->isCheckable());
    const auto revealed = [&] {
        return secret ? m_panel->isSecretRevealed() : m_panel->isTokenRevealed();
    };

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(revealed());
    QVERIFY(reveal->isChecked());
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QCOMPARE(reveal->text(), QString("Hide"));
    // Only the one asked for.
    QVERIFY(!(secret ? m_panel->isTokenRevealed() : m_panel->isSecretRevealed()));

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!revealed());
    QVERIFY(!reveal->isChecked());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QCOMPARE(reveal->text(), QString("Show"));
}

void TestCredentialPanel::remasksAfterDelay()
{
    m_panel->setRemaskDelay(150ms);
    child<QToolButton>("revealSecretButton")->click();
    child<QToolButton>("revealTokenButton")->click();
    QVERIFY(m_panel->isSecretRevealed());
    QVERIFY(m_panel->isTokenRevealed());
    QTRY_VERIFY(!m_panel->isSecretRevealed() && !m_panel->isTokenRevealed());
    QVERIFY(!child<QToolButton>("revealSecretButton")->isChecked());
    QVERIFY(!child<QToolButton>("revealTokenButton")->isChecked());
    QCOMPARE(child<QToolButton>("revealTokenButton")->text(), QString("Show"));

    // Zero: stays revealed.
    m_panel->setRemaskDelay(0ms);
    child<QToolButton>("revealSecretButton")->click();
    QTest::qWait(300);
    QVERIFY(m_panel->isSecretRevealed());
}

void TestCredentialPanel::newCredentialIsMasked()
{
    child<QToolButton>("revealSecretButton")->click();
    child<QToolButton>("revealTokenButton")->click();
    m_panel->showCredential(sampleResponse(), Issued);
    QVERIFY(!m_panel->isSecretRevealed());
    QVERIFY(!m_panel->isTokenRevealed());
}

void TestCredentialPanel::copyButtons_data()
{
    const SecurityToken c = sampleResponse().credential;
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("what");
    QTest::newRow("access key id")
        << "copyAccessKeyIdButton" << c.accessKeyId << "the access key ID";
    QTest::newRow("secret") << "copySecretButton" << c.accessKeySecret << "the access key secret";
    QTest::newRow("token") << "copyTokenButton" << c.securityToken << "the security token";
    QTest::newRow("public endpoint")
        << "copyPublicEndpointButton" << c.endPointPublic << "the public endpoint";
    QTest::newRow("internal endpoint")
        << "copyInternalEndpointButton" << c.endPointInternal << "the internal endpoint";
}

void TestCredentialPanel::copyButtons()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    QFETCH(QString, what);
    auto *copy = m_panel->findChild<QToolButton *>(button);
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QSignalSpy copied(m_panel.get(), &CredentialPanel::copied);

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboardText(), expected);
    QCOMPARE(clipboardMarker(), QByteArray("secret"));
    QVERIFY(m_guard->ownsClipboard());
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), what);
    // Masked or not, the copy is the real value.
    QVERIFY(!m_panel->isSecretRevealed());
}

void TestCredentialPanel::ctrlCInAFieldIsGuarded()
{
    QLineEdit *secret = edit("secretEdit");
    child<QToolButton>("revealSecretButton")->click();
    secret->setFocus();
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboardText(), sampleResponse().credential.accessKeySecret);
    QCOMPARE(clipboardMarker(), QByteArray("secret"));

    // Masked: QLineEdit itself would refuse; the panel copies the field, guarded.
    clipboard()->setText("before");
    child<QToolButton>("revealSecretButton")->click();
    QVERIFY(!m_panel->isSecretRevealed());
    QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboardText(), sampleResponse().credential.accessKeySecret);
    QCOMPARE(clipboardMarker(), QByteArray("secret"));

    // No selecting by keyboard: QLineEdit would put it in the primary selection.
    child<QToolButton>("revealSecretButton")->click();
    secret->deselect();
    QTest::keyClick(secret, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(secret, Qt::Key_End, Qt::ShiftModifier);
    QVERIFY(!secret->hasSelectedText());
    QTest::keyClick(secret, Qt::Key_End);
    QCOMPARE(secret->cursorPosition(), secret->text().size()); // moving still works

    // Selecting with the mouse in a revealed field leaves the primary selection alone.
    if (clipboard()->supportsSelection()) {
        clipboard()->setText("untouched", QClipboard::Selection);
        QTest::mouseDClick(secret, Qt::LeftButton);
        QTest::mouseRelease(secret, Qt::LeftButton);
        QCOMPARE(clipboard()->text(QClipboard::Selection), QString("untouched"));
    }
}

void TestCredentialPanel::copyAsOffersEveryFormat()
{
    // A push button with a menu: the style makes room for its arrow (a tool button's
    // instant-popup arrow overlapped the text).
    auto *copyAs = child<QPushButton>("copyAsButton");
    QVERIFY(copyAs->menu());
    QVERIFY(copyAs->width() >= copyAs->sizeHint().width());
    // Every format but aliyun-process (what a program prints for the aliyun CLI, not something
    // to paste), then, after a separator, the aliyun External profile writer.
    QStringList names = exportFormatNames();
    names.removeAll("aliyun-process");
    const QList<QAction *> actions = copyAs->menu()->actions();
    QCOMPARE(actions.size(), names.size() + 2);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(actions.at(i)->data().toString(), names.at(i));
        QCOMPARE(actions.at(i)->text(), exportFormatTitle(*exportFormatFromName(names.at(i))));
    }
    QVERIFY(actions.at(names.size())->isSeparator());
    QCOMPARE(actions.last()->objectName(), QString("aliyunExternalProfileAction"));
    QSignalSpy requested(m_panel.get(), &CredentialPanel::aliyunProfileRequested);
    actions.last()->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestCredentialPanel::copyAsEnv()
{
    QSignalSpy copied(m_panel.get(), &CredentialPanel::copied);
    QAction *env = formatAction("env");
    QVERIFY(env);
    env->trigger();
    QVERIFY2(
        clipboardText().contains("export ALIBABA_CLOUD_ACCESS_KEY_ID='STS.NUgYrLnoC37mZZCNnAbez2'"),
        qPrintable(clipboardText()));
    QVERIFY(clipboardText().contains("export ALIBABA_CLOUD_SECURITY_TOKEN="));
    QCOMPARE(clipboardMarker(), QByteArray("secret"));
    // The expiry comment is counted from the panel's clock.
    QVERIFY2(clipboardText().contains("(in 3540 s)"), qPrintable(clipboardText()));
    QCOMPARE(copied.count(), 1);

    formatAction("json")->trigger();
    QVERIFY(clipboardText().contains("\"access_key_id\": \"STS.NUgYrLnoC37mZZCNnAbez2\""));
}

void TestCredentialPanel::countsTheGatewaysTime()
{
    // The gateway's clock is 15 minutes ahead of ours, so its expiration reads 15 minutes
    // later than ours would: the time left is still the credential's true 59 minutes.
    TokenResponse response = sampleResponse();
    response.credential.expiration = response.credential.expiration.addSecs(900);
    m_panel->showCredential(response, Issued, 900);
    QCOMPARE(child<QLabel>("timeLeftLabel")->text(), QString("0:59:00"));
    formatAction("env")->trigger();
    QVERIFY2(clipboardText().contains("(in 3540 s)"), qPrintable(clipboardText()));
    // A credential from a gateway whose clock agrees counts from our clock again.
    m_panel->showCredential(sampleResponse(), Issued);
    QCOMPARE(child<QLabel>("timeLeftLabel")->text(), QString("0:59:00"));
}

void TestCredentialPanel::copyAsFailureShowsErrorAndCopiesNothing()
{
    TokenResponse response = sampleResponse();
    response.credential.accessKeySecret = "50%off";
    m_panel->showCredential(response, Issued);

    QString shownTitle;
    QString shownText;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shownTitle = box->windowTitle();
            shownText = box->text();
            box->close();
        }
    });
    closer.start();
    formatAction("cmd")->trigger();
    closer.stop();
    QVERIFY2(shownTitle.contains(exportFormatTitle(ExportFormat::Cmd)), qPrintable(shownTitle));
    QVERIFY2(shownText.contains('%'), qPrintable(shownText));
    QCOMPARE(clipboardText(), QString("before"));
}

void TestCredentialPanel::expiredCopyAsks()
{
    expire();
    int asked = 0;
    bool answer = false;
    m_panel->setConfirmExpiredCopy([&] {
        ++asked;
        return answer;
    });

    child<QToolButton>("copySecretButton")->click();
    QCOMPARE(asked, 1);
    QCOMPARE(clipboardText(), QString("before"));

    formatAction("env")->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(clipboardText(), QString("before"));

    answer = true;
    child<QToolButton>("copySecretButton")->click();
    QCOMPARE(asked, 3);
    QCOMPARE(clipboardText(), sampleResponse().credential.accessKeySecret);
    QCOMPARE(clipboardMarker(), QByteArray("secret"));
}

void TestCredentialPanel::notExpiredCopyDoesNotAsk()
{
    int asked = 0;
    m_panel->setConfirmExpiredCopy([&] { return ++asked, false; });
    m_clock->set(Issued.addSecs(3599)); // warning, not expired
    m_panel->countdown()->refresh();
    child<QToolButton>("copyTokenButton")->click();
    QCOMPARE(asked, 0);
    QCOMPARE(clipboardText(), sampleResponse().credential.securityToken);

    // Expired while the countdown was not looking (hidden, timer stopped): still asks.
    m_panel->hide();
    m_clock->set(Issued.addSecs(7200));
    m_panel->show();
    m_panel->hide();
    child<QToolButton>("copyTokenButton")->click();
    QCOMPARE(asked, 1);
}

void TestCredentialPanel::refetchOnlyWhenExpired()
{
    auto *refetch = child<QPushButton>("refetchButton");
    QVERIFY(!refetch->isVisible());
    QSignalSpy spy(m_panel.get(), &CredentialPanel::refetchRequested);

    expire();
    QVERIFY(refetch->isVisible());
    QTest::mouseClick(refetch, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);

    m_clock->set(Issued);
    m_panel->showCredential(sampleResponse(), Issued);
    QVERIFY(!refetch->isVisible());
}

void TestCredentialPanel::clearWipesEverything()
{
    child<QToolButton>("revealSecretButton")->click();
    child<QToolButton>("copySecretButton")->click();
    QVERIFY(m_guard->ownsClipboard());
    QSignalSpy cleared(m_panel.get(), &CredentialPanel::credentialCleared);

    QTest::mouseClick(child<QPushButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!m_panel->hasCredential());
    for (QLineEdit *field : m_panel->findChildren<QLineEdit *>()) {
        QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
        QVERIFY2(!field->isUndoAvailable(), qPrintable(field->objectName()));
    }
    for (const char *name : {"tenantValueLabel", "storeValueLabel", "sceneValueLabel",
                             "productValueLabel", "expiresValueLabel", "timeLeftLabel"})
        QCOMPARE(child<QLabel>(name)->text(), QString("\u2013"));
    QVERIFY(!m_panel->isSecretRevealed());
    QVERIFY(!m_panel->countdown()->isTicking());
    QCOMPARE(m_panel->countdown()->state().phase, CountdownState::Phase::Unknown);
    // What the panel had put on the clipboard is gone too.
    QVERIFY(!m_guard->ownsClipboard());
    QVERIFY(clipboardText().isEmpty());
}

void TestCredentialPanel::nothingToCopyWithoutCredential()
{
    m_panel->clearCredential();
    for (const char *name : {"copyAccessKeyIdButton", "copySecretButton", "copyTokenButton",
                             "copyPublicEndpointButton", "copyInternalEndpointButton",
                             "copyAsButton", "revealSecretButton", "revealTokenButton"})
        QVERIFY2(!child<QAbstractButton>(name)->isEnabled(), name);
    QVERIFY(!child<QPushButton>("clearButton")->isEnabled());
    QVERIFY(!child<QPushButton>("refetchButton")->isVisible());

    // And without a guard nothing is copied at all.
    m_panel->setClipboardGuard(nullptr);
    m_panel->showCredential(sampleResponse(), Issued);
    QVERIFY(!child<QToolButton>("copySecretButton")->isEnabled());
    QVERIFY(child<QToolButton>("revealSecretButton")->isEnabled());
}

void TestCredentialPanel::accessibleNamesAndObjectNames()
{
    const QList<QWidget *> widgets = m_panel->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const QString name = widget->objectName();
        if (name.startsWith("qt_") || name.isEmpty())
            continue; // Qt's own internals (the line edits' actions, the spin boxes' editors…)
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QProgressBar *>(widget);
        if (!control)
            continue;
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(name));
        QVERIFY2(name.endsWith("Button") || name.endsWith("CheckBox") || name.endsWith("Edit")
                     || name.endsWith("Bar"),
                 qPrintable(name));
    }
    // 5 edits, 5 copy, 2 reveal, copy as, clear, refetch, the bar; and Serve to local tools:
    // the switch, its export line and its Copy.
    QCOMPARE(controls, 19);

    // Labels name their fields. With the form, the tabs and this panel on screen together there
    // are more controls than letters (tst_mnemonics): the internal endpoint's label and Get token
    // again (Get token's twin) go without a mnemonic, the rest keep one.
    for (const char *name : {"accessKeyIdLabel", "secretLabel", "tokenLabel", "publicEndpointLabel",
                             "internalEndpointLabel"}) {
        QLabel *label = child<QLabel>(name);
        QVERIFY2(label->buddy(), name);
        QVERIFY2(label->text().contains('&') == (QByteArray(name) != "internalEndpointLabel"), name);
    }
    for (const char *name : {"copyAsButton", "clearButton"})
        QVERIFY2(child<QAbstractButton>(name)->text().contains('&'), name);
}

void TestCredentialPanel::valueFieldsLineUp()
{
    // Every value field starts and ends at the same x, with or without a Show button beside it.
    const char *const fields[] = {"accessKeyIdEdit", "secretEdit", "tokenEdit",
                                  "publicEndpointEdit", "internalEndpointEdit"};
    const QRect first = edit(fields[0])->geometry();
    for (const char *name : fields) {
        const QRect r = edit(name)->geometry();
        QCOMPARE(r.left(), first.left());
        QCOMPARE(r.right(), first.right());
    }
}

void TestCredentialPanel::tabOrderFollowsTheRows()
{
    const QStringList expected = {"accessKeyIdEdit",      "copyAccessKeyIdButton",
                                  "secretEdit",           "revealSecretButton",
                                  "copySecretButton",     "tokenEdit",
                                  "revealTokenButton",    "copyTokenButton",
                                  "publicEndpointEdit",   "copyPublicEndpointButton",
                                  "internalEndpointEdit", "copyInternalEndpointButton",
                                  "serveCheckBox", // below the values, as it is read
                                  "copyAsButton",         "clearButton"};
    QStringList order;
    QWidget *current = edit("accessKeyIdEdit");
    for (int i = 0; i < expected.size(); ++i) {
        order << current->objectName();
        current = current->nextInFocusChain();
        while (current != m_panel.get()
               && (!(current->focusPolicy() & Qt::TabFocus) || !current->isVisible()
                   || !current->isEnabled()))
            current = current->nextInFocusChain();
    }
    QCOMPARE(order, expected);
}

QTEST_MAIN(TestCredentialPanel)
#include "tst_credentialpanel.moc"
