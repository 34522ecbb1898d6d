// The request inspector over real loopback: a fetch from the gateway simulator, recorded by the
// token client, shown, and copied redacted. No secret may reach any widget or the clipboard.
#include "gatewaysimulator.h"
#include "requestinspector.h"
#include "tokenclient.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using namespace std::chrono_literals;

namespace {

constexpr auto AppKey = "12345678";
constexpr auto AppSecret = "app-secret-never-shown";
constexpr auto CallerToken = "caller-token-0123456789abcdef";

TokenRequest demoRequest()
{
    TokenRequest request;
    request.tenantCode = "t-1";
    request.storeId = "poi-1";
    request.sceneCode = "场景一";
    request.usageScene = "upload";
    request.productCode = "oss";
    request.requestId = "req-inspect-1";
    request.token = CallerToken;
    return request;
}

void grabIfAsked(QWidget *widget, const QString &path)
{
    if (qEnvironmentVariableIntValue("TOKENDESK_TEST_GRAB") != 1)
        return;
    QTest::qWait(20); // let the layouts take in the new texts
    QVERIFY(widget->grab().save(path));
}

} // namespace

class TestRequestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyState();
    void showsTheFetchedExchange();
    void failedAttemptsAreShownToo();
    void requestTokenIsBlanked();
    void clearReturnsToEmpty();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_inspector->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    // Fetches over loopback; the records of every attempt, and the token when one came.
    QList<RequestRecord> fetch(TokenResponse *received = nullptr);
    // Every text the inspector's widgets show or hold, tool tips included.
    QStringList allTexts() const;
    void verifyNoSecret(const QStringList &secrets) const;

    std::unique_ptr<GatewaySimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenClient> m_client;
    std::unique_ptr<RequestInspector> m_inspector;
};

void TestRequestInspector::initTestCase()
{
    // The offscreen platform keeps the clipboard in-process, which the copy check needs.
    QGuiApplication::clipboard()->setText("probe");
    if (QGuiApplication::clipboard()->text() != "probe")
        QSKIP("This platform's clipboard does not keep text");
}

void TestRequestInspector::init()
{
    m_sim = std::make_unique<GatewaySimulator>();
    m_sim->addApp(AppKey, AppSecret);
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<TokenClient>(m_network.get());
    m_client->setRetryBackoff(10ms);
    m_inspector = std::make_unique<RequestInspector>();
    m_inspector->resize(820, 560);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestRequestInspector::cleanup()
{
    m_inspector.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

QList<RequestRecord> TestRequestInspector::fetch(TokenResponse *received)
{
    ConnectionSettings settings;
    settings.gateway = m_sim->url();
    settings.appKey = AppKey;
    QSignalSpy exchanges(m_client.get(), &TokenClient::exchangeFinished);
    QSignalSpy tokens(m_client.get(), &TokenClient::tokenReceived);
    QSignalSpy failures(m_client.get(), &TokenClient::fetchFailed);
    m_client->fetch(settings, demoRequest(), AppSecret);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(tokens.size() + failures.size() > 0, 20000); }();
    if (received && !tokens.isEmpty())
        *received = tokens.first().first().value<TokenResponse>();
    QList<RequestRecord> records;
    for (const QList<QVariant> &arguments : std::as_const(exchanges))
        records << arguments.first().value<RequestRecord>();
    return records;
}

QStringList TestRequestInspector::allTexts() const
{
    QStringList texts;
    const QList<QWidget *> widgets = m_inspector->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->text();
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            texts << edit->toPlainText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (const QTableWidgetItem *item = table->item(row, column))
                        texts << item->text() << item->toolTip();
                }
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

void TestRequestInspector::verifyNoSecret(const QStringList &secrets) const
{
    const QString all = allTexts().join(QLatin1Char('\n'));
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        // Not even the start of one: redaction blanks a piece of more than 4 characters.
        QVERIFY2(!all.contains(secret.left(8)), qPrintable(secret));
    }
}

void TestRequestInspector::emptyState()
{
    QVERIFY(!m_inspector->hasRecord());
    auto *pages = child<QStackedWidget>("pagesStackedWidget");
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(child<QLabel>("emptyLabel")->text().contains("No request"));
    QVERIFY(!child<QPushButton>("copyRedactedButton")->isEnabled());
    grabIfAsked(m_inspector.get(), "/tmp/requestinspector-empty.png");
}

void TestRequestInspector::showsTheFetchedExchange()
{
    TokenResponse token;
    const QList<RequestRecord> records = fetch(&token);
    QVERIFY(!token.credential.accessKeySecret.isEmpty());
    QCOMPARE(records.size(), 1);
    m_inspector->showRecord(records.first());
    QVERIFY(m_inspector->hasRecord());
    QCOMPARE(child<QStackedWidget>("pagesStackedWidget")->currentWidget()->objectName(),
             QStringLiteral("recordPage"));

    // The parameters as sent: sign and param among them, param indented beside.
    auto *table = child<QTableWidget>("parameterTable");
    QStringList names;
    QString sign;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        if (names.last() == "sign")
            sign = table->item(row, 1)->text();
    }
    QVERIFY2(names.contains("sign") && names.contains("param"), qPrintable(names.join(',')));
    QVERIFY(names.contains("app_key") && names.contains("timestamp"));
    QCOMPARE(sign, records.first().parameters.value("sign"));
    QVERIFY(!sign.isEmpty());
    const QString param = child<QPlainTextEdit>("paramView")->toPlainText();
    QVERIFY2(param.contains("\n  \"op_tenant_code\": \"t-1\""), qPrintable(param));

    // Status, timing and the gateway's request_id.
    QVERIFY(child<QLabel>("statusLabel")->text().contains("200"));
    QVERIFY(child<QLabel>("timingLabel")->text().contains(" ms"));
    QVERIFY(!token.requestId.isEmpty());
    // Both request_ids are there, each saying whose it is; the sending time names its zone,
    // and the timestamp parameter says it is GMT+8.
    const QString ids = child<QLabel>("gatewayRequestIdLabel")->text();
    const QString ourId =
        QJsonDocument::fromJson(records.first().parameters.value("param").toUtf8())
            .object()
            .value("request_id")
            .toString();
    QVERIFY(!ourId.isEmpty());
    QVERIFY2(ids.contains("Gateway's request_id (from its answer): " + token.requestId)
                 && ids.contains("This request's request_id (sent in param): " + ourId),
             qPrintable(ids));
    QVERIFY2(child<QLabel>("timingLabel")->text().contains("(UTC"),
             qPrintable(child<QLabel>("timingLabel")->text()));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == "timestamp")
            QVERIFY(table->item(row, 1)->toolTip().contains("GMT+8"));
    }

    // The answer, redacted: the id stays (support needs it), secret and token do not.
    const QString response = child<QPlainTextEdit>("responseView")->toPlainText();
    QVERIFY(response.contains(redactionMark()));
    QVERIFY(response.contains(token.credential.accessKeyId));
    QVERIFY(child<QPlainTextEdit>("responseView")->isReadOnly());
    const QStringList secrets{AppSecret, token.credential.accessKeySecret,
                              token.credential.securityToken, CallerToken};
    verifyNoSecret(secrets);

    // Copy redacted: the report, with none of them.
    QGuiApplication::clipboard()->setText("before");
    QSignalSpy copied(m_inspector.get(), &RequestInspector::copied);
    child<QPushButton>("copyRedactedButton")->click();
    QCOMPARE(copied.size(), 1);
    const QString report = QGuiApplication::clipboard()->text();
    QCOMPARE(report, redactedReport(m_inspector->record()));
    QVERIFY(report.contains("sign = " + sign));
    QVERIFY(report.contains("request_id: " + token.requestId));
    QVERIFY(report.contains(redactionMark()));
    for (const QString &secret : secrets)
        QVERIFY2(!report.contains(secret.left(8)), qPrintable(secret));

    grabIfAsked(m_inspector.get(), "/tmp/requestinspector.png");
}

void TestRequestInspector::failedAttemptsAreShownToo()
{
    m_sim->setScenario(GatewaySimulator::Scenario::Http503Once);
    const QList<RequestRecord> records = fetch();
    QCOMPARE(records.size(), 2);
    m_inspector->showRecord(records.first());
    QVERIFY(child<QLabel>("statusLabel")->text().contains("503"));
    QVERIFY(child<QPlainTextEdit>("responseView")->toPlainText().contains("503"));
    QVERIFY(child<QLabel>("gatewayRequestIdLabel")->text().contains("none"));
    m_inspector->showRecord(records.last());
    QVERIFY(child<QLabel>("statusLabel")->text().contains("200"));

    m_sim->setScenario(GatewaySimulator::Scenario::CloseWithoutAnswer);
    const QList<RequestRecord> unanswered = fetch();
    QVERIFY(!unanswered.isEmpty());
    m_inspector->showRecord(unanswered.last());
    QCOMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("No HTTP answer"));
    verifyNoSecret({AppSecret, CallerToken});
}

void TestRequestInspector::requestTokenIsBlanked()
{
    // redactedReport() prints param as sent; the inspector blanks the request's token first.
    const QList<RequestRecord> records = fetch();
    QCOMPARE(records.size(), 1);
    QVERIFY(records.first().parameters.value("param").contains(CallerToken));
    m_inspector->showRecord(records.first());
    const RequestRecord shown = m_inspector->record();
    QVERIFY(!shown.parameters.value("param").contains(CallerToken));
    QVERIFY(shown.parameters.value("param").contains("\"token\":\"" + redactionMark() + "\""));
    QCOMPARE(shown.parameters.value("sign"), records.first().parameters.value("sign"));
    QVERIFY(child<QPlainTextEdit>("paramView")->toPlainText().contains(redactionMark()));
    QVERIFY(!redactedReport(shown).contains(CallerToken));
    verifyNoSecret({AppSecret, CallerToken});

    // Without a token there is nothing to blank.
    RequestRecord plain = records.first();
    plain.parameters["param"] = "{\"op_tenant_code\":\"t-1\"}";
    QCOMPARE(withRequestTokenRedacted(plain).parameters, plain.parameters);
}

void TestRequestInspector::clearReturnsToEmpty()
{
    const QList<RequestRecord> records = fetch();
    QVERIFY(!records.isEmpty());
    m_inspector->showRecord(records.last());
    m_inspector->clear();
    QVERIFY(!m_inspector->hasRecord());
    QCOMPARE(child<QStackedWidget>("pagesStackedWidget")->currentWidget()->objectName(),
             QStringLiteral("emptyPage"));
    QCOMPARE(child<QTableWidget>("parameterTable")->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("responseView")->toPlainText().isEmpty());
    QVERIFY(!child<QPushButton>("copyRedactedButton")->isEnabled());
}

QTEST_MAIN(TestRequestInspector)
#include "tst_requestinspector.moc"
