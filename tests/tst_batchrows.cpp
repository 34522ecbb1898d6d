// parseBatchRows and the NDJSON lines of fetch --batch: CSV, comments, headers, bad rows.
#include "batchrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;

namespace {

// "line:tenant|store|scene|usage|product" for a good row, "line:!" for a bad one.
QString describe(const BatchRow &row)
{
    if (!row.problem.isEmpty())
        return QString::number(row.line) + QStringLiteral(":!");
    const TokenRequest &r = row.request;
    return QString::number(row.line) + QLatin1Char(':')
        + QStringList{r.tenantCode, r.storeId, r.sceneCode, r.usageScene, r.productCode}.join(
            QLatin1Char('|'));
}

} // namespace

class TestBatchRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank lines only") << QStringLiteral("\n  \n\r\n") << QStringList();
        QTest::newRow("header only")
            << QStringLiteral("tenant,store,scene,usage_scene,product\n") << QStringList();
        QTest::newRow("comments only") << QStringLiteral("# one\n  # two\n") << QStringList();
        QTest::newRow("one row, no newline") << QStringLiteral("t1,p1,s1,u1,oss")
                                             << QStringList{QStringLiteral("1:t1|p1|s1|u1|oss")};
        QTest::newRow("lines count comments, blanks and the header")
            << QStringLiteral("# stores\ntenant,store,scene,usage_scene,product\n\nt1,p1,s1,u1,"
                              "oss\n# more\nt2,p2,s2,u2,sls\n")
            << QStringList{QStringLiteral("4:t1|p1|s1|u1|oss"), QStringLiteral("6:t2|p2|s2|u2|sls")};
        QTest::newRow("CRLF and a BOM")
            << QStringLiteral("\ufefft1,p1,s1,u1,oss\r\nt2,p2,s2,u2,oss\r\n")
            << QStringList{QStringLiteral("1:t1|p1|s1|u1|oss"), QStringLiteral("2:t2|p2|s2|u2|oss")};
        QTest::newRow("fields trimmed") << QStringLiteral("  t1 , p1,s1 ,u1,  oss  \n")
                                        << QStringList{QStringLiteral("1:t1|p1|s1|u1|oss")};
        QTest::newRow("quoted fields: comma, doubled quote, blanks kept")
            << QStringLiteral("\"t, 1\",\"p\"\"1\",\" s1 \",u1,oss\n")
            << QStringList{QStringLiteral("1:t, 1|p\"1| s1 |u1|oss")};
        QTest::newRow("a quoted newline: the row is numbered where it starts")
            << QStringLiteral("\"t\n1\",p1,s1,u1,oss\nt2,p2,s2,u2,oss\n")
            << QStringList{QStringLiteral("1:!"), QStringLiteral("3:t2|p2|s2|u2|oss")};
        QTest::newRow("a # inside a row is data")
            << QStringLiteral("t#1,p1,s1,u1,oss\n")
            << QStringList{QStringLiteral("1:t#1|p1|s1|u1|oss")};
        QTest::newRow("header reorders the columns")
            << QStringLiteral("Product,Store,Tenant,Usage-Scene,scene_code\noss,p1,t1,u1,s1\n")
            << QStringList{QStringLiteral("2:t1|p1|s1|u1|oss")};
        QTest::newRow("missing field")
            << QStringLiteral("t1,p1,s1,u1\nt2,p2,s2,u2,oss\n")
            << QStringList{QStringLiteral("1:!"), QStringLiteral("2:t2|p2|s2|u2|oss")};
        QTest::newRow("too many columns")
            << QStringLiteral("t1,p1,s1,u1,oss,extra\n") << QStringList{QStringLiteral("1:!")};
        QTest::newRow("trailing comma is a sixth column")
            << QStringLiteral("t1,p1,s1,u1,oss,\n") << QStringList{QStringLiteral("1:!")};
        QTest::newRow("empty field, no default")
            << QStringLiteral("t1,,s1,u1,oss\n") << QStringList{QStringLiteral("1:!")};
        QTest::newRow("unterminated quote")
            << QStringLiteral("t1,p1,s1,u1,\"oss\n") << QStringList{QStringLiteral("1:!")};
        QTest::newRow("field too long")
            << QStringLiteral("%1,p1,s1,u1,oss\n").arg(QString(300, QLatin1Char('x')))
            << QStringList{QStringLiteral("1:!")};
    }

    void rows()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const BatchInput input = parseBatchRows(text);
        QVERIFY2(input.error.isEmpty(), qPrintable(input.error));
        QStringList got;
        for (const BatchRow &row : input.rows)
            got << describe(row);
        QCOMPARE(got, expected);
    }

    void badRowsSayWhy()
    {
        const BatchInput input = parseBatchRows(QStringLiteral("t1,p1\nt1,p1,s1,u1,oss,x\n"));
        QCOMPARE(input.rows.size(), 2);
        QVERIFY(input.rows[0].problem.contains(QLatin1String("Missing field")));
        QVERIFY(input.rows[1].problem.contains(QLatin1String("Too many columns")));
    }

    void emptyFieldsTakeTheDefaults()
    {
        TokenRequest defaults;
        defaults.sceneCode = QStringLiteral("s-default");
        defaults.usageScene = QStringLiteral("u-default");
        defaults.productCode = QStringLiteral("oss");
        defaults.token = QStringLiteral("tok");
        const BatchInput input =
            parseBatchRows(QStringLiteral("t1,p1,,,\nt2,p2,s2,,sls\n,p3,,,\n"), defaults);
        QCOMPARE(input.rows.size(), 3);
        QCOMPARE(describe(input.rows[0]), QStringLiteral("1:t1|p1|s-default|u-default|oss"));
        QCOMPARE(describe(input.rows[1]), QStringLiteral("2:t2|p2|s2|u-default|sls"));
        QCOMPARE(input.rows[1].request.token, QStringLiteral("tok"));
        QCOMPARE(describe(input.rows[2]), QStringLiteral("3:!")); // no tenant anywhere
    }

    void badHeaderIsAnInputError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a column missing") << QStringLiteral("tenant,store,scene,product\n");
        QTest::newRow("a column twice")
            << QStringLiteral("tenant,store,scene,usage_scene,tenant\nt,p,s,u,o\n");
    }

    void badHeaderIsAnInputError()
    {
        QFETCH(QString, text);
        const BatchInput input = parseBatchRows(text);
        QVERIFY(input.error.contains(QLatin1String("line 1")));
        QVERIFY(input.rows.isEmpty());
    }

    void compactJsonKeepsStrings()
    {
        QCOMPARE(compactJson(QStringLiteral("{\n  \"a b\": \"x \\\" y\",\n  \"n\": [1, 2]\n}")),
                 QStringLiteral("{\"a b\":\"x \\\" y\",\"n\":[1,2]}"));
        QCOMPARE(compactJson(QStringLiteral("{ \"k\": \"\\\\\" , \"m\" : \"\" }")),
                 QStringLiteral("{\"k\":\"\\\\\",\"m\":\"\"}"));
    }

    void successLine()
    {
        const QString line =
            batchSuccessLine(7,
                             QStringLiteral("{\n  \"access_key_id\": \"STS.x\",\n  "
                                            "\"expires_in\": 3600\n}\n"));
        QCOMPARE(line,
                 QStringLiteral(
                     "{\"row\":7,\"ok\":true,\"access_key_id\":\"STS.x\",\"expires_in\":3600}\n"));
        QCOMPARE(line.count(QLatin1Char('\n')), 1);
    }

    void errorLine()
    {
        BatchRowError gateway;
        gateway.exitCode = 3;
        gateway.message = QStringLiteral("refused \"x\"\nnext");
        gateway.code = QStringLiteral("41");
        gateway.subCode = QStringLiteral("isv.invalid-parameter");
        const QString line = batchErrorLine(12, gateway);
        QVERIFY(line.endsWith(QLatin1Char('\n')));
        QCOMPARE(line.count(QLatin1Char('\n')), 1);
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("row")).toInt(), 12);
        QCOMPARE(object.value(QLatin1String("ok")), QJsonValue(false));
        const QJsonObject error = object.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("exit_code")).toInt(), 3);
        QCOMPARE(error.value(QLatin1String("message")).toString(), gateway.message);
        QCOMPARE(error.value(QLatin1String("code")), QJsonValue(41));
        QCOMPARE(error.value(QLatin1String("sub_code")).toString(),
                 QStringLiteral("isv.invalid-parameter"));
        QVERIFY(!error.contains(QLatin1String("resp_code")));

        BatchRowError bad;
        bad.exitCode = 2;
        bad.message = QStringLiteral("Missing field");
        const QJsonObject plain = QJsonDocument::fromJson(batchErrorLine(3, bad).toUtf8())
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        QCOMPARE(plain.keys(),
                 (QStringList{QStringLiteral("exit_code"), QStringLiteral("message")}));
    }
};

QTEST_GUILESS_MAIN(TestBatchRows)
#include "tst_batchrows.moc"
