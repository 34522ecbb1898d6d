// Drafts and recent values of the request form.
#include "formmemory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestFormMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftRoundTripWithoutToken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            FormMemory memory(&settings);
            TokenRequest request{QStringLiteral("租户"),
                                 QStringLiteral("poi"),
                                 QStringLiteral("s"),
                                 QStringLiteral("u"),
                                 QStringLiteral("oss"),
                                 QStringLiteral("rid"),
                                 QStringLiteral("token-that-may-be-a-credential")};
            memory.saveDraft(request);
        }
        QSettings settings(path, QSettings::IniFormat);
        const TokenRequest draft = FormMemory(&settings).draft();
        QCOMPARE(draft.tenantCode, QStringLiteral("租户"));
        QCOMPARE(draft.productCode, QStringLiteral("oss"));
        QCOMPARE(draft.requestId, QStringLiteral("rid"));
        QVERIFY(draft.token.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("token-that-may-be-a-credential"));
    }

    void recentValuesAreMostRecentFirstDedupedAndCapped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        FormMemory memory(&settings);
        for (int i = 0; i < FormMemory::MaxRecent + 5; ++i) {
            TokenRequest request;
            request.tenantCode = QStringLiteral("t-%1").arg(i);
            request.storeId = QStringLiteral("same-store");
            memory.remember(QStringLiteral("prod"), request);
        }
        const QStringList tenants =
            memory.recent(QStringLiteral("prod"), QStringLiteral("op_tenant_code"));
        QCOMPARE(tenants.size(), FormMemory::MaxRecent);
        QCOMPARE(tenants.first(), QStringLiteral("t-14"));
        QCOMPARE(memory.recent(QStringLiteral("prod"), QStringLiteral("op_poi_id")),
                 QStringList{"same-store"});
        QVERIFY(memory.recent(QStringLiteral("other"), QStringLiteral("op_poi_id")).isEmpty());
        // Re-using an old value moves it to the front instead of adding a copy.
        TokenRequest again;
        again.tenantCode = QStringLiteral("t-10");
        memory.remember(QStringLiteral("prod"), again);
        const QStringList after =
            memory.recent(QStringLiteral("prod"), QStringLiteral("op_tenant_code"));
        QCOMPARE(after.first(), QStringLiteral("t-10"));
        QCOMPARE(after.count(QStringLiteral("t-10")), 1);
    }
};

QTEST_GUILESS_MAIN(TestFormMemory)
#include "tst_formmemory.moc"
