// Tests of the RAM-style policy evaluator: wildcards, Deny precedence, implicit deny, spellings.
#include "policyevaluator.h"
#include "responseparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenDesk;

using Effect = PolicyDecision::Effect;

namespace {

// The policy from JSON text through the same reader the app uses for every spelling.
PolicyDocument policyFrom(const QByteArray &json)
{
    std::optional<PolicyDocument> policy;
    if (json.trimmed().startsWith(QByteArrayLiteral("\""))) {
        const QJsonDocument array = QJsonDocument::fromJson('[' + json + ']');
        policy = parsePolicy(array.array().first());
    } else {
        policy = parsePolicy(QJsonDocument::fromJson(json).object());
    }
    if (!policy)
        qFatal("test policy does not parse: %s", json.constData());
    return *policy;
}

const QByteArray Simulator =
    "{\"version\":\"1\",\"statement\":["
    "{\"effect\":\"Allow\",\"action\":[\"oss:GetObject\",\"oss:PutObject\",\"oss:ListObjects\"],"
    "\"resource\":[\"acs:oss:*:*:deepvision-t-1/poi-1/*\"]},"
    "{\"effect\":\"Deny\",\"action\":[\"oss:DeleteObject\"],\"resource\":[\"acs:oss:*:*:deepvision-"
    "t-1/*\"]}]}";

} // namespace

class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildcard_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<bool>("expected");
        QTest::newRow("literal") << "abc"
                                 << "abc" << false << true;
        QTest::newRow("literal mismatch") << "abc"
                                          << "abd" << false << false;
        QTest::newRow("star matches all") << "*"
                                          << "anything:at/all" << false << true;
        QTest::newRow("star matches empty") << "*"
                                            << "" << false << true;
        QTest::newRow("empty pattern, empty text") << ""
                                                   << "" << false << true;
        QTest::newRow("empty pattern, text") << ""
                                             << "a" << false << false;
        QTest::newRow("pattern, empty text") << "a"
                                             << "" << false << false;
        QTest::newRow("question, empty text") << "?"
                                              << "" << false << false;
        QTest::newRow("question one char") << "a?c"
                                           << "abc" << false << true;
        QTest::newRow("question not zero") << "a?c"
                                           << "ac" << false << false;
        QTest::newRow("question not two") << "a?c"
                                          << "abbc" << false << false;
        QTest::newRow("trailing star") << "oss:Get*"
                                       << "oss:GetObject" << false << true;
        QTest::newRow("leading star") << "*Object"
                                      << "oss:GetObject" << false << true;
        QTest::newRow("mid star") << "oss:*Object"
                                  << "oss:GetObject" << false << true;
        QTest::newRow("mid star empty run") << "ab*cd"
                                            << "abcd" << false << true;
        QTest::newRow("star crosses slash and colon")
            << "acs:oss:*:*:b/*"
            << "acs:oss:cn-hangzhou:123:b/dir/sub/file" << false << true;
        QTest::newRow("multiple stars") << "*a*b*c*"
                                        << "xxaxxbxxcxx" << false << true;
        QTest::newRow("multiple stars wrong order") << "*a*b*c*"
                                                    << "xxcxxbxxaxx" << false << false;
        QTest::newRow("backtrack needed") << "*ab"
                                          << "aab" << false << true;
        QTest::newRow("backtrack fails") << "a*b"
                                         << "aabx" << false << false;
        QTest::newRow("consecutive stars") << "a**b"
                                           << "ab" << false << true;
        QTest::newRow("star question mix") << "?*?"
                                           << "ab" << false << true;
        QTest::newRow("star question mix too short") << "?*?"
                                                     << "a" << false << false;
        QTest::newRow("case sensitive") << "oss:getobject"
                                        << "oss:GetObject" << false << false;
        QTest::newRow("case insensitive") << "oss:getobject"
                                          << "OSS:GetObject" << true << true;
        QTest::newRow("non-ascii") << "桶/*"
                                   << "桶/文件" << false << true;
        QTest::newRow("non-ascii question") << "桶/?"
                                            << "桶/文" << false << true;
    }
    void wildcard()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, caseInsensitive);
        QFETCH(bool, expected);
        QCOMPARE(
            wildcardMatch(pattern, text, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive),
            expected);
    }

    void evaluate_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<Effect>("effect");
        QTest::addColumn<int>("statement");

        const QString store = "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg";
        QTest::newRow("simulator allow")
            << Simulator << "oss:GetObject" << store << Effect::Allow << 0;
        QTest::newRow("simulator second action")
            << Simulator << "oss:ListObjects" << store << Effect::Allow << 0;
        QTest::newRow("simulator deny after allow")
            << Simulator << "oss:DeleteObject" << store << Effect::ExplicitDeny << 1;
        QTest::newRow("simulator implicit: other action")
            << Simulator << "oss:DeleteBucket" << store << Effect::ImplicitDeny << -1;
        QTest::newRow("simulator implicit: other store")
            << Simulator << "oss:GetObject"
            << "acs:oss:*:*:deepvision-t-1/poi-2/a.jpg" << Effect::ImplicitDeny << -1;
        QTest::newRow("action case-insensitive")
            << Simulator << "OSS:getobject" << store << Effect::Allow << 0;
        QTest::newRow("resource case-sensitive")
            << Simulator << "oss:GetObject"
            << "acs:oss:*:*:DeepVision-t-1/poi-1/a.jpg" << Effect::ImplicitDeny << -1;

        const QByteArray denyFirst =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Deny\",\"action\":[\"oss:Delete*\"],\"resource\":[\"*\"]},"
            "{\"effect\":\"Allow\",\"action\":[\"oss:*\"],\"resource\":[\"*\"]}]}";
        QTest::newRow("deny before allow") << denyFirst << "oss:DeleteObject"
                                           << "b/k" << Effect::ExplicitDeny << 0;
        QTest::newRow("deny before allow, other action allowed") << denyFirst << "oss:GetObject"
                                                                 << "b/k" << Effect::Allow << 1;

        const QByteArray denyByWildcard =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Allow\",\"action\":[\"oss:GetObject\"],\"resource\":[\"acs:oss:*:*:b/"
            "secret/x\"]},"
            "{\"effect\":\"Deny\",\"action\":[\"*\"],\"resource\":[\"acs:oss:*:*:b/secret/*\"]}]}";
        QTest::newRow("deny by wildcard beats exact allow")
            << denyByWildcard << "oss:GetObject"
            << "acs:oss:*:*:b/secret/x" << Effect::ExplicitDeny << 1;

        const QByteArray twoAllows =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Allow\",\"action\":[\"ecs:*\"],\"resource\":[\"*\"]},"
            "{\"effect\":\"Allow\",\"action\":[\"oss:Get?bject\"],\"resource\":[\"acs:oss:*:*:b/"
            "*\"]},"
            "{\"effect\":\"Allow\",\"action\":[\"oss:*\"],\"resource\":[\"*\"]}]}";
        QTest::newRow("first matching allow decides") << twoAllows << "oss:GetObject"
                                                      << "acs:oss:*:*:b/k" << Effect::Allow << 1;
        QTest::newRow("question mark in action") << twoAllows << "oss:GetXbject"
                                                 << "acs:oss:*:*:b/k" << Effect::Allow << 1;
        QTest::newRow("later broad allow") << twoAllows << "oss:PutObject"
                                           << "acs:oss:*:*:b/k" << Effect::Allow << 2;

        const QByteArray pascal =
            "{\"Version\":\"1\",\"Statement\":["
            "{\"Effect\":\"Allow\",\"Action\":\"oss:GetObject\",\"Resource\":\"acs:oss:*:*:b/*\"},"
            "{\"Effect\":\"Deny\",\"Action\":\"oss:GetObject\",\"Resource\":\"acs:oss:*:*:b/"
            "private/*\"}]}";
        QTest::newRow("pascal single strings allow")
            << pascal << "oss:GetObject"
            << "acs:oss:*:*:b/public/x" << Effect::Allow << 0;
        QTest::newRow("pascal single strings deny")
            << pascal << "oss:GetObject"
            << "acs:oss:*:*:b/private/x" << Effect::ExplicitDeny << 1;

        const QByteArray asString =
            "\"{\\\"version\\\":\\\"1\\\",\\\"statement\\\":[{\\\"effect\\\":\\\"Allow\\\","
            "\\\"action\\\":[\\\"log:Post*\\\"],\\\"resource\\\":[\\\"*\\\"]}]}\"";
        QTest::newRow("json string allow") << asString << "log:PostLogStoreLogs"
                                           << "acs:log:*" << Effect::Allow << 0;
        QTest::newRow("json string implicit") << asString << "log:GetLogs"
                                              << "acs:log:*" << Effect::ImplicitDeny << -1;

        const QByteArray wrapped =
            "{\"version\":\"1\",\"statement\":{\"datas\":["
            "{\"effect\":\"Allow\",\"action\":{\"string\":[\"oss:GetObject\"]},"
            "\"resource\":{\"string\":[\"b/*\"]}}]}}";
        QTest::newRow("wrapped lists") << wrapped << "oss:GetObject"
                                       << "b/k" << Effect::Allow << 0;

        const QByteArray lowerEffects =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"allow\",\"action\":[\"a:*\"],\"resource\":[\"*\"]},"
            "{\"effect\":\"DENY\",\"action\":[\"a:b\"],\"resource\":[\"r\"]}]}";
        QTest::newRow("effect lower case allows") << lowerEffects << "a:c"
                                                  << "r" << Effect::Allow << 0;
        QTest::newRow("effect upper case denies") << lowerEffects << "a:b"
                                                  << "r" << Effect::ExplicitDeny << 1;

        const QByteArray unknownEffect =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Permit\",\"action\":[\"*\"],\"resource\":[\"*\"]},"
            "{\"effect\":\"\",\"action\":[\"*\"],\"resource\":[\"*\"]}]}";
        QTest::newRow("unknown effect never allows") << unknownEffect << "a:b"
                                                     << "r" << Effect::ImplicitDeny << -1;

        const QByteArray emptyLists = "{\"version\":\"1\",\"statement\":["
                                      "{\"effect\":\"Allow\",\"action\":[],\"resource\":[\"*\"]},"
                                      "{\"effect\":\"Allow\",\"action\":[\"*\"],\"resource\":[]},"
                                      "{\"effect\":\"Deny\",\"action\":[],\"resource\":[]}]}";
        QTest::newRow("empty lists match nothing") << emptyLists << "a:b"
                                                   << "r" << Effect::ImplicitDeny << -1;

        QTest::newRow("no statements")
            << QByteArray("{\"version\":\"1\",\"statement\":[]}") << "a:b"
            << "r" << Effect::ImplicitDeny << -1;
        QTest::newRow("empty object") << QByteArray("{}") << "a:b"
                                      << "r" << Effect::ImplicitDeny << -1;

        const QByteArray colonCrossing =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Allow\",\"action\":[\"*Object\"],\"resource\":[\"acs:*\"]}]}";
        QTest::newRow("star crosses colon in action") << colonCrossing << "oss:GetObject"
                                                      << "acs:oss:x:y:z" << Effect::Allow << 0;
        QTest::newRow("exact action no prefix match")
            << Simulator << "oss:GetObjectAcl" << store << Effect::ImplicitDeny << -1;
        QTest::newRow("empty resource text") << colonCrossing << "oss:GetObject"
                                             << "" << Effect::ImplicitDeny << -1;

        const QByteArray starOnlyAllow =
            "{\"version\":\"1\",\"statement\":["
            "{\"effect\":\"Allow\",\"action\":[\"*\"],\"resource\":[\"*\"]}]}";
        QTest::newRow("star allows empty resource") << starOnlyAllow << "x:y"
                                                    << "" << Effect::Allow << 0;

        const QByteArray manyPatterns = "{\"version\":\"1\",\"statement\":["
                                        "{\"effect\":\"Allow\",\"action\":[\"ecs:*\",\"oss:List*\"]"
                                        ",\"resource\":[\"no\",\"acs:oss:*:*:b\"]}]}";
        QTest::newRow("second action and second resource") << manyPatterns << "oss:ListObjects"
                                                           << "acs:oss:*:*:b" << Effect::Allow << 0;
        QTest::newRow("resource must match too") << manyPatterns << "oss:ListObjects"
                                                 << "acs:oss:*:*:c" << Effect::ImplicitDeny << -1;
    }
    void evaluate()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(Effect, effect);
        QFETCH(int, statement);
        const PolicyDecision decision = evaluatePolicy(policyFrom(policy), action, resource);
        QCOMPARE(decision.effect, effect);
        QCOMPARE(decision.statementIndex, statement);
        QCOMPARE(decision.isAllowed(), effect == Effect::Allow);
        QCOMPARE(decision.action, action);
        QCOMPARE(decision.resource, resource);
        const QString line = decision.explanation();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        switch (effect) {
        case Effect::Allow:
            QVERIFY2(line.startsWith("Allow by statement " + QString::number(statement + 1)),
                     qPrintable(line));
            break;
        case Effect::ExplicitDeny:
            QVERIFY2(line.startsWith("Deny by statement " + QString::number(statement + 1)),
                     qPrintable(line));
            break;
        case Effect::ImplicitDeny:
            QVERIFY2(line.startsWith("implicit deny: no statement matches " + action),
                     qPrintable(line));
            QVERIFY(decision.matchedAction.isEmpty());
            break;
        }
    }

    void explanationNamesPatterns()
    {
        const PolicyDecision allow = evaluatePolicy(policyFrom(Simulator), "oss:GetObject",
                                                    "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg");
        QCOMPARE(allow.explanation(),
                 "Allow by statement 1 (Allow oss:GetObject on "
                 "acs:oss:*:*:deepvision-t-1/poi-1/*)");
        const PolicyDecision implicit =
            evaluatePolicy(policyFrom(Simulator), "oss:DeleteBucket", "acs:oss:*:*:b");
        QCOMPARE(implicit.explanation(),
                 "implicit deny: no statement matches oss:DeleteBucket on acs:oss:*:*:b");
    }

    void explanationCannotBeSplit()
    {
        PolicyDocument policy;
        policy.statements << PolicyStatement{"Allow", {"x\n"}, {"r\r\nforged\x1b[2J"}};
        const PolicyDecision decision =
            evaluatePolicy(policy, "x\n", QString::fromLatin1("r\r\nforged\x1b[2J"));
        QCOMPARE(decision.effect, Effect::Allow);
        const QString line = decision.explanation();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(!line.contains(QLatin1Char('\r')));
        QVERIFY(!line.contains(QChar(0x1b)));
    }

    void pathologicalPatternsStayFast_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        const QString as = QString(20000, QLatin1Char('a'));
        QTest::newRow("*a*a*a*a*b") << "*a*a*a*a*b" << as << false;
        QTest::newRow("many stars") << QString("*a").repeated(200) + "b" << as << false;
        QTest::newRow("many stars match") << QString("*a").repeated(200) + "*" << as << true;
        QTest::newRow("questions and stars")
            << QString("?*").repeated(300) + "b" << QString(5000, QLatin1Char('x')) << false;
    }
    void pathologicalPatternsStayFast()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(wildcardMatch(pattern, text, Qt::CaseInsensitive), expected);
        // A hang guard only, not a benchmark: backtracking regexes take minutes here.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        PolicyDocument policy;
        policy.statements << PolicyStatement{"Allow", {pattern}, {pattern}};
        timer.restart();
        QCOMPARE(evaluatePolicy(policy, text, text).isAllowed(), expected);
        QVERIFY(timer.elapsed() < 5000);
    }

    void broadGrants_data()
    {
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QStringList>("resources");
        QTest::addColumn<QStringList>("mentions"); // one entry per expected warning

        QTest::newRow("narrow") << "Allow" << QStringList{"oss:GetObject"}
                                << QStringList{"acs:oss:*:*:b/*"} << QStringList();
        QTest::newRow("every action") << "Allow" << QStringList{"*"} << QStringList{"b"}
                                      << QStringList{"every action of every service"};
        QTest::newRow("service star")
            << "Allow" << QStringList{"oss:GetObject", "oss:*"} << QStringList{"b"}
            << QStringList{"every action of the oss service"};
        QTest::newRow("resource star") << "allow" << QStringList{"oss:GetObject"}
                                       << QStringList{"*"} << QStringList{"every resource"};
        QTest::newRow("all three")
            << "Allow" << QStringList{"*", "ecs:*"} << QStringList{"*"}
            << QStringList{"every action of every service", "the ecs service", "every resource"};
        QTest::newRow("deny is not a grant")
            << "Deny" << QStringList{"*"} << QStringList{"*"} << QStringList();
        QTest::newRow("prefix wildcard is not service-wide")
            << "Allow" << QStringList{"oss:Get*"} << QStringList{"acs:oss:*"} << QStringList();
        QTest::newRow("star colon star") << "Allow" << QStringList{"*:*"} << QStringList{"b"}
                                         << QStringList{"every action of every service"};
        QTest::newRow("duplicates warned once")
            << "Allow" << QStringList{"*", "*"} << QStringList{"b"}
            << QStringList{"every action of every service"};
    }
    void broadGrants()
    {
        QFETCH(QString, effect);
        QFETCH(QStringList, actions);
        QFETCH(QStringList, resources);
        QFETCH(QStringList, mentions);
        const QStringList warnings =
            broadGrantWarnings(PolicyStatement{effect, actions, resources});
        QCOMPARE(warnings.size(), mentions.size());
        for (int i = 0; i < mentions.size(); ++i)
            QVERIFY2(warnings.at(i).contains(mentions.at(i)), qPrintable(warnings.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEvaluator)
#include "tst_policyevaluator.moc"
