// Composing messages from translated sentences: no terminator doubled in either language.
#include "fetcherror.h"

#include <QRegularExpression>
#include <QTest>

using namespace TokenDesk;

class TestFetchError : public QObject
{
    Q_OBJECT

private:
    static bool hasDoubledTerminator(const QString &text)
    {
        static const QRegularExpression doubled(QStringLiteral("[.。．][.。．]"));
        return text.contains(doubled);
    }

private Q_SLOTS:
    void asClauseDropsTheTerminator_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("clause");
        QTest::newRow("English") << "Try again in a minute."
                                 << "Try again in a minute";
        QTest::newRow("Chinese") << "请稍后再试。"
                                 << "请稍后再试";
        QTest::newRow("full-width question") << "是否重试？"
                                             << "是否重试";
        QTest::newRow("trailing space") << "Done. "
                                        << "Done";
        QTest::newRow("no terminator") << "Connection refused"
                                       << "Connection refused";
        QTest::newRow("empty") << ""
                               << "";
    }

    void asClauseDropsTheTerminator()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, clause);
        QCOMPARE(asClause(sentence), clause);
    }

    void joinSentencesSpacesAsEachLanguageDoes_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("joined");
        QTest::newRow("English") << "The timestamp was refused."
                                 << "Check the clock."
                                 << "The timestamp was refused. Check the clock.";
        QTest::newRow("Chinese") << "时间戳被拒绝。"
                                 << "请检查时钟。"
                                 << "时间戳被拒绝。请检查时钟。";
        QTest::newRow("Chinese then English") << "时间戳被拒绝。"
                                              << "See --help."
                                              << "时间戳被拒绝。See --help.";
        QTest::newRow("empty first") << ""
                                     << "Only this."
                                     << "Only this.";
        QTest::newRow("empty second") << "Only this."
                                      << ""
                                      << "Only this.";
    }

    void joinSentencesSpacesAsEachLanguageDoes()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, joined);
        QCOMPARE(joinSentences(first, second), joined);
        QCOMPARE(joinSentences(QStringList{first, second}), joined);
    }

    // The case the issue shows: a reason that is a sentence of its own inside "…: %1.".
    void aClauseInsideASentenceEndsOnce_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zh in zh") << "无法连接网关 %1：%2。"
                                  << "网关暂时不可用（HTTP 502）。请稍后再试。";
        QTest::newRow("en in en") << "Could not reach the gateway %1: %2."
                                  << "The gateway is temporarily unavailable (HTTP 502). Try "
                                     "again in a minute.";
        QTest::newRow("zh in en") << "Could not reach the gateway %1: %2."
                                  << "请稍后再试。";
        QTest::newRow("en in zh") << "无法连接网关 %1：%2。"
                                  << "Connection refused.";
    }

    void aClauseInsideASentenceEndsOnce()
    {
        QFETCH(QString, frame);
        QFETCH(QString, reason);
        const QString naive = frame.arg(QStringLiteral("http://gw"), reason);
        QVERIFY2(hasDoubledTerminator(naive), "the case must double without asClause");
        const QString composed = frame.arg(QStringLiteral("http://gw"), asClause(reason));
        QVERIFY2(!hasDoubledTerminator(composed), qPrintable(composed));
    }

    void everyAdviceIsOneSentenceBlock_data()
    {
        QTest::addColumn<int>("kind");
        for (int kind = int(GatewayError::Kind::Other);
             kind <= int(GatewayError::Kind::BadParameter); ++kind)
            QTest::newRow(qPrintable(QString::number(kind))) << kind;
    }

    // Every advice ends with one terminator, so a sentence joined after it never doubles one.
    void everyAdviceIsOneSentenceBlock()
    {
        QFETCH(int, kind);
        GatewayError error;
        error.code = QStringLiteral("7");
        error.kind = GatewayError::Kind(kind);
        for (const QString &subMsg : {QString(), QStringLiteral("Missing param.")}) {
            error.subMsg = subMsg;
            const QString advice = gatewayAdvice(error);
            QVERIFY(!advice.isEmpty());
            const QString joined = joinSentences(advice, QStringLiteral("Next."));
            QVERIFY2(!hasDoubledTerminator(joined), qPrintable(joined));
        }
    }

    void rateLimitAdviceCountsSeconds()
    {
        GatewayError error;
        error.kind = GatewayError::Kind::RateLimited;
        error.banSeconds = 3;
        QVERIFY2(gatewayAdvice(error).contains(QLatin1String("3")),
                 qPrintable(gatewayAdvice(error)));
        error.banSeconds = -1;
        QVERIFY(!gatewayAdvice(error).contains(QLatin1String("%n")));
    }
};

QTEST_GUILESS_MAIN(TestFetchError)
#include "tst_fetcherror.moc"
