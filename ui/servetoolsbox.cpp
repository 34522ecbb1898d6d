// The serve switch and its export line.
#include "servetoolsbox.h"

#include "credentialformatter.h"
#include "ui_servetoolsbox.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLocale>

namespace TokenDesk {

QString credentialsUriExportLine(const QUrl &uri, const QString &shell)
{
    const QString value = posixShellQuote(uri.toString(QUrl::FullyEncoded));
    if (shell.endsWith(QLatin1String("/fish")) || shell == QLatin1String("fish"))
        return QStringLiteral("set -gx ALIBABA_CLOUD_CREDENTIALS_URI ") + value;
    return QStringLiteral("export ALIBABA_CLOUD_CREDENTIALS_URI=") + value;
}

ServeToolsBox::ServeToolsBox(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServeToolsBox>())
{
    m_ui->setupUi(this);
    m_ui->serveUriEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->serveCheckBox, &QCheckBox::clicked, this, &ServeToolsBox::toggled);
    connect(m_ui->copyServeUriButton, &QPushButton::clicked, this,
            [this] { Q_EMIT copyRequested(exportLine()); });
    setServing(false);
}

ServeToolsBox::~ServeToolsBox() = default;

void ServeToolsBox::setServing(bool serving, const QUrl &uri)
{
    m_uri = serving ? uri : QUrl();
    m_ui->serveCheckBox->setChecked(serving);
    m_ui->serveUriEdit->setText(exportLine());
    m_ui->serveUriEdit->setCursorPosition(0); // the start says what the line is
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->serveUriLabel), static_cast<QWidget *>(m_ui->serveUriEdit),
          static_cast<QWidget *>(m_ui->copyServeUriButton)})
        widget->setVisible(serving);
    if (!serving) {
        m_answered = 0;
        m_last = QDateTime();
    }
    retranslate();
}

bool ServeToolsBox::isServing() const
{
    return m_uri.isValid() && !m_uri.isEmpty();
}

void ServeToolsBox::setActivity(int answered, const QDateTime &last)
{
    m_answered = answered;
    m_last = last;
    retranslate();
}

QString ServeToolsBox::exportLine() const
{
    if (!isServing())
        return {};
    return credentialsUriExportLine(m_uri, qEnvironmentVariable("SHELL"));
}

void ServeToolsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ServeToolsBox::retranslate()
{
    QString status;
    if (isServing()) {
        status = m_last.isValid()
            ? tr("Answered %n request(s) · last at %1", nullptr, m_answered)
                  .arg(QLocale().toString(m_last.toLocalTime().time(), QLocale::LongFormat))
            : tr("Waiting for the first request");
    }
    m_ui->serveStatusLabel->setText(status);
    m_ui->serveStatusLabel->setAccessibleName(status);
}

} // namespace TokenDesk
