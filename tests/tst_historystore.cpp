// Tests of HistoryStore: order, cap, clear, persistence, corrupt files, and no secrets on disk.
#include "fetcherror.h"
#include "historystore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {

const QString KeySecret = "hist-secret-Zq8/xY+w==";
const QString Token = "CAIShistoryTokenValue/With+Bits==9931";
const QString KeyId = "STS.historyKeyId-4411";
const QString RequestToken = "request-token-that-may-be-a-credential";

TokenRequest sampleRequest(int n)
{
    TokenRequest request;
    request.tenantCode = "t-" + QString::number(n);
    request.storeId = "poi-1";
    request.sceneCode = "场景一";
    request.usageScene = "upload";
    request.productCode = "oss";
    request.requestId = "req-" + QString::number(n);
    request.token = RequestToken;
    return request;
}

TokenResponse sampleResponse(const QDateTime &expiry)
{
    TokenResponse response;
    response.credential.accessKeyId = KeyId;
    response.credential.accessKeySecret = KeySecret;
    response.credential.securityToken = Token;
    response.credential.expiration = expiry;
    response.credential.expirationText = expiry.toString(Qt::ISODate);
    response.credential.policy.statements << PolicyStatement{"Allow", {"oss:*"}, {"*"}};
    response.respCode = "200";
    response.respRequestId = "resp-1";
    response.requestId = "gw-1";
    response.message = "success";
    return response;
}

const QDateTime T0 = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshPath() { return m_dir.filePath(QString("history-%1.ini").arg(++m_file)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newestFirstAndFields()
    {
        QSettings settings(freshPath(), QSettings::IniFormat);
        HistoryStore store(&settings);
        QVERIFY(store.entries().isEmpty());
        const HistoryEntry ok = HistoryEntry::fromResponse(T0, "prod", sampleRequest(1),
                                                           sampleResponse(T0.addSecs(3600)));
        QCOMPARE(ok.outcome, QString("ok"));
        QCOMPARE(ok.requestId, QString("req-1"));
        QCOMPARE(ok.respRequestId, QString("resp-1"));
        QCOMPARE(ok.gatewayRequestId, QString("gw-1"));
        QCOMPARE(ok.expiry, T0.addSecs(3600));
        QVERIFY(ok.request.token.isEmpty());
        store.add(ok);

        FetchError error;
        error.kind = FetchError::Kind::Gateway;
        error.message = "Invalid signature";
        error.gateway.code = "25";
        error.gateway.msg = "Invalid signature";
        error.gateway.requestId = "gw-2";
        const HistoryEntry failed =
            HistoryEntry::fromError(T0.addSecs(60), "prod", sampleRequest(2), error);
        QCOMPARE(failed.outcome, QString("25"));
        QCOMPARE(failed.gatewayRequestId, QString("gw-2"));
        QVERIFY(!failed.expiry.isValid());
        QVERIFY(failed.message.contains("code=25"));
        store.add(failed);

        const QList<HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0), failed);
        QCOMPARE(entries.at(1), ok);
        QCOMPARE(entries.at(1).request.sceneCode, QString("场景一"));
        QCOMPARE(entries.at(1).at, T0);
    }

    void errorOutcomes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("gateway with sub_code")
            << int(FetchError::Kind::Gateway) << "15 isp.remote-error";
        QTest::newRow("refused") << int(FetchError::Kind::Refused) << "E42";
        QTest::newRow("network") << int(FetchError::Kind::Network) << "http 502";
        QTest::newRow("malformed") << int(FetchError::Kind::Malformed) << "malformed";
        QTest::newRow("cancelled") << int(FetchError::Kind::Cancelled) << "cancelled";
    }
    void errorOutcomes()
    {
        QFETCH(int, kind);
        QFETCH(QString, outcome);
        FetchError error;
        error.kind = FetchError::Kind(kind);
        error.message = "m";
        error.gateway.code = "15";
        error.gateway.subCode = "isp.remote-error";
        error.refusal.respCode = "E42";
        error.refusal.respRequestId = "resp-9";
        error.httpStatus = 502;
        QCOMPARE(HistoryEntry::fromError(T0, "p", sampleRequest(1), error).outcome, outcome);
    }

    void capAt200()
    {
        QSettings settings(freshPath(), QSettings::IniFormat);
        HistoryStore store(&settings);
        for (int i = 0; i < HistoryStore::MaxEntries + 25; ++i) {
            store.add(HistoryEntry::fromResponse(T0.addSecs(i), "p", sampleRequest(i),
                                                 sampleResponse(T0.addSecs(3600))));
        }
        const QList<HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), HistoryStore::MaxEntries);
        QCOMPARE(entries.first().requestId, QString("req-224"));
        QCOMPARE(entries.last().requestId, QString("req-25"));
    }

    void clearAndReload()
    {
        const QString path = freshPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            HistoryStore store(&settings);
            store.add(HistoryEntry::fromResponse(T0, "a", sampleRequest(1),
                                                 sampleResponse(T0.addSecs(900))));
            store.add(HistoryEntry::fromResponse(T0.addSecs(5), "b", sampleRequest(2),
                                                 sampleResponse(T0.addSecs(900))));
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            HistoryStore store(&settings);
            const QList<HistoryEntry> entries = store.entries();
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries.at(0).profile, QString("b"));
            QCOMPARE(entries.at(1).profile, QString("a"));
            QCOMPARE(entries.at(1).expiry, T0.addSecs(900));
            store.clear();
            QVERIFY(store.entries().isEmpty());
        }
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(HistoryStore(&settings).entries().isEmpty());
    }

    void corruptValueTolerated_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("readable");
        QTest::newRow("not json") << QVariant("{{{ not json") << 0;
        QTest::newRow("an object") << QVariant("{\"at\":\"2026-01-01T00:00:00Z\"}") << 0;
        QTest::newRow("a number") << QVariant(42) << 0;
        QTest::newRow("a list of strings") << QVariant(QStringList{"a", "b"}) << 0;
        QTest::newRow("bad items skipped")
            << QVariant("[1,\"x\",{\"profile\":\"no time\"},"
                        "{\"at\":\"2026-01-01T00:00:00Z\",\"profile\":\"ok\",\"tenant\":7},"
                        "{\"at\":\"garbage\"}]")
            << 1;
    }
    void corruptValueTolerated()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, readable);
        QSettings settings(freshPath(), QSettings::IniFormat);
        settings.setValue("history/entries", stored);
        HistoryStore store(&settings);
        const QList<HistoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), readable);
        if (readable == 1) {
            QCOMPARE(entries.first().profile, QString("ok"));
            QVERIFY(entries.first().request.tenantCode.isEmpty()); // a number is not text
        }
        // Adding still works and replaces what could not be read.
        store.add(HistoryEntry::fromResponse(T0, "p", sampleRequest(1), sampleResponse(T0)));
        QCOMPARE(store.entries().size(), readable + 1);
    }

    void handEditedFileTolerated()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[history]\nentries=\"[{\\\"at\\\": broken\n\x01\x02garbage\n[[[\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        HistoryStore store(&settings);
        QVERIFY(store.entries().isEmpty());
        store.add(HistoryEntry::fromResponse(T0, "p", sampleRequest(1), sampleResponse(T0)));
        QCOMPARE(store.entries().size(), 1);
    }

    void noSecretOnDisk()
    {
        const QString path = freshPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            HistoryStore store(&settings);
            for (int i = 0; i < 3; ++i) {
                HistoryEntry entry = HistoryEntry::fromResponse(
                    T0.addSecs(i), "prod", sampleRequest(i), sampleResponse(T0.addSecs(3600)));
                store.add(entry);
                // Even an entry built by hand with the request token set does not keep it.
                entry.request.token = RequestToken;
                store.add(entry);
            }
            QVERIFY(store.entries().first().request.token.isEmpty());
            settings.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("req-2")); // the file is the one written
        for (const QString &secret : {KeySecret, Token, KeyId, RequestToken}) {
            // Searched raw and in the forms QSettings and JSON escape it to.
            for (const QString &piece : {secret, secret.left(12), secret.mid(5, 12)}) {
                QVERIFY2(!content.contains(piece.toUtf8()), qPrintable(piece));
                QVERIFY(!content.contains(QString(piece).replace("/", "\\/").toUtf8()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
