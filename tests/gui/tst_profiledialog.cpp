// ProfileDialog on the offscreen platform: add, edit, validate and remove profiles; store, clear
// and keep-for-the-session app secrets, with an in-memory "keychain" and one that fails.
#include "profiledialog.h"

#include "profile.h"
#include "secretstore.h"
#include "secretstoretest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using Outcome = SecretStore::Outcome;

namespace {

// The memory store standing in for the OS keychain, named as the real one is.
class FakeKeychain : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    QString description() const override { return QStringLiteral("the system keychain"); }
    void readSecret(const QString &profile, QObject *context, Callback done) override
    {
        ++reads;
        MemorySecretStore::readSecret(profile, context, std::move(done));
    }
    int reads = 0;
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
        ++removes;
        deliverLater(context, std::move(done), failure());
    }
    QString description() const override { return QStringLiteral("the system keychain"); }

    // Worded as KeychainSecretStore words it, so the grab shows a realistic length.
    static QString message()
    {
        return QStringLiteral("No keychain service is reachable (no session bus, Secret Service "
                              "or KWallet), so TokenDesk could not store the app secret in it. "
                              "Start or unlock your keychain (gnome-keyring or KWallet) in this "
                              "desktop session and try again.");
    }

    int writes = 0;
    int removes = 0;

private:
    Result failure() const { return {m_outcome, {}, message()}; }
    Outcome m_outcome;
};

struct Env
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath("profiles.ini"), QSettings::IniFormat};
    ProfileStore profiles{&settings};
    FakeKeychain keychain;
    MemorySecretStore session;
};

Profile makeProfile(const QString &name, const QString &appKey = "12345678")
{
    Profile profile;
    profile.name = name;
    profile.settings.appKey = appKey;
    return profile;
}

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

// The form's widgets, by the object names the window and these tests rely on.
struct Form
{
    explicit Form(QWidget *d)
        : list(child<QListWidget>(d, "profileList"))
        , add(child<QPushButton>(d, "addButton"))
        , remove(child<QPushButton>(d, "removeButton"))
        , name(child<QLineEdit>(d, "nameEdit"))
        , gateway(child<QComboBox>(d, "gatewayCombo"))
        , appKey(child<QLineEdit>(d, "appKeyEdit"))
        , signMethod(child<QComboBox>(d, "signMethodCombo"))
        , simplify(child<QCheckBox>(d, "simplifyCheck"))
        , format(child<QComboBox>(d, "formatCombo"))
        , problem(child<QLabel>(d, "problemLabel"))
        , insecure(child<QLabel>(d, "insecureLabel"))
        , save(child<QPushButton>(d, "saveButton"))
        , secret(child<QLineEdit>(d, "secretEdit"))
        , store(child<QPushButton>(d, "storeSecretButton"))
        , clear(child<QPushButton>(d, "clearSecretButton"))
        , secretStatus(child<QLabel>(d, "secretStatusLabel"))
        , sessionOnly(child<QPushButton>(d, "sessionOnlyButton"))
        , status(child<QLabel>(d, "statusLabel"))
    { }

    void typeGateway(const QString &url) const
    {
        gateway->lineEdit()->clear();
        QTest::keyClicks(gateway->lineEdit(), url);
    }
    void retype(QLineEdit *edit, const QString &text) const
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    QListWidget *list;
    QPushButton *add, *remove;
    QLineEdit *name;
    QComboBox *gateway;
    QLineEdit *appKey;
    QComboBox *signMethod;
    QCheckBox *simplify;
    QComboBox *format;
    QLabel *problem, *insecure;
    QPushButton *save;
    QLineEdit *secret;
    QPushButton *store, *clear;
    QLabel *secretStatus;
    QPushButton *sessionOnly;
    QLabel *status;
};

void grabIfAsked(QWidget *dialog, const QString &path)
{
    if (qEnvironmentVariableIntValue("TOKENDESK_TEST_GRAB") == 1)
        QVERIFY(dialog->grab().save(path));
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsWithNewProfileWhenNoneExist();
    void addProfileByTyping();
    void invalidInputDisablesSave_data();
    void invalidInputDisablesSave();
    void plainHttpGatewayWarns_data();
    void plainHttpGatewayWarns();
    void knownGatewaysOffered();
    void editExistingKeepsNameAndLastRequest();
    void unsavedEditsAskBeforeLeaving();
    void secretStatusCheckedAsynchronously();
    void secretCheckedOnceShown();
    void lateStatusOfEarlierProfileIgnored();
    void storeSecret();
    void enterInSecretFieldStores();
    void clearSecret();
    void keychainFailureOffersSessionOnly_data();
    void keychainFailureOffersSessionOnly();
    void storingInKeychainDropsSessionCopy();
    void removeAsksAndRemovesSecretFirst();
    void removeKeepsProfileWhenKeychainFails();
    void accessibleAndKeyboardReachable();

private:
    std::unique_ptr<ProfileDialog> makeDialog(SecretStore *keychain = nullptr);

    std::unique_ptr<Env> m_env;
    QStringList m_questions;
    bool m_answer = true;
};

void TestProfileDialog::init()
{
    m_env = std::make_unique<Env>();
    QVERIFY(m_env->dir.isValid());
    m_questions.clear();
    m_answer = true;
}

void TestProfileDialog::cleanup()
{
    m_env.reset();
}

std::unique_ptr<ProfileDialog> TestProfileDialog::makeDialog(SecretStore *keychain)
{
    auto dialog = std::make_unique<ProfileDialog>(
        &m_env->profiles, keychain ? keychain : &m_env->keychain, &m_env->session);
    dialog->setConfirm([this](const QString &question) {
        m_questions << question;
        return m_answer;
    });
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was never exposed");
    return dialog;
}

void TestProfileDialog::startsWithNewProfileWhenNoneExist()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    QCOMPARE(f.list->count(), 0);
    QCOMPARE(dialog->selectedProfile(), QString());
    QVERIFY(!f.name->isReadOnly());
    QCOMPARE(f.gateway->currentText(), QString::fromLatin1(DefaultGateway));
    QVERIFY(!f.save->isEnabled());
    QVERIFY(!f.remove->isEnabled());
    QVERIFY(!child<QGroupBox>(dialog.get(), "secretGroup")->isEnabled());
    QVERIFY(!f.problem->text().isEmpty()); // says what to fill in
    QVERIFY(f.insecure->isHidden());
    QVERIFY(f.sessionOnly->isHidden());
    grabIfAsked(dialog.get(), "/tmp/profiledialog-new.png");
}

void TestProfileDialog::addProfileByTyping()
{
    m_env->profiles.save(makeProfile("alpha"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QCOMPARE(dialog->selectedProfile(), "alpha");

    QTest::mouseClick(f.add, Qt::LeftButton);
    QCOMPARE(dialog->selectedProfile(), QString());
    QVERIFY(f.name->text().isEmpty());
    QVERIFY(f.name->hasFocus() || !dialog->isActiveWindow());
    QTest::keyClicks(f.name, "prod-1");
    f.typeGateway("https://gw.example.com/router/rest");
    QTest::keyClicks(f.appKey, "87654321");
    f.signMethod->setCurrentIndex(f.signMethod->findData("md5"));
    f.format->setCurrentIndex(f.format->findData("json"));
    f.simplify->setChecked(true);
    QVERIFY2(f.save->isEnabled(), qPrintable(f.problem->text()));
    QVERIFY(f.problem->text().isEmpty());
    QVERIFY(changed.isEmpty());

    QTest::mouseClick(f.save, Qt::LeftButton);
    const auto saved = m_env->profiles.load("prod-1");
    QVERIFY(saved);
    QCOMPARE(saved->settings.gateway, QUrl("https://gw.example.com/router/rest"));
    QCOMPARE(saved->settings.appKey, "87654321");
    QCOMPARE(saved->settings.signMethod, SignMethod::Md5);
    QCOMPARE(saved->settings.format, WireFormat::Json);
    QVERIFY(saved->settings.simplify);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog->selectedProfile(), "prod-1");
    QCOMPARE(f.list->currentItem()->text(), "prod-1");
    QCOMPARE(f.list->count(), 2);
    QVERIFY(f.name->isReadOnly());
    QVERIFY(!f.save->isEnabled()); // nothing left to save
    QVERIFY(f.status->text().contains("prod-1"));
    QVERIFY(m_questions.isEmpty());

    // Ctrl+S saves an edit.
    f.retype(f.appKey, "11112222");
    QVERIFY(f.save->isEnabled());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClick(f.appKey, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_env->profiles.load("prod-1")->settings.appKey, "11112222");
    QCOMPARE(changed.count(), 2);
}

void TestProfileDialog::invalidInputDisablesSave_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("appKey");
    QTest::addColumn<QString>("problem"); // a word of the expected message

    const QString good = DefaultGateway;
    QTest::newRow("name empty") << "" << good << "1234"
                                << "needs a name";
    QTest::newRow("name with space") << "my prod" << good << "1234"
                                     << "not a valid profile name";
    QTest::newRow("name starts with dash") << "-prod" << good << "1234"
                                           << "not a valid profile";
    QTest::newRow("name taken") << "taken" << good << "1234"
                                << "exists";
    QTest::newRow("url not a url") << "p"
                                   << "not a url"
                                   << "1234"
                                   << "not a valid URL";
    QTest::newRow("url ftp") << "p"
                             << "ftp://eco.taobao.com/router/rest"
                             << "1234"
                             << "https://";
    QTest::newRow("url empty") << "p"
                               << ""
                               << "1234"
                               << "not a valid URL";
    QTest::newRow("app key empty") << "p" << good << ""
                                   << "AppKey is missing";
    QTest::newRow("app key two words") << "p" << good << "12 34"
                                       << "AppKey looks wrong";
}

void TestProfileDialog::invalidInputDisablesSave()
{
    QFETCH(QString, name);
    QFETCH(QString, gateway);
    QFETCH(QString, appKey);
    QFETCH(QString, problem);
    m_env->profiles.save(makeProfile("taken"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    QTest::mouseClick(f.add, Qt::LeftButton);
    QTest::keyClicks(f.name, name);
    f.typeGateway(gateway);
    QTest::keyClicks(f.appKey, appKey);
    QVERIFY(!f.save->isEnabled());
    QVERIFY2(f.problem->text().contains(problem), qPrintable(f.problem->text()));

    // Saving by keyboard is refused too.
    QTest::keyClick(f.name, Qt::Key_Return);
    QCOMPARE(m_env->profiles.names(), QStringList{"taken"});

    // Fixing everything enables Save and empties the problem line.
    f.retype(f.name, "fixed");
    f.typeGateway(DefaultGateway);
    f.retype(f.appKey, "1234");
    QVERIFY(f.save->isEnabled());
    QVERIFY(f.problem->text().isEmpty());
}

void TestProfileDialog::plainHttpGatewayWarns_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<bool>("warns");
    QTest::newRow("https") << "https://eco.taobao.com/router/rest" << false;
    QTest::newRow("http production") << "http://gw.api.taobao.com/router/rest" << true;
    QTest::newRow("http sandbox") << "http://gw.api.tbsandbox.com/router/rest" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:18080/router/rest" << false;
    QTest::newRow("http localhost") << "http://localhost:18080/router/rest" << false;
    QTest::newRow("incomplete") << "http://" << false;
}

void TestProfileDialog::plainHttpGatewayWarns()
{
    QFETCH(QString, gateway);
    QFETCH(bool, warns);
    m_env->profiles.save(makeProfile("p"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    f.typeGateway(gateway);
    QCOMPARE(f.insecure->isVisible(), warns);
    if (warns) {
        // A warning, not a refusal: closed test networks use plain http.
        QVERIFY(f.save->isEnabled());
        grabIfAsked(dialog.get(), "/tmp/profiledialog-http.png");
    }
}

void TestProfileDialog::knownGatewaysOffered()
{
    auto dialog = makeDialog();
    Form f(dialog.get());
    QStringList urls;
    for (int i = 0; i < f.gateway->count(); ++i)
        urls << f.gateway->itemText(i);
    QCOMPARE(urls,
             QStringList(
                 {"https://eco.taobao.com/router/rest", "http://gw.api.taobao.com/router/rest",
                  "https://api.taobao.com/router/rest", "http://gw.api.tbsandbox.com/router/rest"}));
    QVERIFY(f.gateway->isEditable());
    // A typed URL that starts like a known one is kept as typed, never completed.
    f.typeGateway("http://gw.api.taobao.com");
    QCOMPARE(f.gateway->currentText(), "http://gw.api.taobao.com");
    QCOMPARE(f.gateway->count(), 4);
}

void TestProfileDialog::editExistingKeepsNameAndLastRequest()
{
    Profile profile = makeProfile("prod");
    profile.settings.signMethod = SignMethod::Hmac;
    profile.settings.format = WireFormat::Xml;
    profile.lastRequest.tenantCode = "t-1";
    profile.lastRequest.storeId = "poi-1";
    m_env->profiles.save(profile);
    m_env->profiles.save(makeProfile("other"));

    auto dialog = makeDialog();
    Form f(dialog.get());
    dialog->selectProfile("prod");
    QCOMPARE(dialog->selectedProfile(), "prod");
    QCOMPARE(f.name->text(), "prod");
    QVERIFY(f.name->isReadOnly()); // renaming is not offered
    QCOMPARE(f.appKey->text(), "12345678");
    QCOMPARE(f.signMethod->currentData().toString(), "hmac");
    QCOMPARE(f.format->currentData().toString(), "xml");
    QVERIFY(!f.simplify->isEnabled()); // only meaningful with json
    QVERIFY(!f.save->isEnabled());

    f.format->setCurrentIndex(f.format->findData("json"));
    QVERIFY(f.simplify->isEnabled());
    f.simplify->setChecked(true);
    QTest::keyClick(f.appKey, Qt::Key_Return); // Enter in the form saves
    const auto saved = m_env->profiles.load("prod");
    QCOMPARE(saved->settings.format, WireFormat::Json);
    QVERIFY(saved->settings.simplify);
    QCOMPARE(saved->lastRequest.tenantCode, "t-1");
    QCOMPARE(saved->lastRequest.storeId, "poi-1");
    QCOMPARE(m_env->profiles.names(), QStringList({"other", "prod"}));

    dialog->selectProfile("no-such-profile");
    QCOMPARE(dialog->selectedProfile(), "prod");
}

void TestProfileDialog::unsavedEditsAskBeforeLeaving()
{
    m_env->profiles.save(makeProfile("a"));
    m_env->profiles.save(makeProfile("b"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    QCOMPARE(dialog->selectedProfile(), "a");

    // Moving on without edits asks nothing.
    f.list->setCurrentRow(1);
    QCOMPARE(dialog->selectedProfile(), "b");
    f.list->setCurrentRow(0);
    QVERIFY(m_questions.isEmpty());

    f.retype(f.appKey, "99999999");
    m_answer = false;
    f.list->setCurrentRow(1);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.last().contains("\"a\""));
    QCOMPARE(dialog->selectedProfile(), "a");
    QCOMPARE(f.list->currentRow(), 0);
    QCOMPARE(f.appKey->text(), "99999999"); // the edit survives

    dialog->reject(); // Close / Esc asks too
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(dialog->isVisible());

    m_answer = true;
    f.list->setCurrentRow(1);
    QCOMPARE(dialog->selectedProfile(), "b");
    QCOMPARE(m_env->profiles.load("a")->settings.appKey, "12345678");

    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestProfileDialog::secretStatusCheckedAsynchronously()
{
    m_env->profiles.save(makeProfile("with"));
    m_env->profiles.save(makeProfile("without"));
    putSecret(m_env->keychain, "with", "s3cret-value");

    auto dialog = makeDialog();
    Form f(dialog.get());
    QCOMPARE(dialog->selectedProfile(), "with");
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");

    dialog->selectProfile("without");
    QCOMPARE(f.secretStatus->text(), "Checking…"); // the answer comes from the event loop
    QVERIFY(!f.clear->isEnabled());
    QTRY_COMPARE(f.secretStatus->text(), "Not stored");
    QVERIFY(!f.clear->isEnabled());
    QVERIFY(f.sessionOnly->isHidden());

    dialog->selectProfile("with");
    QCOMPARE(f.secretStatus->text(), "Checking…");
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");
    QVERIFY(f.clear->isEnabled());
    QVERIFY(f.secret->text().isEmpty()); // never pre-filled
    QCOMPARE(f.secret->echoMode(), QLineEdit::Password);
    QVERIFY(!f.store->isEnabled());
}

void TestProfileDialog::secretCheckedOnceShown()
{
    m_env->profiles.save(makeProfile("a"));
    m_env->profiles.save(makeProfile("b"));
    putSecret(m_env->keychain, "b", "s3cret");
    m_env->keychain.reads = 0;
    // As the window does: construct, pick a profile, then exec().
    ProfileDialog dialog(&m_env->profiles, &m_env->keychain, &m_env->session);
    dialog.selectProfile("b");
    QTest::qWait(0);
    QCOMPARE(m_env->keychain.reads, 0);
    QCOMPARE(child<QLabel>(&dialog, "secretStatusLabel")->text(), "Checking…");
    dialog.show();
    QTRY_COMPARE(child<QLabel>(&dialog, "secretStatusLabel")->text(),
                 "Stored in the system keychain");
    QCOMPARE(m_env->keychain.reads, 1);
}

void TestProfileDialog::lateStatusOfEarlierProfileIgnored()
{
    m_env->profiles.save(makeProfile("a"));
    m_env->profiles.save(makeProfile("b"));
    putSecret(m_env->keychain, "a", "s3cret");
    auto dialog = makeDialog();
    Form f(dialog.get());
    // "a" is being checked; switch before its answer arrives.
    f.list->setCurrentRow(1);
    // "b" needs two answers (keychain, then session), so "a"'s has come and gone by then.
    QTRY_COMPARE(f.secretStatus->text(), "Not stored");
    QCoreApplication::processEvents();
    QCOMPARE(f.secretStatus->text(), "Not stored");
}

void TestProfileDialog::storeSecret()
{
    m_env->profiles.save(makeProfile("prod"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QTRY_COMPARE(f.secretStatus->text(), "Not stored");

    QTest::keyClicks(f.secret, " s3cret-value ");
    QVERIFY(f.store->isEnabled());
    QTest::mouseClick(f.store, Qt::LeftButton);
    QVERIFY(!f.store->isEnabled()); // one operation at a time
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");
    QCOMPARE(secretIn(m_env->keychain, "prod"), "s3cret-value"); // pasted blanks trimmed
    QVERIFY(f.secret->text().isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.clear->isEnabled());
    QVERIFY(f.sessionOnly->isHidden());

    // Nothing secret reaches the settings file or the screen.
    m_env->settings.sync();
    QFile file(m_env->settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains("s3cret"));
    grabIfAsked(dialog.get(), "/tmp/profiledialog.png");
}

void TestProfileDialog::enterInSecretFieldStores()
{
    m_env->profiles.save(makeProfile("prod"));
    auto dialog = makeDialog();
    Form f(dialog.get());
    QTRY_COMPARE(f.secretStatus->text(), "Not stored");
    QTest::keyClicks(f.secret, "typed");
    QTest::keyClick(f.secret, Qt::Key_Return);
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");
    QCOMPARE(secretIn(m_env->keychain, "prod"), "typed");
    QVERIFY(!f.save->isEnabled()); // Enter did not also save or close
    QVERIFY(dialog->isVisible());
}

void TestProfileDialog::clearSecret()
{
    m_env->profiles.save(makeProfile("prod"));
    putSecret(m_env->keychain, "prod", "s3cret");
    putSecret(m_env->session, "prod", "session-copy");
    auto dialog = makeDialog();
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");

    m_answer = false;
    QTest::mouseClick(f.clear, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(secretIn(m_env->keychain, "prod"), "s3cret");
    QVERIFY(changed.isEmpty());

    m_answer = true;
    QTest::mouseClick(f.clear, Qt::LeftButton);
    QTRY_COMPARE(f.secretStatus->text(), "Not stored");
    QCOMPARE(secretIn(m_env->keychain, "prod"), QByteArray());
    QCOMPARE(secretIn(m_env->session, "prod"), QByteArray());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!f.clear->isEnabled());
    QVERIFY(m_env->profiles.contains("prod")); // the profile itself stays
}

void TestProfileDialog::keychainFailureOffersSessionOnly_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("offered");
    QTest::newRow("unavailable") << Outcome::Unavailable << true;
    QTest::newRow("denied") << Outcome::Denied << true;
    QTest::newRow("timed out") << Outcome::TimedOut << true;
    QTest::newRow("other failure") << Outcome::Failed << false;
}

void TestProfileDialog::keychainFailureOffersSessionOnly()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, offered);
    FailingKeychain keychain(outcome);
    m_env->profiles.save(makeProfile("prod"));
    auto dialog = makeDialog(&keychain);
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QTRY_COMPARE(f.secretStatus->text(), FailingKeychain::message()); // the read says why
    QVERIFY(f.sessionOnly->isHidden());                               // nothing typed to keep yet
    // An unreachable keychain holds nothing that Clear could remove.
    QCOMPARE(f.clear->isEnabled(), outcome != Outcome::Unavailable && outcome != Outcome::TimedOut);

    QTest::keyClicks(f.secret, "s3cret");
    QTest::mouseClick(f.store, Qt::LeftButton);
    QTRY_COMPARE(keychain.writes, 1);
    QTRY_COMPARE(f.secretStatus->text(), FailingKeychain::message());
    QCOMPARE(f.sessionOnly->isVisible(), offered);
    QCOMPARE(f.secret->text(), "s3cret"); // kept, masked, for a retry or the session
    QVERIFY(changed.isEmpty());
    QCOMPARE(secretIn(m_env->session, "prod"), QByteArray());
    if (!offered)
        return;
    grabIfAsked(dialog.get(), "/tmp/profiledialog-unavailable.png");

    QTest::mouseClick(f.sessionOnly, Qt::LeftButton);
    QTRY_COMPARE(f.secretStatus->text(), "Kept for this session only");
    QCOMPARE(secretIn(m_env->session, "prod"), "s3cret");
    QVERIFY(f.secret->text().isEmpty());
    QVERIFY(f.sessionOnly->isHidden());
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.clear->isEnabled());

    // Shown again later, the session copy is found although the keychain still fails.
    auto again = makeDialog(&keychain);
    Form g(again.get());
    QTRY_COMPARE(g.secretStatus->text(), "Kept for this session only");
}

void TestProfileDialog::storingInKeychainDropsSessionCopy()
{
    m_env->profiles.save(makeProfile("prod"));
    putSecret(m_env->session, "prod", "old-session-secret");
    auto dialog = makeDialog();
    Form f(dialog.get());
    QTRY_COMPARE(f.secretStatus->text(), "Kept for this session only");
    QTest::keyClicks(f.secret, "new-secret");
    QTest::mouseClick(f.store, Qt::LeftButton);
    QTRY_COMPARE(f.secretStatus->text(), "Stored in the system keychain");
    QCOMPARE(secretIn(m_env->keychain, "prod"), "new-secret");
    QTRY_COMPARE(secretIn(m_env->session, "prod"), QByteArray());
}

void TestProfileDialog::removeAsksAndRemovesSecretFirst()
{
    m_env->profiles.save(makeProfile("a"));
    m_env->profiles.save(makeProfile("b"));
    putSecret(m_env->keychain, "a", "secret-a");
    putSecret(m_env->session, "a", "session-a");
    auto dialog = makeDialog();
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QCOMPARE(dialog->selectedProfile(), "a");

    m_answer = false;
    QTest::mouseClick(f.remove, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains("\"a\""));
    QVERIFY(m_env->profiles.contains("a"));
    QCOMPARE(secretIn(m_env->keychain, "a"), "secret-a");
    QVERIFY(changed.isEmpty());

    m_answer = true;
    QTest::mouseClick(f.remove, Qt::LeftButton);
    QTRY_VERIFY(!m_env->profiles.contains("a"));
    QCOMPARE(secretIn(m_env->keychain, "a"), QByteArray());
    QCOMPARE(secretIn(m_env->session, "a"), QByteArray());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.list->count(), 1);
    QCOMPARE(dialog->selectedProfile(), "b"); // the neighbour is shown
    QVERIFY(f.status->text().contains("Removed"));

    // The Delete key on the list removes too; the last one leaves a blank new profile.
    f.list->setFocus();
    QTest::keyClick(f.list, Qt::Key_Delete);
    QTRY_VERIFY(!m_env->profiles.contains("b"));
    QCOMPARE(f.list->count(), 0);
    QCOMPARE(dialog->selectedProfile(), QString());
    QVERIFY(!f.remove->isEnabled());
    QCOMPARE(changed.count(), 2);
}

void TestProfileDialog::removeKeepsProfileWhenKeychainFails()
{
    FailingKeychain keychain(Outcome::Unavailable);
    m_env->profiles.save(makeProfile("prod"));
    auto dialog = makeDialog(&keychain);
    Form f(dialog.get());
    QSignalSpy changed(dialog.get(), &ProfileDialog::profilesChanged);
    QTest::mouseClick(f.remove, Qt::LeftButton);
    QVERIFY(!f.remove->isEnabled()); // busy until the keychain answers
    QVERIFY(!f.list->isEnabled());
    QTRY_VERIFY(f.status->text().contains(FailingKeychain::message()));
    QVERIFY(f.status->text().contains("kept"));
    QCOMPARE(keychain.removes, 1);
    QVERIFY(m_env->profiles.contains("prod"));
    QCOMPARE(dialog->selectedProfile(), "prod");
    QVERIFY(f.remove->isEnabled());
    QVERIFY(f.list->isEnabled());
    QVERIFY(changed.isEmpty());
}

void TestProfileDialog::accessibleAndKeyboardReachable()
{
    m_env->profiles.save(makeProfile("prod"));
    auto dialog = makeDialog();
    Form f(dialog.get());

    const QList<QWidget *> controls = {f.list,   f.add,        f.remove, f.name,       f.gateway,
                                       f.appKey, f.signMethod, f.format, f.simplify,   f.save,
                                       f.secret, f.store,      f.clear,  f.sessionOnly};
    for (QWidget *control : controls) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
    }
    for (QLabel *label : {f.problem, f.insecure, f.secretStatus, f.status})
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));

    // Every field has a label whose mnemonic reaches it, and no two mnemonics clash.
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
    QCOMPARE(mnemonics.size(), 14);
    QCOMPARE(mnemonics.removeDuplicates(), 0);

    // Tab order follows the layout: list, its buttons, the form, Save, then the secret.
    QList<QWidget *> chain;
    QWidget *w = f.list;
    do {
        if (controls.contains(w))
            chain << w;
        w = w->nextInFocusChain();
    } while (w != f.list);
    QCOMPARE(chain, controls);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
