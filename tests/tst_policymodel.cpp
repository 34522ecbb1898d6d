// Tests of PolicyModel and PolicyFilterModel: model invariants, roles, filtering, highlight.
#include "policymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;

using Kind = PolicyModel::NodeKind;

namespace {

PolicyDocument simulatorPolicy()
{
    PolicyDocument policy;
    policy.version = "1";
    policy.statements << PolicyStatement{"Allow",
                                         {"oss:GetObject", "oss:PutObject", "oss:ListObjects"},
                                         {"acs:oss:*:*:deepvision-t-1/poi-1/*"}}
                      << PolicyStatement{
                             "Deny", {"oss:DeleteObject"}, {"acs:oss:*:*:deepvision-t-1/*"}};
    return policy;
}

PolicyDocument broadPolicy()
{
    PolicyDocument policy;
    policy.version = "1";
    policy.statements << PolicyStatement{"allow", {"oss:*", "ecs:DescribeInstances"}, {"*"}}
                      << PolicyStatement{"Deny", {"*"}, {"*"}};
    return policy;
}

PolicyDocument emptyListsPolicy()
{
    PolicyDocument policy;
    policy.version = "1";
    policy.statements << PolicyStatement{"Allow", {}, {}} << PolicyStatement{"Deny", {"a"}, {}}
                      << PolicyStatement{"Permit", {}, {"r"}};
    return policy;
}

PolicyDocument largePolicy(int statements, int items)
{
    PolicyDocument policy;
    policy.version = "1";
    for (int s = 0; s < statements; ++s) {
        PolicyStatement statement;
        statement.effect = s % 3 == 0 ? "Deny" : "Allow";
        for (int i = 0; i < items; ++i) {
            statement.actions << QString("svc%1:Action%2").arg(s).arg(i);
            statement.resources << QString("acs:svc:*:*:bucket-%1/%2/*").arg(s).arg(i);
        }
        policy.statements << statement;
    }
    return policy;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, int row,
                  int column = 0)
{
    return model.index(row, column, parent);
}

// Every leaf text under the proxy, statement by statement: "1:a|b" lines.
QStringList visibleLeaves(const QAbstractItemModel &model)
{
    QStringList out;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex statement = model.index(s, 0);
        QStringList leaves;
        for (int g = 0; g < model.rowCount(statement); ++g) {
            const QModelIndex group = model.index(g, 0, statement);
            for (int i = 0; i < model.rowCount(group); ++i)
                leaves << model.index(i, 0, group).data().toString();
        }
        out << QString::number(statement.data(PolicyModel::StatementIndexRole).toInt() + 1) + ":"
                + leaves.join('|');
    }
    return out;
}

} // namespace

class TestPolicyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester_data()
    {
        QTest::addColumn<PolicyDocument>("policy");
        QTest::newRow("empty") << PolicyDocument();
        QTest::newRow("simulator") << simulatorPolicy();
        QTest::newRow("broad") << broadPolicy();
        QTest::newRow("empty lists") << emptyListsPolicy();
        QTest::newRow("large") << largePolicy(300, 40);
    }
    void modelTester()
    {
        QFETCH(PolicyDocument, policy);
        PolicyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPolicy(policy);
        QCOMPARE(model.rowCount(), policy.statements.size());
        // Resets and highlights run under the tester's eye too.
        model.setHighlightedStatement(int(policy.statements.size()) - 1);
        model.setPolicy(simulatorPolicy());
        model.setHighlightedStatement(1);
        model.setHighlightedStatement(0);
        model.setPolicy(policy);
        model.setPolicy(PolicyDocument());
        QCOMPARE(model.rowCount(), 0);
        model.setPolicy(policy);

        PolicyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setFilterFixedString("Object");
        filter.setFilterFixedString("1/");
        filter.setFilterFixedString("no such thing");
        model.setPolicy(largePolicy(5, 3));
        filter.setFilterFixedString("action1");
        filter.setFilterFixedString(QString());
        model.setPolicy(policy);
    }

    void structureAndText()
    {
        PolicyModel model;
        model.setPolicy(simulatorPolicy());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QString("Statement 1 · Allow"));
        QCOMPARE(model.index(0, PolicyModel::EffectColumn).data().toString(), QString("Allow"));
        QCOMPARE(model.index(1, 0).data().toString(), QString("Statement 2 · Deny"));
        QCOMPARE(model.rowCount(first), 2);
        const QModelIndex actions = child(model, first, 0);
        const QModelIndex resources = child(model, first, 1);
        QCOMPARE(actions.data().toString(), QString("Actions (3)"));
        QCOMPARE(resources.data().toString(), QString("Resources (1)"));
        QCOMPARE(model.rowCount(actions), 3);
        QCOMPARE(child(model, actions, 2).data().toString(), QString("oss:ListObjects"));
        QCOMPARE(child(model, resources, 0).data().toString(),
                 QString("acs:oss:*:*:deepvision-t-1/poi-1/*"));
        QCOMPARE(child(model, actions, 2).parent(), actions);
        QCOMPARE(actions.parent(), first);
        QVERIFY(!first.parent().isValid());
        QCOMPARE(model.rowCount(child(model, actions, 0)), 0);
        QVERIFY(!child(model, actions, 0, PolicyModel::EffectColumn).data().isValid());
        QVERIFY(model.flags(child(model, actions, 0)).testFlag(Qt::ItemNeverHasChildren));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString("Policy"));
        QCOMPARE(model.statementIndex(1), model.index(1, 0));
        QVERIFY(model.roleNames().values().contains("nodeKind"));
    }

    void spokenText()
    {
        // What a screen reader says for each cell: action and resource rows say the effect of
        // their statement too, and no cell of a row is silent (the effect column is empty on
        // screen below a statement).
        PolicyModel model;
        model.setPolicy(simulatorPolicy());
        const auto spoken = [](const QModelIndex &index) {
            return index.data(Qt::AccessibleTextRole).toString();
        };
        const QModelIndex allowActions = child(model, model.index(0, 0), 0);
        const QModelIndex denyActions = child(model, model.index(1, 0), 0);
        QCOMPARE(spoken(child(model, allowActions, 2)), QString("Allow: action oss:ListObjects"));
        QCOMPARE(spoken(child(model, denyActions, 0)), QString("Deny: action oss:DeleteObject"));
        QCOMPARE(spoken(child(model, child(model, model.index(0, 0), 1), 0)),
                 QString("Allow: resource acs:oss:*:*:deepvision-t-1/poi-1/*"));
        QCOMPARE(spoken(child(model, allowActions, 0, PolicyModel::EffectColumn)), QString("Allow"));
        QCOMPARE(spoken(model.index(1, PolicyModel::EffectColumn)), QString("Deny"));
        // A statement's row keeps its display text, which says the effect already.
        QVERIFY(spoken(model.index(0, 0)).isEmpty());
    }

    void roles_data()
    {
        // statement, group (-1: the statement row), item (-1: the group row)
        QTest::addColumn<int>("statement");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("item");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QString>("warning"); // a fragment, or empty for none
        QTest::newRow("allow statement warns") << 0 << -1 << -1 << Kind::Statement << "Allow"
                                               << "oss service";
        QTest::newRow("action group") << 0 << 0 << -1 << Kind::ActionGroup << "Allow"
                                      << "";
        QTest::newRow("resource group") << 0 << 1 << -1 << Kind::ResourceGroup << "Allow"
                                        << "";
        QTest::newRow("broad action") << 0 << 0 << 0 << Kind::Action << "Allow"
                                      << "oss:*";
        QTest::newRow("narrow action") << 0 << 0 << 1 << Kind::Action << "Allow"
                                       << "";
        QTest::newRow("broad resource") << 0 << 1 << 0 << Kind::Resource << "Allow"
                                        << "every resource";
        QTest::newRow("deny statement does not warn") << 1 << -1 << -1 << Kind::Statement << "Deny"
                                                      << "";
        QTest::newRow("deny star action does not warn") << 1 << 0 << 0 << Kind::Action << "Deny"
                                                        << "";
        QTest::newRow("deny star resource does not warn") << 1 << 1 << 0 << Kind::Resource << "Deny"
                                                          << "";
    }
    void roles()
    {
        QFETCH(int, statement);
        QFETCH(int, group);
        QFETCH(int, item);
        QFETCH(Kind, kind);
        QFETCH(QString, effect);
        QFETCH(QString, warning);
        PolicyModel model;
        model.setPolicy(broadPolicy());
        QModelIndex index = model.index(statement, 0);
        if (group >= 0)
            index = model.index(group, 0, index);
        if (item >= 0)
            index = model.index(item, 0, index);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(PolicyModel::NodeKindRole).toInt(), int(kind));
        QCOMPARE(index.data(PolicyModel::StatementIndexRole).toInt(), statement);
        QCOMPARE(index.data(PolicyModel::EffectRole).toString(), effect);
        const QString shown = index.data(PolicyModel::WarningRole).toString();
        if (warning.isEmpty()) {
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
            QVERIFY(!index.data(Qt::ToolTipRole).isValid());
        } else {
            QVERIFY2(shown.contains(warning), qPrintable(shown));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), shown);
        }
    }

    void effectSpelledAnyCase()
    {
        PolicyModel model;
        model.setPolicy(broadPolicy()); // first statement says "allow"
        QCOMPARE(model.index(0, 0).data().toString(), QString("Statement 1 · Allow"));
        model.setPolicy(emptyListsPolicy());
        // An unknown effect is shown as sent, never as Allow.
        QCOMPARE(model.index(2, 0).data(PolicyModel::EffectRole).toString(), QString("Permit"));
        const QModelIndex actions = model.index(0, 0, model.index(0, 0));
        QCOMPARE(actions.data().toString(), QString("Actions (0)"));
        QCOMPARE(model.rowCount(actions), 0);
    }

    void highlight()
    {
        PolicyModel model;
        model.setPolicy(simulatorPolicy());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.highlightedStatement(), -1);
        QCOMPARE(model.index(0, 0).data(PolicyModel::HighlightRole).toBool(), false);
        model.setHighlightedStatement(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, 1));
        QVERIFY(model.index(1, 0).data(PolicyModel::HighlightRole).toBool());
        QVERIFY(model.index(1, 1).data(PolicyModel::HighlightRole).toBool());
        QVERIFY(!model.index(0, 0).data(PolicyModel::HighlightRole).toBool());
        QVERIFY(!model.index(0, 0, model.index(1, 0)).data(PolicyModel::HighlightRole).toBool());
        model.setHighlightedStatement(0);
        QCOMPARE(changed.size(), 3); // the old row and the new one
        QVERIFY(model.index(0, 0).data(PolicyModel::HighlightRole).toBool());
        QVERIFY(!model.index(1, 0).data(PolicyModel::HighlightRole).toBool());
        model.setHighlightedStatement(0);
        QCOMPARE(changed.size(), 3);
        model.setHighlightedStatement(7); // out of range: none
        QCOMPARE(model.highlightedStatement(), -1);
        model.setHighlightedStatement(1);
        model.setPolicy(simulatorPolicy()); // a new document clears it
        QCOMPARE(model.highlightedStatement(), -1);
        QVERIFY(!model.index(1, 0).data(PolicyModel::HighlightRole).toBool());
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows all")
            << ""
            << QStringList{"1:oss:GetObject|oss:PutObject|oss:ListObjects|"
                           "acs:oss:*:*:deepvision-t-1/poi-1/*",
                           "2:oss:DeleteObject|acs:oss:*:*:deepvision-t-1/*"};
        QTest::newRow("one action") << "putobject" << QStringList{"1:oss:PutObject"};
        QTest::newRow("case-insensitive, both statements")
            << "OBJECT"
            << QStringList{"1:oss:GetObject|oss:PutObject|oss:ListObjects", "2:oss:DeleteObject"};
        QTest::newRow("resource only")
            << "poi-1" << QStringList{"1:acs:oss:*:*:deepvision-t-1/poi-1/*"};
        QTest::newRow("actions and resources")
            << "deepvision"
            << QStringList{"1:acs:oss:*:*:deepvision-t-1/poi-1/*", "2:acs:oss:*:*:deepvision-t-1/*"};
        QTest::newRow("regex characters are literal")
            << "*:*"
            << QStringList{"1:acs:oss:*:*:deepvision-t-1/poi-1/*", "2:acs:oss:*:*:deepvision-t-1/*"};
        QTest::newRow("no match") << "ecs:" << QStringList();
        QTest::newRow("statement titles do not match") << "Statement" << QStringList();
        QTest::newRow("group titles do not match") << "Actions" << QStringList();
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        PolicyModel model;
        model.setPolicy(simulatorPolicy());
        PolicyFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(text);
        QCOMPARE(visibleLeaves(proxy), expected);
        // The group titles keep their full counts: they describe the statement, not the view.
        if (!expected.isEmpty() && !text.isEmpty()) {
            const QModelIndex group = proxy.index(0, 0, proxy.index(0, 0));
            QVERIFY(group.data().toString().contains('('));
        }
    }

    void filterFollowsModelChanges()
    {
        PolicyModel model;
        PolicyFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString("delete");
        QCOMPARE(proxy.rowCount(), 0);
        model.setPolicy(simulatorPolicy());
        QCOMPARE(visibleLeaves(proxy), QStringList{"2:oss:DeleteObject"});
        model.setPolicy(broadPolicy());
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString("DESCRIBE");
        QCOMPARE(visibleLeaves(proxy), QStringList{"1:ecs:DescribeInstances"});
        // Roles pass through the proxy.
        const QModelIndex statement = proxy.index(0, 0);
        QCOMPARE(statement.data(PolicyModel::EffectRole).toString(), QString("Allow"));
        QVERIFY(!statement.data(PolicyModel::WarningRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPolicyModel)
#include "tst_policymodel.moc"
