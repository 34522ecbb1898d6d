// The Settings dialog: the AppSettings form, inline validation and the proxy password's
// round trip to the keychain on OK.
#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "secretstore.h"

#include <QPushButton>

namespace TokenDesk {

SettingsDialog::SettingsDialog(const AppSettings &current, SecretStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_keychain(keychain)
    , m_initialLanguage(current.language)
{
    Q_ASSERT(m_keychain);
    m_ui->setupUi(this);

    m_ui->clipboardDelaySpin->setRange(0, AppSettings::MaxClipboardClearSeconds);
    m_ui->warningSpin->setRange(AppSettings::MinWarningMinutes, AppSettings::MaxWarningMinutes);
    m_ui->autoRefreshSpin->setRange(AppSettings::MinAutoRefreshMinutes,
                                    AppSettings::MaxAutoRefreshMinutes);
    m_ui->timeoutSpin->setRange(AppSettings::MinRequestTimeoutSeconds,
                                AppSettings::MaxRequestTimeoutSeconds);
    m_ui->proxyPortSpin->setRange(0, 65535); // 0 shows "Not set"

    // Each language by its own name, which must not be translated: a reader of the other
    // language has to recognise it.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    // Shown or hidden without the row jumping.
    QSizePolicy notePolicy = m_ui->languageNoteLabel->sizePolicy();
    notePolicy.setRetainSizeWhenHidden(true);
    m_ui->languageNoteLabel->setSizePolicy(notePolicy);
    m_ui->languageNoteLabel->setForegroundRole(QPalette::PlaceholderText);

    // As for the app secret: the password must not reach the clipboard or an input method's
    // history; Password mode already refuses copy and cut.
    m_ui->proxyPasswordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                                 | Qt::ImhNoPredictiveText);

    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put every setting back to its default; a stored proxy password is "
                        "kept"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    connect(m_ui->clearProxyPasswordButton, &QPushButton::clicked, this,
            &SettingsDialog::forgetPassword);

    const auto changed = [this] {
        m_keychainFailure.clear();
        updateControls();
    };
    for (QSpinBox *spin : {m_ui->clipboardDelaySpin, m_ui->warningSpin, m_ui->autoRefreshSpin,
                           m_ui->proxyPortSpin, m_ui->timeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->notificationsCheck),
                                    static_cast<QAbstractButton *>(m_ui->autoRefreshCheck),
                                    static_cast<QAbstractButton *>(m_ui->systemProxyRadio),
                                    static_cast<QAbstractButton *>(m_ui->noProxyRadio),
                                    static_cast<QAbstractButton *>(m_ui->manualProxyRadio)})
        connect(button, &QAbstractButton::toggled, this, changed);
    for (QLineEdit *edit : {m_ui->proxyHostEdit, m_ui->proxyUserEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->proxyPasswordEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A new password replaces the stored one anyway.
        if (!text.isEmpty())
            m_forgetPassword = false;
        m_keychainFailure.clear();
        updateControls();
    });

    showSettings(current);

    // "Forget stored proxy password" has something to act on only when one is stored.
    m_keychain->readSecret(proxyPasswordKey(), this, [this](const SecretStore::Result &stored) {
        m_passwordStored = stored.ok();
        updateControls();
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showSettings(const AppSettings &s)
{
    m_ui->clipboardDelaySpin->setValue(s.clipboardClearSeconds);
    m_ui->warningSpin->setValue(s.warningMinutes);
    m_ui->notificationsCheck->setChecked(s.notifications);
    m_ui->autoRefreshCheck->setChecked(s.autoRefresh);
    m_ui->autoRefreshSpin->setValue(s.autoRefreshMinutes);
    switch (s.proxyMode) {
    case AppSettings::ProxyMode::System:
        m_ui->systemProxyRadio->setChecked(true);
        break;
    case AppSettings::ProxyMode::None:
        m_ui->noProxyRadio->setChecked(true);
        break;
    case AppSettings::ProxyMode::Manual:
        m_ui->manualProxyRadio->setChecked(true);
        break;
    }
    m_ui->proxyHostEdit->setText(s.proxyHost);
    m_ui->proxyPortSpin->setValue(s.proxyPort);
    m_ui->proxyUserEdit->setText(s.proxyUser);
    m_ui->timeoutSpin->setValue(s.requestTimeoutSeconds);
    const int language = m_ui->languageCombo->findData(s.language);
    m_ui->languageCombo->setCurrentIndex(language >= 0 ? language : 0);
    updateControls();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.clipboardClearSeconds = m_ui->clipboardDelaySpin->value();
    s.warningMinutes = m_ui->warningSpin->value();
    s.notifications = m_ui->notificationsCheck->isChecked();
    s.autoRefresh = m_ui->autoRefreshCheck->isChecked();
    s.autoRefreshMinutes = m_ui->autoRefreshSpin->value();
    if (m_ui->manualProxyRadio->isChecked())
        s.proxyMode = AppSettings::ProxyMode::Manual;
    else if (m_ui->noProxyRadio->isChecked())
        s.proxyMode = AppSettings::ProxyMode::None;
    else
        s.proxyMode = AppSettings::ProxyMode::System;
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = static_cast<quint16>(m_ui->proxyPortSpin->value());
    s.proxyUser = m_ui->proxyUserEdit->text().trimmed();
    s.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    s.language = m_ui->languageCombo->currentData().toString();
    return s;
}

QStringList SettingsDialog::problems() const
{
    QStringList problems = settings().validate();
    if (m_ui->manualProxyRadio->isChecked() && !m_ui->proxyPasswordEdit->text().isEmpty()
        && m_ui->proxyUserEdit->text().trimmed().isEmpty())
        problems << tr("A proxy password needs a user name.");
    return problems;
}

void SettingsDialog::updateControls()
{
    const bool manual = m_ui->manualProxyRadio->isChecked();
    m_ui->manualProxyWidget->setEnabled(manual);
    m_ui->autoRefreshSpin->setEnabled(m_ui->autoRefreshCheck->isChecked());
    m_ui->clearProxyPasswordButton->setEnabled(m_passwordStored && !m_forgetPassword);
    m_ui->proxyPasswordEdit->setPlaceholderText(
        m_forgetPassword ? tr("The stored password is forgotten on OK")
                         : tr("Leave empty to keep any stored password"));
    m_ui->languageNoteLabel->setVisible(m_ui->languageCombo->currentData().toString()
                                        != m_initialLanguage);

    for (QWidget *group : {m_ui->credentialGroup, m_ui->networkGroup, m_ui->languageGroup})
        group->setEnabled(!m_busy);
    const QStringList problems = this->problems();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setEnabled(!m_busy);
    if (m_busy)
        return; // the busy text stays until the keychain answers
    showProblem(!problems.isEmpty() ? problems.first() : m_keychainFailure);
}

void SettingsDialog::showProblem(const QString &text)
{
    if (m_ui->problemLabel->text() == text)
        return;
    m_ui->problemLabel->setText(text);
    // A top-level window does not grow by itself for a word-wrapped label that needs more
    // lines, so a long keychain message would be cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (isVisible() && height() < needed)
        resize(width(), needed);
}

void SettingsDialog::restoreDefaults()
{
    m_forgetPassword = false;
    m_keychainFailure.clear();
    m_ui->proxyPasswordEdit->clear();
    showSettings(AppSettings());
}

void SettingsDialog::forgetPassword()
{
    m_ui->proxyPasswordEdit->clear();
    m_forgetPassword = true;
    m_keychainFailure.clear();
    updateControls();
}

void SettingsDialog::accept()
{
    if (m_busy || !problems().isEmpty())
        return;
    // Typed while another mode was chosen, a password has no proxy to go with and is dropped.
    // Not trimmed: blanks are legal in a password.
    QByteArray password = m_ui->manualProxyRadio->isChecked()
        ? m_ui->proxyPasswordEdit->text().toUtf8()
        : QByteArray();
    if (password.isEmpty() && !m_forgetPassword) {
        QDialog::accept();
        return;
    }

    m_busy = true;
    m_keychainFailure.clear();
    updateControls();
    if (!password.isEmpty()) {
        showProblem(tr("Storing the proxy password in %1…").arg(m_keychain->description()));
        m_keychain->writeSecret(
            proxyPasswordKey(), password, this, [this](const SecretStore::Result &result) {
                finishKeychain(
                    result.ok() ? QString()
                                : tr("The proxy password was not stored. %1").arg(result.message));
            });
        password.fill('\0');
    } else {
        showProblem(tr("Removing the proxy password from %1…").arg(m_keychain->description()));
        m_keychain->removeSecret(
            proxyPasswordKey(), this, [this](const SecretStore::Result &result) {
                // Nothing stored is as good as removed.
                const bool gone = result.ok() || result.outcome == SecretStore::Outcome::NotFound;
                finishKeychain(
                    gone ? QString()
                         : tr("The stored proxy password was not removed. %1").arg(result.message));
            });
    }
}

void SettingsDialog::finishKeychain(const QString &failure)
{
    m_busy = false;
    if (failure.isEmpty()) {
        m_ui->proxyPasswordEdit->clear();
        m_forgetPassword = false;
        updateControls();
        QDialog::accept();
        return;
    }
    // The dialog stays open with the typed password still in its masked field, for a retry.
    m_keychainFailure = failure;
    updateControls();
    m_ui->proxyPasswordEdit->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void SettingsDialog::hideEvent(QHideEvent *event)
{
    // The dialog may be kept and shown again: a typed but unsaved password does not survive.
    m_ui->proxyPasswordEdit->clear();
    m_forgetPassword = false;
    QDialog::hideEvent(event);
}

} // namespace TokenDesk
