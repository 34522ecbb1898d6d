// The history view and its model: rows newest first, activation hands back the entry, a
// confirmed clear, persistence through the store, and no secret in the settings file.
#include "fetcherror.h"
#include "historymodel.h"
#include "historyview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk;

namespace {

const QDateTime Start(QDate(2026, 11, 28), QTime(9, 30, 0), Qt::UTC);
constexpr auto AccessKeyId = "STS.history-key-id-0123";
constexpr auto AccessKeySecret = "history-secret-0123456789abcdefghij";
constexpr auto SecurityTokenValue = "history-security-token-CAIS0123456789";
constexpr auto RequestToken = "history-request-token-98765";

TokenRequest request(const QString &tenant, const QString &requestId)
{
    TokenRequest r;
    r.tenantCode = tenant;
    r.storeId = "poi-" + tenant;
    r.sceneCode = "场景一";
    r.usageScene = "upload";
    r.productCode = "oss";
    r.requestId = requestId;
    r.token = RequestToken;
    return r;
}

HistoryEntry okEntry(int minute, const QString &tenant)
{
    TokenResponse response;
    response.credential.accessKeyId = AccessKeyId;
    response.credential.accessKeySecret = AccessKeySecret;
    response.credential.securityToken = SecurityTokenValue;
    response.credential.expiration = Start.addSecs(minute * 60 + 3600);
    response.respRequestId = "resp-" + tenant;
    response.requestId = "gw-" + tenant;
    response.message = "成功";
    return HistoryEntry::fromResponse(Start.addSecs(minute * 60), "Production",
                                      request(tenant, "req-" + tenant), response);
}

HistoryEntry failedEntry(int minute, const QString &tenant)
{
    FetchError error;
    error.kind = FetchError::Kind::Gateway;
    error.gateway.code = "25";
    error.gateway.msg = "Invalid signature";
    error.gateway.requestId = "gw-" + tenant;
    error.message = "The app secret does not match the app key.";
    return HistoryEntry::fromError(Start.addSecs(minute * 60), "Staging",
                                   request(tenant, "req-" + tenant), error);
}

void grabIfAsked(QWidget *widget, const QString &path)
{
    if (qEnvironmentVariableIntValue("TOKENDESK_TEST_GRAB") != 1)
        return;
    QTest::qWait(20); // let the layouts take in the new texts
    QVERIFY(widget->grab().save(path));
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelPassesTheTester();
    void modelShowsEveryColumn();
    void rowsAreNewestFirst();
    void doubleClickActivatesTheEntry();
    void enterActivatesTheEntry();
    void activationFollowsSorting();
    void clearAsksFirst();
    void persistedAcrossStores();
    void settingsFileHoldsNoCredential();
    void cappedAtTheStoreLimit();

private:
    QTableView *table() const { return m_view->findChild<QTableView *>("historyTable"); }
    QPushButton *clearButton() const
    {
        return m_view->findChild<QPushButton *>("clearHistoryButton");
    }
    void addSamples();
    // As a user does it: the first click selects, the second makes it a double-click.
    void doubleClickRow(int row) const
    {
        const QPoint at =
            table()->visualRect(table()->model()->index(row, HistoryModel::TenantColumn)).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryView> m_view;
    QStringList m_questions;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath("history.ini"), QSettings::IniFormat);
    m_store = std::make_unique<HistoryStore>(m_settings.get());
    m_view = std::make_unique<HistoryView>();
    m_view->setStore(m_store.get());
    m_questions.clear();
    m_view->setConfirm([this](const QString &question) {
        m_questions << question;
        return false;
    });
    m_view->resize(900, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestHistoryView::addSamples()
{
    m_view->addEntry(okEntry(0, "t-1"));
    m_view->addEntry(failedEntry(5, "t-2"));
    m_view->addEntry(okEntry(10, "t-3"));
}

void TestHistoryView::modelPassesTheTester()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({okEntry(2, "a"), failedEntry(1, "b"), okEntry(0, "c")});
    model.setEntries({});
    model.setEntries({failedEntry(0, "d")});
    model.setPalette(QPalette(Qt::black));

    // And the view's proxy over it, through reloads and a clear.
    QAbstractItemModelTester viewTester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    addSamples();
    m_view->setConfirm([](const QString &) { return true; });
    clearButton()->click();
    QCOMPARE(table()->model()->rowCount(), 0);
}

void TestHistoryView::modelShowsEveryColumn()
{
    HistoryModel model;
    model.setEntries({okEntry(10, "t-3"), failedEntry(5, "t-2")});
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role).toString();
    };
    const QDateTime localAt = Start.addSecs(600).toLocalTime();
    QCOMPARE(text(0, HistoryModel::TimeColumn), localAt.toString("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(
        model.data(model.index(0, HistoryModel::TimeColumn), HistoryModel::SortRole).toDateTime(),
        Start.addSecs(600));
    QVERIFY(text(0, HistoryModel::TimeColumn, Qt::ToolTipRole).contains("2026-11-28T09:40:00Z"));
    QCOMPARE(text(0, HistoryModel::ProfileColumn), QStringLiteral("Production"));
    // The window's internal names for its own connections are never shown.
    const QList<QPair<QString, QString>> shown = {
        {"@demo", "Demo"}, {"@command-line", "Command line"}, {"@session", "Demo or command line"}};
    for (const auto &[internal, readable] : shown) {
        HistoryEntry session = okEntry(1, "t-9");
        session.profile = internal;
        HistoryModel sessionModel;
        sessionModel.setEntries({session});
        QCOMPARE(sessionModel.data(sessionModel.index(0, HistoryModel::ProfileColumn)).toString(),
                 readable);
    }
    QCOMPARE(text(0, HistoryModel::TenantColumn), QStringLiteral("t-3"));
    QCOMPARE(text(0, HistoryModel::StoreColumn), QStringLiteral("poi-t-3"));
    QCOMPARE(text(0, HistoryModel::SceneColumn), QStringLiteral("场景一"));
    QCOMPARE(text(0, HistoryModel::RequestIdColumn), QStringLiteral("req-t-3"));
    QCOMPARE(text(0, HistoryModel::GatewayRequestIdColumn), QStringLiteral("gw-t-3"));
    QVERIFY(text(0, HistoryModel::RequestIdColumn, Qt::ToolTipRole).contains("resp-t-3"));
    QCOMPARE(text(0, HistoryModel::ExpiryColumn),
             Start.addSecs(4200).toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(text(0, HistoryModel::OutcomeColumn), QStringLiteral("OK"));
    QCOMPARE(text(1, HistoryModel::OutcomeColumn), QStringLiteral("Failed: 25"));
    QCOMPARE(text(1, HistoryModel::ExpiryColumn), QStringLiteral("\u2013"));
    QVERIFY(text(1, HistoryModel::OutcomeColumn, Qt::ToolTipRole).contains("does not match"));
    QVERIFY(model.data(model.index(0, HistoryModel::OutcomeColumn), HistoryModel::OutcomeOkRole)
                .toBool());

    // Outcome in colour as well as in words: green and red, distinct, only on that column.
    const QVariant ok = model.data(model.index(0, HistoryModel::OutcomeColumn), Qt::ForegroundRole);
    const QVariant failed =
        model.data(model.index(1, HistoryModel::OutcomeColumn), Qt::ForegroundRole);
    QVERIFY(ok.isValid() && failed.isValid());
    QVERIFY(ok.value<QColor>().green() > ok.value<QColor>().red());
    QVERIFY(failed.value<QColor>().red() > failed.value<QColor>().green());
    QVERIFY(!model.data(model.index(0, HistoryModel::TenantColumn), Qt::ForegroundRole).isValid());

    // No secret in any role of any cell.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString value = text(row, column, role);
                for (const char *secret :
                     {AccessKeyId, AccessKeySecret, SecurityTokenValue, RequestToken})
                    QVERIFY(!value.contains(QLatin1String(secret)));
            }
        }
    }
}

void TestHistoryView::rowsAreNewestFirst()
{
    QVERIFY(m_view->findChild<QLabel *>("summaryLabel")->text().contains("No fetches"));
    QVERIFY(!clearButton()->isEnabled());
    addSamples();
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->model()->entry(0).request.tenantCode, QStringLiteral("t-3"));
    QCOMPARE(m_view->model()->entry(2).request.tenantCode, QStringLiteral("t-1"));
    QAbstractItemModel *shown = table()->model();
    QStringList tenants;
    for (int row = 0; row < shown->rowCount(); ++row)
        tenants << shown->index(row, HistoryModel::TenantColumn).data().toString();
    QCOMPARE(tenants, QStringList({"t-3", "t-2", "t-1"}));
    QVERIFY(m_view->findChild<QLabel *>("summaryLabel")->text().startsWith("Fetches listed: 3 "));
    QVERIFY(clearButton()->isEnabled());
    grabIfAsked(m_view.get(), "/tmp/historyview.png");
}

void TestHistoryView::doubleClickActivatesTheEntry()
{
    addSamples();
    QSignalSpy activated(m_view.get(), &HistoryView::entryActivated);
    doubleClickRow(1);
    QCOMPARE(activated.size(), 1);
    const auto entry = activated.first().first().value<HistoryEntry>();
    QCOMPARE(entry, m_store->entries().at(1));
    QCOMPARE(entry.request.tenantCode, QStringLiteral("t-2"));
    QCOMPARE(entry.outcome, QStringLiteral("25"));
    QVERIFY(entry.request.token.isEmpty()); // the store never kept it
}

void TestHistoryView::enterActivatesTheEntry()
{
    addSamples();
    QSignalSpy activated(m_view.get(), &HistoryView::entryActivated);
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(2, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<HistoryEntry>().request.tenantCode,
             QStringLiteral("t-1"));
}

void TestHistoryView::activationFollowsSorting()
{
    addSamples();
    // Oldest first by time, then by profile: the row clicked is the entry given.
    table()->sortByColumn(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QSignalSpy activated(m_view.get(), &HistoryView::entryActivated);
    doubleClickRow(0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().first().value<HistoryEntry>().request.tenantCode,
             QStringLiteral("t-1"));

    table()->sortByColumn(HistoryModel::ProfileColumn, Qt::DescendingOrder); // Staging first
    doubleClickRow(0);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().value<HistoryEntry>().profile, QStringLiteral("Staging"));
}

void TestHistoryView::clearAsksFirst()
{
    addSamples();
    QSignalSpy cleared(m_view.get(), &HistoryView::historyCleared);
    clearButton()->click(); // answered "no"
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains("cannot be undone"));
    QCOMPARE(m_store->entries().size(), 3);
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(cleared.size(), 0);

    m_view->setConfirm([this](const QString &question) {
        m_questions << question;
        return true;
    });
    clearButton()->click();
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(m_store->entries().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!clearButton()->isEnabled());
    // Gone from the file too, not only from the view.
    QSettings reread(m_dir->filePath("history.ini"), QSettings::IniFormat);
    QVERIFY(HistoryStore(&reread).entries().isEmpty());
}

void TestHistoryView::persistedAcrossStores()
{
    addSamples();
    const QList<HistoryEntry> before = m_store->entries();
    m_view.reset();
    m_store.reset();
    m_settings.reset();

    QSettings settings(m_dir->filePath("history.ini"), QSettings::IniFormat);
    HistoryStore store(&settings);
    HistoryView view;
    view.setStore(&store);
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.model()->entries(), before);
    QCOMPARE(view.model()->entry(0).request.tenantCode, QStringLiteral("t-3"));
    QCOMPARE(view.model()->entry(0).expiry, Start.addSecs(4200));
}

void TestHistoryView::settingsFileHoldsNoCredential()
{
    addSamples();
    m_settings->sync();
    QFile file(m_dir->filePath("history.ini"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("t-3")); // it is the history file
    for (const char *secret : {AccessKeyId, AccessKeySecret, SecurityTokenValue, RequestToken})
        QVERIFY2(!stored.contains(secret), secret);
}

void TestHistoryView::cappedAtTheStoreLimit()
{
    for (int i = 0; i < HistoryStore::MaxEntries + 3; ++i)
        m_store->add(okEntry(i, QString::number(i)));
    m_view->reload();
    QCOMPARE(m_view->model()->rowCount(), HistoryStore::MaxEntries);
    QCOMPARE(m_view->model()->entry(0).request.tenantCode,
             QString::number(HistoryStore::MaxEntries + 2));
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
