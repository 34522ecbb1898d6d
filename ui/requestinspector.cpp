// RequestInspector: the last exchange with the gateway, as sent and as answered, redacted.
#include "requestinspector.h"

#include "ui_requestinspector.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidgetItem>

namespace TokenDesk {

namespace {

const QString ParamName = QStringLiteral("param");

// "2026-12-06 14:03:05 (UTC+01:00)": the zone is named, because the timestamp parameter beside
// it is in GMT+8 whatever this machine's zone is.
QString localTimeText(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("\u2013");
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") + zone
        + QLatin1Char(')');
}

// The request_id this client put in `param` (empty when there is none).
QString clientRequestId(const RequestRecord &record)
{
    const QJsonDocument param =
        QJsonDocument::fromJson(record.parameters.value(ParamName).toUtf8());
    return param.object().value(QLatin1String("request_id")).toString();
}

} // namespace

RequestRecord withRequestTokenRedacted(const RequestRecord &record)
{
    const QJsonDocument param =
        QJsonDocument::fromJson(record.parameters.value(ParamName).toUtf8());
    const QString token = param.object().value(QLatin1String("token")).toString();
    if (token.isEmpty())
        return record;
    RequestRecord redacted = record;
    for (auto it = redacted.parameters.begin(); it != redacted.parameters.end(); ++it)
        it.value() = redactResponseBody(it.value().toUtf8(), {token});
    redacted.redactedBody = redactResponseBody(record.redactedBody, {token}).toUtf8();
    return redacted;
}

RequestInspector::RequestInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestInspector>())
{
    m_ui->setupUi(this);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->paramView->setFont(fixed);
    m_ui->responseView->setFont(fixed);
    // A compact JSON answer is one long line: wrap it anywhere rather than scroll sideways.
    m_ui->responseView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont bold = m_ui->statusLabel->font();
    bold.setBold(true);
    m_ui->statusLabel->setFont(bold);
    m_ui->parameterTable->horizontalHeader()->setHighlightSections(false);
    m_ui->parameterTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A 64-digit sign wants the width; the indented param is narrow.
    m_ui->requestSplitter->setStretchFactor(0, 2);
    m_ui->requestSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);

    connect(m_ui->copyRedactedButton, &QAbstractButton::clicked, this,
            &RequestInspector::copyRedacted);
    render();
}

RequestInspector::~RequestInspector() = default;

void RequestInspector::showRecord(const RequestRecord &record)
{
    m_record = withRequestTokenRedacted(record);
    m_hasRecord = true;
    render();
}

void RequestInspector::clear()
{
    m_record = RequestRecord();
    m_hasRecord = false;
    render();
}

void RequestInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
}

void RequestInspector::copyRedacted()
{
    if (!m_hasRecord)
        return;
    // Straight to the clipboard, not through the ClipboardGuard that clears credentials after
    // a while: the report holds no secret (the app secret never was in the record, the answer's
    // credential and the request's token are blanked), and a support ticket may be written
    // long after the copy.
    QGuiApplication::clipboard()->setText(redactedReport(m_record));
    Q_EMIT copied();
}

void RequestInspector::render()
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_hasRecord ? m_ui->recordPage : m_ui->emptyPage);
    m_ui->copyRedactedButton->setEnabled(m_hasRecord);

    const RequestRecord &r = m_record;
    m_ui->urlLabel->setText(m_hasRecord ? QLatin1String("POST ")
                                    + r.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                        : QString());

    m_ui->statusLabel->setText(r.httpStatus > 0 ? tr("HTTP %1").arg(r.httpStatus)
                                                : tr("No HTTP answer"));
    const QString sent = localTimeText(r.sentAt);
    if (r.elapsedMs < 0)
        m_ui->timingLabel->setText(tr("Sent %1").arg(sent));
    else if (r.httpStatus > 0)
        m_ui->timingLabel->setText(tr("Sent %1, answered in %2 ms").arg(sent).arg(r.elapsedMs));
    else
        m_ui->timingLabel->setText(tr("Sent %1, ended after %2 ms").arg(sent).arg(r.elapsedMs));
    m_ui->timingLabel->setToolTip(
        r.sentAt.isValid() ? tr("Sent at %1 UTC").arg(r.sentAt.toUTC().toString(Qt::ISODateWithMs))
                           : QString());
    // Two ids, both called request_id on the wire: the gateway's, from its answer (the one
    // support asks for), and ours, sent inside param.
    const QString ours = clientRequestId(r);
    m_ui->gatewayRequestIdLabel->setText(
        tr("Gateway's request_id (from its answer): %1\nThis request's request_id (sent in "
           "param): %2")
            .arg(r.gatewayRequestId.isEmpty() ? tr("none") : r.gatewayRequestId,
                 ours.isEmpty() ? tr("none") : ours));

    QTableWidget *table = m_ui->parameterTable;
    table->clearContents();
    table->setRowCount(int(r.parameters.size()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (auto it = r.parameters.cbegin(); it != r.parameters.cend(); ++it, ++row) {
        auto *name = new QTableWidgetItem(it.key());
        auto *value = new QTableWidgetItem(it.value());
        value->setFont(fixed);
        value->setToolTip(it.key() == ParamName ? prettyParam(it.value()) : it.value());
        if (it.key() == QLatin1String("timestamp")) {
            const QString zone = tr("TOP's timestamp is always in GMT+8 (Beijing time), "
                                    "whatever this computer's time zone.");
            name->setToolTip(zone);
            value->setToolTip(it.value() + QLatin1Char('\n') + zone);
        }
        table->setItem(row, 0, name);
        table->setItem(row, 1, value);
    }
    table->resizeColumnToContents(0);

    m_ui->paramView->setPlainText(prettyParam(r.parameters.value(ParamName)));
    m_ui->responseView->setPlainText(QString::fromUtf8(r.redactedBody));
    m_ui->responseView->setPlaceholderText(tr("No answer body"));
}

} // namespace TokenDesk
