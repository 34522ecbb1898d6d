// SettingsDialog on the offscreen platform: every control read back through settings(), inline
// validation, the proxy password's trip to the keychain on OK, the restart note and defaults.
#include "settingsdialog.h"

#include "appsettings.h"
#include "appsettingsfixture.h"
#include "secretstore.h"
#include "secretstoretest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Outcome = SecretStore::Outcome;
using ProxyMode = AppSettings::ProxyMode;

namespace {

// The memory store standing in for the OS keychain, counting what is asked of it.
class FakeKeychain : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    QString description() const override { return QStringLiteral("the system keychain"); }
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context,
                     Callback done) override
    {
        ++writes;
        MemorySecretStore::writeSecret(key, secret, context, std::move(done));
    }
    void removeSecret(const QString &key, QObject *context, Callback done) override
    {
        ++removes;
        MemorySecretStore::removeSecret(key, context, std::move(done));
    }
    int writes = 0;
    int removes = 0;
};

// A keychain that answers every call with the same failure, as an absent or locked one does.
class FailingKeychain : public SecretStore
{
public:
    explicit FailingKeychain(Outcome outcome)
        : m_outcome(outcome)
    { }
    void readSecret(const QString &, QObject *context, Callback done) override
    {
        deliverLater(context, std::move(done), failure());
    }
    void writeSecret(const QString &, const QByteArray &, QObject *context, Callback done) override
    {
        ++writes;
        deliverLater(context, std::move(done), failure());
    }
    void removeSecret(const QString &, QObject *context, Callback done) override
    {
        deliverLater(context, std::move(done), failure());
    }
    QString description() const override { return QStringLiteral("the system keychain"); }
    static QString message()
    {
        return QStringLiteral("No keychain service is reachable (no session bus, Secret Service "
                              "or KWallet). Start or unlock your keychain (gnome-keyring or "
                              "KWallet) in this desktop session and try again.");
    }
    int writes = 0;

private:
    SecretStore::Result failure() const { return {m_outcome, {}, message()}; }
    Outcome m_outcome;
};

using TestSupport::putSecret;
using TestSupport::secretIn;

template<typename T>
T *child(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

// Clicks a check box or radio button on its indicator: they take clicks only on the indicator
// and the text, not on the empty width a layout may give them.
void toggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// The form's widgets, by the object names the window and these tests rely on.
struct Form
{
    explicit Form(QWidget *d)
        : clipboardDelay(child<QSpinBox>(d, "clipboardDelaySpin"))
        , warning(child<QSpinBox>(d, "warningSpin"))
        , notifications(child<QCheckBox>(d, "notificationsCheck"))
        , autoRefresh(child<QCheckBox>(d, "autoRefreshCheck"))
        , autoRefreshMinutes(child<QSpinBox>(d, "autoRefreshSpin"))
        , systemProxy(child<QRadioButton>(d, "systemProxyRadio"))
        , noProxy(child<QRadioButton>(d, "noProxyRadio"))
        , manualProxy(child<QRadioButton>(d, "manualProxyRadio"))
        , host(child<QLineEdit>(d, "proxyHostEdit"))
        , port(child<QSpinBox>(d, "proxyPortSpin"))
        , user(child<QLineEdit>(d, "proxyUserEdit"))
        , password(child<QLineEdit>(d, "proxyPasswordEdit"))
        , forgetPassword(child<QPushButton>(d, "clearProxyPasswordButton"))
        , timeout(child<QSpinBox>(d, "timeoutSpin"))
        , language(child<QComboBox>(d, "languageCombo"))
        , languageNote(child<QLabel>(d, "languageNoteLabel"))
        , problem(child<QLabel>(d, "problemLabel"))
        , buttons(child<QDialogButtonBox>(d, "buttonBox"))
        , ok(buttons->button(QDialogButtonBox::Ok))
        , cancel(buttons->button(QDialogButtonBox::Cancel))
        , defaults(buttons->button(QDialogButtonBox::RestoreDefaults))
    { }

    static void setSpin(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void fillManualProxy(const QString &hostName, int portNumber, const QString &userName) const
    {
        toggle(manualProxy);
        retype(host, hostName);
        if (portNumber > 0)
            setSpin(port, portNumber);
        else
            port->setValue(0);
        retype(user, userName);
    }

    QSpinBox *clipboardDelay, *warning;
    QCheckBox *notifications, *autoRefresh;
    QSpinBox *autoRefreshMinutes;
    QRadioButton *systemProxy, *noProxy, *manualProxy;
    QLineEdit *host;
    QSpinBox *port;
    QLineEdit *user, *password;
    QPushButton *forgetPassword;
    QSpinBox *timeout;
    QComboBox *language;
    QLabel *languageNote, *problem;
    QDialogButtonBox *buttons;
    QPushButton *ok, *cancel, *defaults;
};

using TestSupport::everythingChanged;

void grabIfAsked(QWidget *dialog, const QString &path)
{
    if (qEnvironmentVariableIntValue("TOKENDESK_TEST_GRAB") == 1)
        QVERIFY(dialog->grab().save(path));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsDefaults();
    void showsCurrentSettings();
    void editEveryControl();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void proxyPasswordStoredOnOk();
    void emptyPasswordKeepsStoredOne();
    void passwordIgnoredWithoutManualProxy();
    void forgetPasswordOnOk();
    void forgetPasswordUndoneByCancel();
    void keychainFailureKeepsDialogOpen();
    void languageChangeShowsRestartNote();
    void restoreDefaults();
    void accessibleAndKeyboardReachable();

private:
    std::unique_ptr<SettingsDialog> makeDialog(const AppSettings &current = {},
                                               SecretStore *keychain = nullptr)
    {
        auto dialog =
            std::make_unique<SettingsDialog>(current, keychain ? keychain : m_keychain.get());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog was not exposed");
        return dialog;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeKeychain> m_keychain;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<FakeKeychain>();
}

void TestSettingsDialog::cleanup()
{
    m_keychain.reset();
    m_dir.reset();
}

void TestSettingsDialog::showsDefaults()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    QVERIFY(dialog->settings() == AppSettings());
    QVERIFY(f.ok->isEnabled());
    QVERIFY(f.problem->text().isEmpty());
    QVERIFY(f.systemProxy->isChecked());
    QVERIFY(!f.host->isEnabled()); // manual fields only with the manual proxy
    QVERIFY(!f.password->isEnabled());
    QTest::qWait(0); // the keychain has answered: nothing stored, so nothing to forget
    QVERIFY(!f.forgetPassword->isEnabled());
    QVERIFY(!f.autoRefreshMinutes->isEnabled());
    QVERIFY(f.languageNote->isHidden());
    QCOMPARE(f.password->echoMode(), QLineEdit::Password);
    QVERIFY(f.password->text().isEmpty());

    f.clipboardDelay->setValue(0);
    QCOMPARE(f.clipboardDelay->text(), "Never");
    f.port->setValue(0);
    QCOMPARE(f.port->text(), "Not set");
}

void TestSettingsDialog::showsCurrentSettings()
{
    putSecret(*m_keychain, proxyPasswordKey(), "stored-pw");
    const AppSettings current = everythingChanged();
    auto dialog = makeDialog(current);
    Form f(dialog.get());
    QVERIFY(dialog->settings() == current);
    QVERIFY(f.manualProxy->isChecked());
    QVERIFY(f.host->isEnabled());
    QVERIFY(f.autoRefreshMinutes->isEnabled());
    QCOMPARE(f.language->currentText(), QStringLiteral("简体中文"));
    QVERIFY(f.languageNote->isHidden());   // unchanged
    QVERIFY(f.password->text().isEmpty()); // never pre-filled
    QVERIFY(f.ok->isEnabled());
}

void TestSettingsDialog::editEveryControl()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    Form::setSpin(f.clipboardDelay, 45);
    Form::setSpin(f.warning, 10);
    toggle(f.notifications);
    toggle(f.autoRefresh);
    QVERIFY(f.autoRefreshMinutes->isEnabled());
    Form::setSpin(f.autoRefreshMinutes, 3);
    f.fillManualProxy(" proxy.lan ", 8080, "bob");
    Form::setSpin(f.timeout, 30);
    f.language->setCurrentIndex(f.language->findData("en"));

    AppSettings expected;
    expected.clipboardClearSeconds = 45;
    expected.warningMinutes = 10;
    expected.notifications = false;
    expected.autoRefresh = true;
    expected.autoRefreshMinutes = 3;
    expected.proxyMode = ProxyMode::Manual;
    expected.proxyHost = "proxy.lan"; // trimmed
    expected.proxyPort = 8080;
    expected.proxyUser = "bob";
    expected.requestTimeoutSeconds = 30;
    expected.language = "en";
    const AppSettings s = dialog->settings();
    QVERIFY(s == expected);
    QVERIFY(f.ok->isEnabled());

    toggle(f.noProxy);
    QCOMPARE(dialog->settings().proxyMode, ProxyMode::None);
    QVERIFY(!f.host->isEnabled());
    QCOMPARE(dialog->settings().proxyHost, "proxy.lan"); // kept for switching back
    toggle(f.systemProxy);
    QCOMPARE(dialog->settings().proxyMode, ProxyMode::System);

    // The spin boxes hold the bounds themselves.
    f.clipboardDelay->setValue(10000);
    QCOMPARE(f.clipboardDelay->value(), AppSettings::MaxClipboardClearSeconds);
    f.timeout->setValue(0);
    QCOMPARE(f.timeout->value(), AppSettings::MinRequestTimeoutSeconds);
    f.warning->setValue(100);
    QCOMPARE(f.warning->value(), AppSettings::MaxWarningMinutes);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1); // nothing for the keychain: closes at once
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_keychain->writes + m_keychain->removes, 0);
}

void TestSettingsDialog::invalidInputDisablesOk_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no host") << "" << 8080 << ""
                             << ""
                             << "needs a host";
    QTest::newRow("blank host") << "   " << 8080 << ""
                                << ""
                                << "needs a host";
    QTest::newRow("no port") << "proxy.lan" << 0 << ""
                             << ""
                             << "port";
    QTest::newRow("url as host") << "http://proxy.lan" << 8080 << ""
                                 << ""
                                 << "http://";
    QTest::newRow("colon in user") << "proxy.lan" << 8080 << "a:b"
                                   << ""
                                   << "':'";
    QTest::newRow("password, no user") << "proxy.lan" << 8080 << ""
                                       << "pw"
                                       << "user name";
}

void TestSettingsDialog::invalidInputDisablesOk()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, problem);
    auto dialog = makeDialog();
    Form f(dialog.get());
    f.fillManualProxy(host, port, user);
    QTest::keyClicks(f.password, password);
    QVERIFY(!f.ok->isEnabled());
    QVERIFY2(f.problem->text().contains(problem), qPrintable(f.problem->text()));

    // Enter cannot slip past the disabled button.
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::keyClick(f.host, Qt::Key_Return);
    dialog->accept();
    QVERIFY(accepted.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_keychain->writes, 0);

    // Another proxy mode does not need the manual fields: usable again.
    toggle(f.systemProxy);
    QVERIFY(f.ok->isEnabled());
    QVERIFY(f.problem->text().isEmpty());
    toggle(f.manualProxy);
    QVERIFY(!f.ok->isEnabled());

    // Fixed in place: usable again.
    f.fillManualProxy("proxy.lan", 3128, "bob");
    QVERIFY2(f.ok->isEnabled(), qPrintable(f.problem->text()));
    QVERIFY(f.problem->text().isEmpty());
}

void TestSettingsDialog::proxyPasswordStoredOnOk()
{
    const QString settingsPath = m_dir->filePath("tokendesk.ini");
    auto dialog = makeDialog();
    Form f(dialog.get());
    f.fillManualProxy("proxy.lan", 3128, "bob");
    QTest::keyClicks(f.password, " pr0xy s3cret ");
    QVERIFY(f.ok->isEnabled());

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    // Waiting for the keychain: nothing closes, nothing else can be pressed, Esc is ignored.
    QVERIFY(accepted.isEmpty());
    QVERIFY(!f.ok->isEnabled());
    QVERIFY(!f.cancel->isEnabled());
    QVERIFY(!f.host->isEnabled());
    QVERIFY(f.problem->text().contains("Storing"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());

    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_keychain->writes, 1);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), " pr0xy s3cret "); // blanks kept
    QVERIFY(f.password->text().isEmpty());

    // As the window does next: save the settings. The password is not in the file.
    const AppSettings s = dialog->settings();
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        s.save(settings);
    }
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("proxy.lan"));
    QVERIFY(!text.contains("s3cret"));
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains("s3cret"));
    QCOMPARE(proxyFor(s, QString::fromUtf8(secretIn(*m_keychain, proxyPasswordKey()))).password(),
             " pr0xy s3cret ");
}

void TestSettingsDialog::emptyPasswordKeepsStoredOne()
{
    putSecret(*m_keychain, proxyPasswordKey(), "stored-pw");
    m_keychain->writes = 0;
    auto dialog = makeDialog(everythingChanged());
    Form f(dialog.get());
    QVERIFY(f.password->placeholderText().contains("keep"));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_keychain->writes + m_keychain->removes, 0);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), "stored-pw");
}

void TestSettingsDialog::passwordIgnoredWithoutManualProxy()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    f.fillManualProxy("proxy.lan", 3128, "bob");
    QTest::keyClicks(f.password, "typed");
    toggle(f.noProxy);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_keychain->writes, 0);
}

void TestSettingsDialog::forgetPasswordOnOk()
{
    putSecret(*m_keychain, proxyPasswordKey(), "stored-pw");
    AppSettings current = everythingChanged();
    current.proxyMode = ProxyMode::None;
    auto dialog = makeDialog(current);
    Form f(dialog.get());
    QTRY_VERIFY(f.forgetPassword->isEnabled()); // a stored password can be forgotten in any mode
    QTest::mouseClick(f.forgetPassword, Qt::LeftButton);
    QVERIFY(!f.forgetPassword->isEnabled());
    QVERIFY(f.password->placeholderText().contains("forgotten"));
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), "stored-pw"); // not before OK

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(m_keychain->removes, 1);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), QByteArray());

    // With nothing stored there is nothing to forget, and OK asks the keychain for nothing.
    auto again = makeDialog(current);
    Form g(again.get());
    QTest::qWait(0);
    QVERIFY(!g.forgetPassword->isEnabled());
    QSignalSpy acceptedAgain(again.get(), &QDialog::accepted);
    QTest::mouseClick(g.ok, Qt::LeftButton);
    QTRY_COMPARE(acceptedAgain.count(), 1);
    QCOMPARE(m_keychain->removes, 1);
}

void TestSettingsDialog::forgetPasswordUndoneByCancel()
{
    putSecret(*m_keychain, proxyPasswordKey(), "stored-pw");
    auto dialog = makeDialog(everythingChanged());
    Form f(dialog.get());
    QTRY_VERIFY(f.forgetPassword->isEnabled());
    QTest::mouseClick(f.forgetPassword, Qt::LeftButton);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::mouseClick(f.cancel, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QTest::qWait(0);
    QCOMPARE(m_keychain->removes, 0);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), "stored-pw");

    // Typing a new password after "Forget" stores the new one instead.
    auto again = makeDialog(everythingChanged());
    Form g(again.get());
    QTRY_VERIFY(g.forgetPassword->isEnabled());
    QTest::mouseClick(g.forgetPassword, Qt::LeftButton);
    QTest::keyClicks(g.password, "new-pw");
    QVERIFY(g.forgetPassword->isEnabled());
    QSignalSpy accepted(again.get(), &QDialog::accepted);
    QTest::mouseClick(g.ok, Qt::LeftButton);
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(m_keychain->removes, 0);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), "new-pw");
}

void TestSettingsDialog::keychainFailureKeepsDialogOpen()
{
    FailingKeychain keychain(Outcome::Unavailable);
    auto dialog = makeDialog(everythingChanged(), &keychain);
    Form f(dialog.get());
    QTest::keyClicks(f.password, "s3cret");
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QTRY_VERIFY(f.problem->text().contains(FailingKeychain::message()));
    QVERIFY(f.problem->text().contains("not stored"));
    QCOMPARE(keychain.writes, 1);
    QVERIFY(finished.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.password->text(), "s3cret"); // kept, masked, for a retry
    QVERIFY(f.ok->isEnabled());
    QVERIFY(f.cancel->isEnabled());
    QVERIFY(f.host->isEnabled());
    QVERIFY(!f.problem->text().contains("s3cret"));
    grabIfAsked(dialog.get(), "/tmp/settingsdialog-failure.png");

    // Retrying asks again; editing clears the stale message.
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QTRY_COMPARE(keychain.writes, 2);
    QTRY_VERIFY(f.ok->isEnabled());
    QTest::keyClicks(f.password, "2");
    QVERIFY(f.problem->text().isEmpty());
    QTest::mouseClick(f.cancel, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestSettingsDialog::languageChangeShowsRestartNote()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    QCOMPARE(f.language->count(), 3);
    QCOMPARE(f.language->itemText(0), "System default");
    QCOMPARE(f.language->itemText(1), "English");
    QCOMPARE(f.language->itemText(2), QStringLiteral("简体中文"));
    QVERIFY(f.languageNote->isHidden());

    f.language->setFocus();
    QTest::keyClick(f.language, Qt::Key_Down);
    QTest::keyClick(f.language, Qt::Key_Down);
    QCOMPARE(dialog->settings().language, "zh_CN");
    QVERIFY(f.languageNote->isVisible());
    QCOMPARE(f.languageNote->text(), "Takes effect after restart");
    grabIfAsked(dialog.get(), "/tmp/settingsdialog-language.png");

    f.language->setCurrentIndex(0);
    QVERIFY(f.languageNote->isHidden());
}

void TestSettingsDialog::restoreDefaults()
{
    putSecret(*m_keychain, proxyPasswordKey(), "stored-pw");
    auto dialog = makeDialog(everythingChanged());
    Form f(dialog.get());
    QTest::keyClicks(f.password, "typed");
    QTest::mouseClick(f.defaults, Qt::LeftButton);
    QVERIFY(dialog->settings() == AppSettings());
    QVERIFY(f.password->text().isEmpty());
    QVERIFY(!f.host->isEnabled());
    QVERIFY(f.languageNote->isVisible()); // zh_CN → system default
    QVERIFY(f.ok->isEnabled());
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(f.ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(secretIn(*m_keychain, proxyPasswordKey()), "stored-pw"); // a secret is not a setting
}

void TestSettingsDialog::accessibleAndKeyboardReachable()
{
    AppSettings current;
    current.proxyMode = ProxyMode::Manual;
    current.proxyHost = "proxy.example.com";
    current.proxyPort = 3128;
    current.proxyUser = "alice";
    current.autoRefresh = true;
    auto dialog = makeDialog(current);
    Form f(dialog.get());
    QCOMPARE(dialog->windowTitle(), "Settings");

    const QList<QWidget *> controls = {
        f.clipboardDelay, f.warning,  f.notifications,  f.autoRefresh, f.autoRefreshMinutes,
        f.systemProxy,    f.noProxy,  f.manualProxy,    f.host,        f.port,
        f.user,           f.password, f.forgetPassword, f.timeout,     f.language};
    for (QWidget *control : controls) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
    }
    for (QLabel *label : {f.languageNote, f.problem})
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));

    // Every field is reached by a mnemonic, its own or its label's, and none clash (the
    // button box's &OK and &Cancel included).
    QStringList mnemonics;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        const qsizetype amp = label->text().indexOf('&');
        QVERIFY2(amp >= 0, qPrintable(label->text()));
        mnemonics << label->text().mid(amp + 1, 1).toLower();
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        const qsizetype amp = button->text().indexOf('&');
        if (amp >= 0)
            mnemonics << button->text().mid(amp + 1, 1).toLower();
    }
    QVERIFY(mnemonics.size() >= 14);
    QCOMPARE(mnemonics.removeDuplicates(), 0);

    // Tab order follows the layout, top to bottom.
    QList<QWidget *> chain;
    QWidget *w = f.clipboardDelay;
    do {
        if (controls.contains(w))
            chain << w;
        w = w->nextInFocusChain();
    } while (w != f.clipboardDelay);
    QCOMPARE(chain, controls);

    grabIfAsked(dialog.get(), "/tmp/settingsdialog.png");
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
