// The "Manage profiles…" dialog: profile list, connection form and the app-secret group.
#include "profiledialog.h"

#include "ui_profiledialog.h"

#include "connectionsettings.h"
#include "secretstore.h"

#include <QKeySequence>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>

#include <algorithm>
#include <optional>

namespace TokenDesk {

namespace {

struct KnownGateway
{
    const char *url;
    const char *description;
};

// From docs/protocol.md. The sandbox's HTTPS form is unconfirmed, so only http is offered.
constexpr KnownGateway KnownGateways[] = {
    {DefaultGateway, QT_TRANSLATE_NOOP("TokenDesk::ProfileDialog", "Production, HTTPS (default)")},
    {"http://gw.api.taobao.com/router/rest",
     QT_TRANSLATE_NOOP("TokenDesk::ProfileDialog", "Production, plain HTTP")},
    {"https://api.taobao.com/router/rest",
     QT_TRANSLATE_NOOP("TokenDesk::ProfileDialog", "Overseas")},
    {"http://gw.api.tbsandbox.com/router/rest",
     QT_TRANSLATE_NOOP("TokenDesk::ProfileDialog", "Sandbox, plain HTTP")},
};

QUrl gatewayFromText(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

bool sameSettings(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return a.gateway == b.gateway && a.appKey == b.appKey && a.signMethod == b.signMethod
        && a.simplify == b.simplify && a.format == b.format;
}

bool offersSessionOnly(SecretStore::Outcome outcome)
{
    return outcome == SecretStore::Outcome::Unavailable || outcome == SecretStore::Outcome::Denied
        || outcome == SecretStore::Outcome::TimedOut;
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *keychain,
                             MemorySecretStore *sessionSecrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_sessionSecrets(sessionSecrets)
{
    Q_ASSERT(m_profiles && m_keychain);
    m_ui->setupUi(this);

    for (const KnownGateway &gateway : KnownGateways) {
        m_ui->gatewayCombo->addItem(QLatin1String(gateway.url));
        m_ui->gatewayCombo->setItemData(m_ui->gatewayCombo->count() - 1, tr(gateway.description),
                                        Qt::ToolTipRole);
    }
    // Inline completion would silently append a known gateway's path to a URL being typed.
    m_ui->gatewayCombo->setCompleter(nullptr);
    m_ui->gatewayCombo->lineEdit()->setAccessibleName(m_ui->gatewayCombo->accessibleName());

    m_ui->signMethodCombo->addItem(tr("hmac-sha256 (recommended)"),
                                   signMethodName(SignMethod::HmacSha256));
    m_ui->signMethodCombo->addItem(tr("hmac (HMAC-MD5)"), signMethodName(SignMethod::Hmac));
    m_ui->signMethodCombo->addItem(tr("md5"), signMethodName(SignMethod::Md5));
    m_ui->formatCombo->addItem(tr("json"), wireFormatName(WireFormat::Json));
    m_ui->formatCombo->addItem(tr("xml"), wireFormatName(WireFormat::Xml));

    // A secret typed here must never be reachable through the clipboard or an input method's
    // history; Password mode already refuses copy and cut.
    m_ui->secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                          | Qt::ImhNoPredictiveText);

    m_ui->gatewayNoteLabel->setForegroundRole(QPalette::PlaceholderText);

    // Enter never triggers a button the user did not aim at: it saves from the form and
    // stores from the secret field.
    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setAutoDefault(false);
    closeButton->setToolTip(tr("Close (Esc)"));

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isEnabled())
            saveProfile();
    });
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_ui->profileList);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->removeButton->isEnabled())
            removeProfile();
    });

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this,
            &ProfileDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->storeSecretButton, &QPushButton::clicked, this, &ProfileDialog::storeSecret);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            &ProfileDialog::storeSecretForSession);
    connect(m_ui->clearSecretButton, &QPushButton::clicked, this, &ProfileDialog::clearSecret);

    const auto changed = [this] { updateControls(); };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->gatewayCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->appKeyEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->signMethodCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->simplifyCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, changed);

    const auto saveIfValid = [this] {
        if (m_ui->saveButton->isEnabled())
            saveProfile();
    };
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, saveIfValid);
    connect(m_ui->gatewayCombo->lineEdit(), &QLineEdit::returnPressed, this, saveIfValid);
    connect(m_ui->appKeyEdit, &QLineEdit::returnPressed, this, saveIfValid);
    connect(m_ui->secretEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->storeSecretButton->isEnabled())
            storeSecret();
    });

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    reloadList({});
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        showProfile({});
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::selectProfile(const QString &name)
{
    if (!m_profiles->contains(name))
        return;
    reloadList(name);
    showProfile(name);
}

QString ProfileDialog::selectedProfile() const
{
    return m_current;
}

void ProfileDialog::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void ProfileDialog::reject()
{
    if (!confirmDiscard())
        return;
    // Reopening shows the saved values again, not the abandoned edits.
    if (isDirty())
        showProfile(m_current);
    QDialog::reject();
}

void ProfileDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_statusPending)
        refreshSecretStatus();
}

void ProfileDialog::hideEvent(QHideEvent *event)
{
    // The dialog may be kept and shown again: a typed but unstored secret does not survive.
    m_ui->secretEdit->clear();
    QDialog::hideEvent(event);
}

QString ProfileDialog::profileAt(int row) const
{
    const QListWidgetItem *item = m_ui->profileList->item(row);
    return item ? item->text() : QString();
}

void ProfileDialog::syncListSelection()
{
    const QSignalBlocker blocker(m_ui->profileList);
    const auto items = m_ui->profileList->findItems(m_current, Qt::MatchExactly);
    m_ui->profileList->setCurrentItem(m_current.isEmpty() || items.isEmpty() ? nullptr
                                                                             : items.first());
}

void ProfileDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const QString &name : m_profiles->names()) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
        if (name == select)
            m_ui->profileList->setCurrentItem(item);
    }
    if (select.isEmpty())
        m_ui->profileList->setCurrentRow(-1);
}

void ProfileDialog::onCurrentRowChanged(int row)
{
    const QString name = profileAt(row);
    if (name == m_current)
        return;
    if (!confirmDiscard()) {
        syncListSelection(); // stay on the profile being edited, its edits intact
        return;
    }
    showProfile(name);
}

void ProfileDialog::showProfile(const QString &name)
{
    std::optional<Profile> saved = name.isEmpty() ? std::nullopt : m_profiles->load(name);
    if (saved) {
        m_loaded = *saved;
        m_current = name;
    } else {
        m_loaded = Profile{};
        m_current.clear();
    }
    syncListSelection();

    const ConnectionSettings &s = m_loaded.settings;
    m_ui->nameEdit->setText(m_loaded.name);
    // Renaming is not offered: the secret is filed under the name, and moving it means reading
    // it back and writing it anew, two keychain round trips that can fail halfway and leave the
    // secret under both names or neither. To rename: add a new profile, then remove the old.
    const bool fixedName = !m_current.isEmpty();
    m_ui->nameEdit->setReadOnly(fixedName);
    // Read-only looks editable in most styles; a field-less background says "fixed" at a glance.
    QPalette namePalette = m_ui->appKeyEdit->palette();
    if (fixedName)
        namePalette.setColor(QPalette::Base, namePalette.color(QPalette::Window));
    m_ui->nameEdit->setPalette(namePalette);
    m_ui->nameEdit->setToolTip(
        !fixedName
            ? tr("Profile name: 1 to 64 letters, digits, '.', '_' or '-'. Used as --profile "
                 "NAME and as the keychain entry.")
            : tr("A profile cannot be renamed, because its secret is filed under its name. Add "
                 "a new profile instead and remove this one."));
    m_ui->gatewayCombo->setCurrentText(s.gateway.toString());
    m_ui->appKeyEdit->setText(s.appKey);
    m_ui->signMethodCombo->setCurrentIndex(
        m_ui->signMethodCombo->findData(signMethodName(s.signMethod)));
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(wireFormatName(s.format)));
    m_ui->simplifyCheck->setChecked(s.simplify);
    m_ui->connectionGroup->setTitle(m_current.isEmpty() ? tr("New profile")
                                                        : tr("Profile \"%1\"").arg(m_current));

    // Never carry a typed secret, or an offer about it, over to another profile.
    m_ui->secretEdit->clear();
    m_offerSession = false;
    refreshSecretStatus();
    updateControls();
}

Profile ProfileDialog::formProfile() const
{
    Profile profile = m_loaded;
    profile.name = m_current.isEmpty() ? m_ui->nameEdit->text() : m_current;
    ConnectionSettings &s = profile.settings;
    s.gateway = gatewayFromText(m_ui->gatewayCombo->currentText());
    s.appKey = m_ui->appKeyEdit->text().trimmed();
    s.signMethod = signMethodFromName(m_ui->signMethodCombo->currentData().toString())
                       .value_or(SignMethod::HmacSha256);
    s.format =
        wireFormatFromName(m_ui->formatCombo->currentData().toString()).value_or(WireFormat::Json);
    s.simplify = m_ui->simplifyCheck->isChecked();
    return profile;
}

QString ProfileDialog::firstProblem(const Profile &profile) const
{
    if (m_current.isEmpty()) {
        if (QString problem = profileNameProblem(profile.name); !problem.isEmpty())
            return problem;
        if (m_profiles->contains(profile.name))
            return tr("A profile named \"%1\" exists; select it in the list to edit it.")
                .arg(profile.name);
    }
    const QList<QString> problems = profile.settings.validate();
    return problems.isEmpty() ? QString() : problems.first();
}

bool ProfileDialog::isDirty() const
{
    const Profile form = formProfile();
    if (m_current.isEmpty() && !form.name.isEmpty())
        return true;
    return !sameSettings(form.settings, m_loaded.settings);
}

bool ProfileDialog::confirmDiscard()
{
    if (!isDirty())
        return true;
    const QString question = m_current.isEmpty()
        ? tr("Discard the new profile? It has not been saved.")
        : tr("Discard the unsaved changes to profile \"%1\"?").arg(m_current);
    return m_confirm(question);
}

void ProfileDialog::updateControls()
{
    const bool removing = !m_removing.isEmpty();
    const bool saved = !m_current.isEmpty();
    const Profile form = formProfile();
    const QString problem = firstProblem(form);
    const bool dirty = isDirty();

    // While a removal waits for the keychain, nothing else may start on the profiles.
    m_ui->profileList->setEnabled(!removing);
    m_ui->addButton->setEnabled(!removing);
    m_ui->removeButton->setEnabled(!removing && saved);
    m_ui->connectionGroup->setEnabled(!removing);
    m_ui->saveButton->setEnabled(!removing && dirty && problem.isEmpty());

    // A blank new form is not yet wrong; say what is missing only once something was typed.
    const bool blankNew = !saved && !dirty;
    m_ui->problemLabel->setText(blankNew ? tr("Name the profile and give its AppKey.") : problem);

    const QString gatewayText = m_ui->gatewayCombo->currentText().trimmed();
    QString note = tr("Custom gateway");
    for (const KnownGateway &gateway : KnownGateways) {
        if (gatewayText == QLatin1String(gateway.url))
            note = tr(gateway.description);
    }
    m_ui->gatewayNoteLabel->setText(note);
    m_ui->insecureLabel->setVisible(!form.settings.gateway.host().isEmpty()
                                    && form.settings.isInsecureGateway());

    const bool json =
        m_ui->formatCombo->currentData().toString() == wireFormatName(WireFormat::Json);
    m_ui->simplifyCheck->setEnabled(json);

    const bool busy = m_secretState == SecretState::Busy;
    const bool typed = !m_ui->secretEdit->text().trimmed().isEmpty();
    m_ui->secretGroup->setEnabled(saved && !removing);
    m_ui->secretEdit->setEnabled(!busy);
    m_ui->storeSecretButton->setEnabled(!busy && typed);
    m_ui->clearSecretButton->setEnabled(!busy
                                        && (m_secretState == SecretState::InKeychain
                                            || m_secretState == SecretState::InSession
                                            || m_secretState == SecretState::Failed));
    m_ui->sessionOnlyButton->setVisible(m_offerSession && m_sessionSecrets);
    m_ui->sessionOnlyButton->setEnabled(!busy && typed);
}

void ProfileDialog::setSecretStatus(SecretState state, const QString &text)
{
    m_secretState = state;
    m_ui->secretStatusLabel->setText(text);
    updateControls();
}

void ProfileDialog::refreshSecretStatus()
{
    const quint64 serial = ++m_secretSerial;
    if (m_current.isEmpty()) {
        setSecretStatus(SecretState::NoProfile,
                        tr("Save the profile first, then store its secret."));
        return;
    }
    setSecretStatus(SecretState::Checking, tr("Checking…"));
    // The window picks a profile between construction and exec(); asking the keychain only once
    // shown saves a round trip (and, with a locked keychain, a second unlock prompt).
    m_statusPending = !isVisible();
    if (m_statusPending)
        return;
    const QString name = m_current;
    m_keychain->readSecret(name, this, [this, name, serial](const SecretStore::Result &keychain) {
        if (serial != m_secretSerial)
            return;
        if (keychain.ok()) {
            setSecretStatus(SecretState::InKeychain,
                            tr("Stored in %1").arg(m_keychain->description()));
            return;
        }
        // Nothing in the keychain, or it cannot be read: a session copy may still be there.
        const auto outcome = keychain.outcome;
        const QString message = keychain.message;
        const auto finish = [this, outcome, message](bool inSession) {
            if (inSession)
                setSecretStatus(SecretState::InSession, tr("Kept for this session only"));
            else if (outcome == SecretStore::Outcome::NotFound)
                setSecretStatus(SecretState::NotStored, tr("Not stored"));
            else if (outcome == SecretStore::Outcome::Unavailable
                     || outcome == SecretStore::Outcome::TimedOut)
                setSecretStatus(SecretState::Unreachable, message);
            else
                setSecretStatus(SecretState::Failed, message);
        };
        if (!m_sessionSecrets) {
            finish(false);
            return;
        }
        m_sessionSecrets->readSecret(name, this,
                                     [this, serial, finish](const SecretStore::Result &session) {
                                         if (serial == m_secretSerial)
                                             finish(session.ok());
                                     });
    });
}

void ProfileDialog::storeSecret()
{
    if (m_current.isEmpty())
        return;
    QByteArray secret = m_ui->secretEdit->text().trimmed().toUtf8();
    if (secret.isEmpty())
        return;
    const quint64 serial = ++m_secretSerial;
    const QString name = m_current;
    m_offerSession = false;
    setSecretStatus(SecretState::Busy, tr("Storing in %1…").arg(m_keychain->description()));
    m_keychain->writeSecret(
        name, secret, this, [this, name, serial](const SecretStore::Result &result) {
            if (result.ok()) {
                // The keychain copy is now the one to use; a stale session copy would shadow it.
                if (m_sessionSecrets)
                    m_sessionSecrets->removeSecret(name, this, [](const SecretStore::Result &) {});
                Q_EMIT profilesChanged();
            }
            if (serial != m_secretSerial)
                return; // another profile is shown now; the outcome above still happened
            if (result.ok()) {
                m_ui->secretEdit->clear();
                setSecretStatus(SecretState::InKeychain,
                                tr("Stored in %1").arg(m_keychain->description()));
                return;
            }
            // The typed secret stays in the masked field so the user can retry or keep it
            // for this session.
            m_offerSession = offersSessionOnly(result.outcome) && m_sessionSecrets;
            setSecretStatus(SecretState::Failed, result.message);
        });
    secret.fill('\0');
}

void ProfileDialog::storeSecretForSession()
{
    if (m_current.isEmpty() || !m_sessionSecrets)
        return;
    QByteArray secret = m_ui->secretEdit->text().trimmed().toUtf8();
    if (secret.isEmpty())
        return;
    const quint64 serial = ++m_secretSerial;
    setSecretStatus(SecretState::Busy, tr("Keeping for this session…"));
    m_sessionSecrets->writeSecret(
        m_current, secret, this, [this, serial](const SecretStore::Result &result) {
            if (result.ok())
                Q_EMIT profilesChanged();
            if (serial != m_secretSerial)
                return;
            if (!result.ok()) {
                setSecretStatus(SecretState::Failed, result.message);
                return;
            }
            m_ui->secretEdit->clear();
            m_offerSession = false;
            setSecretStatus(SecretState::InSession, tr("Kept for this session only"));
        });
    secret.fill('\0');
}

void ProfileDialog::clearSecret()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (!m_confirm(tr("Clear the app secret of profile \"%1\"? Fetching with this profile will "
                      "need it stored again.")
                       .arg(name)))
        return;
    const quint64 serial = ++m_secretSerial;
    m_offerSession = false;
    setSecretStatus(SecretState::Busy, tr("Clearing…"));
    // The session copy goes whatever the keychain says: clearing removes all that can be removed.
    if (m_sessionSecrets)
        m_sessionSecrets->removeSecret(name, this, [](const SecretStore::Result &) {});
    m_keychain->removeSecret(name, this, [this, serial](const SecretStore::Result &result) {
        Q_EMIT profilesChanged();
        if (serial != m_secretSerial)
            return;
        if (result.ok() || result.outcome == SecretStore::Outcome::NotFound)
            setSecretStatus(SecretState::NotStored, tr("Not stored"));
        else
            setSecretStatus(SecretState::Failed, result.message);
    });
}

void ProfileDialog::addProfile()
{
    if (!confirmDiscard())
        return;
    showProfile({});
    m_ui->statusLabel->clear();
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::saveProfile()
{
    const Profile profile = formProfile();
    if (!firstProblem(profile).isEmpty() || !m_removing.isEmpty())
        return;
    const bool added = m_current.isEmpty();
    m_profiles->save(profile);
    if (const QString problem = m_profiles->writeProblem(); !problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return;
    }
    reloadList(profile.name);
    showProfile(profile.name);
    m_ui->statusLabel->setText(added ? tr("Added profile \"%1\".").arg(profile.name)
                                     : tr("Saved profile \"%1\".").arg(profile.name));
    Q_EMIT profilesChanged();
    if (added)
        m_ui->secretEdit->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::removeProfile()
{
    const QString name = m_current;
    if (name.isEmpty() || !m_removing.isEmpty())
        return;
    if (!m_confirm(tr("Remove profile \"%1\" and its app secret? This cannot be undone.").arg(name)))
        return;
    m_removing = name;
    ++m_secretSerial; // a late status answer about this profile no longer matters
    m_ui->statusLabel->setText(tr("Removing profile \"%1\"…").arg(name));
    updateControls();
    // As the CLI does: the keychain entry goes first, so a secret is never left behind with no
    // profile pointing at it. If the keychain cannot be reached, the profile stays.
    m_keychain->removeSecret(name, this, [this, name](const SecretStore::Result &result) {
        m_removing.clear();
        if (!result.ok() && result.outcome != SecretStore::Outcome::NotFound) {
            m_ui->statusLabel->setText(
                tr("Profile \"%1\" was kept because its secret could not be removed: %2")
                    .arg(name, result.message));
            showProfile(name);
            return;
        }
        if (m_sessionSecrets)
            m_sessionSecrets->removeSecret(name, this, [](const SecretStore::Result &) {});
        const int row = m_ui->profileList->currentRow();
        m_profiles->remove(name);
        if (const QString problem = m_profiles->writeProblem(); !problem.isEmpty()) {
            m_ui->statusLabel->setText(problem);
            reloadList(name);
            showProfile(m_profiles->contains(name) ? name : QString());
            Q_EMIT profilesChanged();
            return;
        }
        reloadList({});
        const int count = m_ui->profileList->count();
        showProfile(count > 0 ? profileAt(std::min(std::max(row, 0), count - 1)) : QString());
        m_ui->statusLabel->setText(tr("Removed profile \"%1\" and its app secret.").arg(name));
        Q_EMIT profilesChanged();
    });
}

} // namespace TokenDesk
