// PolicyView on the offscreen platform: the tree and its filter, broad-grant warnings, the JSON
// tab and its colours, Copy as, the "Can I…?" panel and its highlight, chip contrast in light
// and dark palettes, Ctrl+F and accessible names. TOKENDESK_TEST_GRAB=1 saves screenshots.
#include "clipboardguard.h"
#include "credentialformatter.h"
#include "effectchipdelegate.h"
#include "jsonhighlighter.h"
#include "policymodel.h"
#include "policyview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

using namespace TokenDesk;

Q_DECLARE_METATYPE(TokenDesk::ChipTone)
Q_DECLARE_METATYPE(TokenDesk::JsonHighlighter::Token)
Q_DECLARE_METATYPE(TokenDesk::PolicyView::JsonKeys)

namespace {

// Statement 1 allows reads and writes under one prefix, statement 2 denies deletes in the
// whole bucket, statement 3 is a broad grant (ecs:* on *).
PolicyDocument samplePolicy()
{
    PolicyDocument policy;
    policy.version = "1";
    policy.statements << PolicyStatement{"Allow",
                                         {"oss:GetObject", "oss:PutObject"},
                                         {"acs:oss:*:*:deepvision-t-1/poi-1/*"}}
                      << PolicyStatement{"Deny",
                                         {"oss:DeleteObject"},
                                         {"acs:oss:*:*:deepvision-t-1/*"}}
                      << PolicyStatement{"Allow", {"ecs:*"}, {"*"}};
    return policy;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// What a dark desktop theme hands an application, by hand so the test needs no theme.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette paletteNamed(const QByteArray &name)
{
    return name == "dark" ? darkPalette() : lightPalette();
}

// initStyleOption() is protected; the test reads what the delegate would paint with.
class DelegateProbe : public EffectChipDelegate
{
public:
    using EffectChipDelegate::initStyleOption;
};

} // namespace

class TestPolicyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsStatementsExpanded();
    void filterNarrows_data();
    void filterNarrows();
    void broadGrantWarnings();
    void jsonTabShowsHighlightedDocument();
    void highlighterTokens_data();
    void highlighterTokens();
    void copyAs_data();
    void copyAs();
    void copyGoesThroughTheGuardWhenSet();
    void nothingToCopyOrCheckWithoutPolicy();
    void canI_data();
    void canI();
    void highlightSurvivesTheFilter();
    void newPolicyReevaluates();
    void contrastRatio_data();
    void contrastRatio();
    void readableOnReachesTheMinimum_data();
    void readableOnReachesTheMinimum();
    void chipContrast_data();
    void chipContrast();
    void jsonColoursReadInBothPalettes_data();
    void jsonColoursReadInBothPalettes();
    void paletteChangeRecolours();
    void ctrlFFocusesTheFilter();
    void accessibleNamesAndObjectNames();
    void grab();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QTreeView *tree() const { return child<QTreeView>("policyTree"); }
    QString decisionText() const { return child<QLabel>("decisionLabel")->text(); }
    // Statement numbers (0-based) of the rows the tree shows.
    QList<int> shownStatements() const;
    QModelIndex shownStatement(int statement) const;

    std::unique_ptr<PolicyView> m_view;
};

void TestPolicyView::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(lightPalette());
}

void TestPolicyView::init()
{
    QGuiApplication::clipboard()->clear();
    m_view = std::make_unique<PolicyView>();
    m_view->resize(720, 560);
    m_view->setPolicy(samplePolicy());
}

void TestPolicyView::cleanup()
{
    m_view.reset();
}

QList<int> TestPolicyView::shownStatements() const
{
    QList<int> statements;
    const QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        statements << model->index(row, 0).data(PolicyModel::StatementIndexRole).toInt();
    return statements;
}

QModelIndex TestPolicyView::shownStatement(int statement) const
{
    const QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PolicyModel::StatementIndexRole).toInt() == statement)
            return index;
    }
    return {};
}

void TestPolicyView::treeShowsStatementsExpanded()
{
    QCOMPARE(shownStatements(), QList<int>({0, 1, 2}));
    QVERIFY(qobject_cast<EffectChipDelegate *>(tree()->itemDelegate()));
    const QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex statement = model->index(row, 0);
        QVERIFY(tree()->isExpanded(statement));
        QCOMPARE(model->rowCount(statement), 2);
        QVERIFY(tree()->isExpanded(model->index(0, 0, statement)));
        QVERIFY(tree()->isExpanded(model->index(1, 0, statement)));
    }
    QCOMPARE(model->index(0, PolicyModel::EffectColumn).data().toString(), "Allow");
    QCOMPARE(model->index(1, PolicyModel::EffectColumn).data().toString(), "Deny");
    QCOMPARE(tree()->header()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    QCOMPARE(m_view->policy(), samplePolicy());
    QVERIFY(m_view->hasPolicy());
}

void TestPolicyView::filterNarrows_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<int>>("statements");
    QTest::addColumn<QStringList>("firstStatementPatterns");

    QTest::newRow("Delete") << "Delete" << QList<int>{1} << QStringList{"oss:DeleteObject"};
    QTest::newRow("case-insensitive")
        << "getobject" << QList<int>{0} << QStringList{"oss:GetObject"};
    QTest::newRow("service") << "ecs" << QList<int>{2} << QStringList{"ecs:*"};
    QTest::newRow("resource") << "poi-1" << QList<int>{0}
                              << QStringList{"acs:oss:*:*:deepvision-t-1/poi-1/*"};
    QTest::newRow("action and resource")
        << "oss" << QList<int>{0, 1}
        << QStringList{"oss:GetObject", "oss:PutObject", "acs:oss:*:*:deepvision-t-1/poi-1/*"};
    QTest::newRow("nothing") << "rds:" << QList<int>{} << QStringList{};
    QTest::newRow("group names do not match") << "Actions" << QList<int>{} << QStringList{};
}

void TestPolicyView::filterNarrows()
{
    QFETCH(QString, filter);
    QFETCH(QList<int>, statements);
    QFETCH(QStringList, firstStatementPatterns);

    QTest::keyClicks(child<QLineEdit>("filterEdit"), filter);
    QCOMPARE(shownStatements(), statements);
    if (!statements.isEmpty()) {
        // Under the statement only the matching patterns remain, expanded.
        const QAbstractItemModel *model = tree()->model();
        const QModelIndex statement = model->index(0, 0);
        QStringList patterns;
        for (int group = 0; group < model->rowCount(statement); ++group) {
            const QModelIndex groupIndex = model->index(group, 0, statement);
            QVERIFY(tree()->isExpanded(groupIndex));
            for (int row = 0; row < model->rowCount(groupIndex); ++row)
                patterns << model->index(row, 0, groupIndex).data().toString();
        }
        QCOMPARE(patterns, firstStatementPatterns);
    }

    child<QLineEdit>("filterEdit")->clear();
    QCOMPARE(shownStatements(), QList<int>({0, 1, 2}));
    QVERIFY(tree()->isExpanded(tree()->model()->index(1, 0)));
}

void TestPolicyView::broadGrantWarnings()
{
    const QAbstractItemModel *model = tree()->model();
    const QModelIndex broad = shownStatement(2);
    const QString warning = broad.data(PolicyModel::WarningRole).toString();
    QVERIFY2(warning.contains("ecs"), qPrintable(warning));
    QCOMPARE(broad.data(Qt::ToolTipRole).toString(), warning);
    const QModelIndex action = model->index(0, 0, model->index(0, 0, broad));
    const QModelIndex resource = model->index(0, 0, model->index(1, 0, broad));
    QCOMPARE(action.data().toString(), "ecs:*");
    QVERIFY(!action.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(resource.data().toString(), "*");
    QVERIFY(!resource.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(shownStatement(0).data(PolicyModel::WarningRole).toString().isEmpty());
    QVERIFY(shownStatement(1).data(Qt::ToolTipRole).isNull());

    // The delegate adds the warning icon to exactly those items.
    DelegateProbe probe;
    for (const QModelIndex &index : {broad, action, resource, shownStatement(0)}) {
        QStyleOptionViewItem option;
        option.initFrom(tree());
        probe.initStyleOption(&option, index);
        const bool warned = !index.data(PolicyModel::WarningRole).toString().isEmpty();
        QCOMPARE(bool(option.features & QStyleOptionViewItem::HasDecoration), warned);
        QCOMPARE(!option.icon.isNull(), warned);
    }
}

void TestPolicyView::jsonTabShowsHighlightedDocument()
{
    auto *json = child<QPlainTextEdit>("policyJsonView");
    QVERIFY(json->isReadOnly());
    QCOMPARE(json->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(json->toPlainText(), policyJson(samplePolicy()));
    QVERIFY(json->toPlainText().contains("\n  \"statement\": [\n    {\n"));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json->toPlainText().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value("statement").toArray().size(), 3);

    QVERIFY(!json->document()->firstBlock().layout()->formats().isEmpty());
    // The `"version"` line: key, colon, string, comma all coloured.
    const QTextBlock version = json->document()->findBlockByNumber(1);
    QCOMPARE(version.text(), "  \"version\": \"1\",");
    QCOMPARE(version.layout()->formats().size(), 4);
}

void TestPolicyView::highlighterTokens_data()
{
    using Token = JsonHighlighter::Token;
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<JsonHighlighter::Token>("token");

    QTest::newRow("key") << "  \"effect\": \"Allow\","
                         << "\"effect\"" << Token::Key;
    QTest::newRow("string") << "  \"effect\": \"Allow\","
                            << "\"Allow\"" << Token::String;
    QTest::newRow("colon") << "  \"effect\": \"Allow\","
                           << ":" << Token::Punctuation;
    QTest::newRow("key before spaces") << "{\"a\"  : 1}"
                                       << "\"a\"" << Token::Key;
    QTest::newRow("escaped quote") << "[\"say \\\"hi\\\"\", 2]"
                                   << "\"say \\\"hi\\\"\"" << Token::String;
    QTest::newRow("string in list") << "\"action\": [\"oss:Get\", \"oss:Put\"]"
                                    << "\"oss:Put\"" << Token::String;
    QTest::newRow("bracket") << "\"action\": [\"oss:Get\"]"
                             << "[" << Token::Punctuation;
    QTest::newRow("number") << "{\"n\": -1.5e3}"
                            << "-1.5e3" << Token::Number;
    QTest::newRow("true") << "{\"b\": true}"
                          << "true" << Token::Literal;
    QTest::newRow("null") << "[null]"
                          << "null" << Token::Literal;
    QTest::newRow("brace") << "{\"a\": 1}"
                           << "}" << Token::Punctuation;
}

void TestPolicyView::highlighterTokens()
{
    QFETCH(QString, line);
    QFETCH(QString, fragment);
    QFETCH(JsonHighlighter::Token, token);

    QTextDocument document;
    JsonHighlighter highlighter(&document);
    document.setPlainText(line);
    // A document without a layout (no view) reports no changes; a view's always has one.
    highlighter.rehighlight();
    const int start = int(line.lastIndexOf(fragment));
    QVERIFY(start >= 0);
    const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
    const auto covering = std::find_if(formats.begin(), formats.end(), [&](const auto &range) {
        return range.start == start && range.length == fragment.size();
    });
    QVERIFY2(covering != formats.end(), qPrintable(fragment));
    QCOMPARE(covering->format.foreground(), highlighter.tokenFormat(token).foreground());
}

void TestPolicyView::copyAs_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QStringList>("documentKeys"); // in order
    QTest::addColumn<QStringList>("statementKeys");

    QTest::newRow("snake_case (API)")
        << "copySnakeCaseAction" << QStringList{"version", "statement"}
        << QStringList{"effect", "action", "resource"};
    QTest::newRow("PascalCase (RAM)")
        << "copyPascalCaseAction" << QStringList{"Version", "Statement"}
        << QStringList{"Effect", "Action", "Resource"};
}

void TestPolicyView::copyAs()
{
    QFETCH(QString, actionName);
    QFETCH(QStringList, documentKeys);
    QFETCH(QStringList, statementKeys);

    auto *button = child<QToolButton>("copyPolicyButton");
    QVERIFY(button->menu());
    auto *action = button->menu()->findChild<QAction *>(actionName);
    QVERIFY(action);
    QVERIFY(button->menu()->actions().contains(action));
    QSignalSpy copied(m_view.get(), &PolicyView::copied);
    action->trigger();
    QCOMPARE(copied.size(), 1);

    const QString text = QGuiApplication::clipboard()->text();
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.keys().size(), 2);
    QCOMPARE(document.value(documentKeys[0]).toString(), "1");
    const QJsonArray statements = document.value(documentKeys[1]).toArray();
    QCOMPARE(statements.size(), 3);
    const QJsonObject deny = statements.at(1).toObject();
    QCOMPARE(deny.keys().size(), 3);
    QCOMPARE(deny.value(statementKeys[0]).toString(), "Deny");
    QCOMPARE(deny.value(statementKeys[1]).toArray(), QJsonArray{"oss:DeleteObject"});
    QCOMPARE(deny.value(statementKeys[2]).toArray(), QJsonArray{"acs:oss:*:*:deepvision-t-1/*"});
    QCOMPARE(statements.at(0).toObject().value(statementKeys[1]).toArray(),
             QJsonArray({"oss:GetObject", "oss:PutObject"}));

    // QJsonDocument sorts keys; the text keeps the document's order, pretty-printed.
    qsizetype previous = -1;
    for (const QString &key : documentKeys + statementKeys) {
        const qsizetype at = text.indexOf('"' + key + '"');
        QVERIFY2(at > previous, qPrintable(key));
        previous = at;
    }
    QVERIFY(text.startsWith("{\n  \""));
    QVERIFY(text.endsWith("}\n"));
}

void TestPolicyView::copyGoesThroughTheGuardWhenSet()
{
    ClipboardGuard guard;
    m_view->setClipboardGuard(&guard);
    QSignalSpy guarded(&guard, &ClipboardGuard::copied);
    m_view->copyPolicy(PolicyView::JsonKeys::PascalCase);
    QCOMPARE(guarded.size(), 1);
    QVERIFY(guard.ownsClipboard());
    QCOMPARE(QGuiApplication::clipboard()->text(), policyJsonPascal(samplePolicy()) + '\n');
    m_view->setClipboardGuard(nullptr);
}

void TestPolicyView::nothingToCopyOrCheckWithoutPolicy()
{
    m_view->checkAccess("oss:GetObject", "acs:oss:*:*:deepvision-t-1/poi-1/a");
    QCOMPARE(m_view->model()->highlightedStatement(), 0);

    m_view->clearPolicy();
    QVERIFY(!m_view->hasPolicy());
    QCOMPARE(tree()->model()->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("policyJsonView")->toPlainText().isEmpty());
    QVERIFY(!child<QToolButton>("copyPolicyButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("actionEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>("filterEdit")->isEnabled());
    QCOMPARE(decisionText(), "No policy to check against.");
    QCOMPARE(m_view->model()->highlightedStatement(), -1);

    QSignalSpy copied(m_view.get(), &PolicyView::copied);
    m_view->copyPolicy(PolicyView::JsonKeys::SnakeCase);
    QCOMPARE(copied.size(), 0);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // The question typed before is answered again for the next policy.
    m_view->setPolicy(samplePolicy());
    QCOMPARE(decisionText(), "Allowed by statement 1");
}

void TestPolicyView::canI_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("statement"); // 0-based; -1 none highlighted

    const QString prompt = "Enter an action and a resource to see whether the policy allows them.";
    const QString implicit = "Not allowed: no statement matches (implicit deny)";
    QTest::newRow("allow") << "oss:GetObject"
                           << "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg"
                           << "Allowed by statement 1" << 0;
    QTest::newRow("allow, second action") << "oss:PutObject"
                                          << "acs:oss:*:*:deepvision-t-1/poi-1/b/c.jpg"
                                          << "Allowed by statement 1" << 0;
    QTest::newRow("action case-insensitive") << "OSS:getobject"
                                             << "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg"
                                             << "Allowed by statement 1" << 0;
    QTest::newRow("input trimmed") << "  oss:GetObject "
                                   << " acs:oss:*:*:deepvision-t-1/poi-1/a"
                                   << "Allowed by statement 1" << 0;
    QTest::newRow("deny wins over allow") << "oss:DeleteObject"
                                          << "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg"
                                          << "Denied by statement 2" << 1;
    QTest::newRow("deny elsewhere in bucket") << "oss:DeleteObject"
                                              << "acs:oss:*:*:deepvision-t-1/other"
                                              << "Denied by statement 2" << 1;
    QTest::newRow("broad grant") << "ecs:DescribeInstances"
                                 << "acs:ecs:cn-shanghai:1:instance/i-1"
                                 << "Allowed by statement 3" << 2;
    QTest::newRow("implicit: other prefix")
        << "oss:GetObject"
        << "acs:oss:*:*:deepvision-t-1/poi-2/a.jpg" << implicit << -1;
    QTest::newRow("implicit: resource case-sensitive")
        << "oss:GetObject"
        << "acs:oss:*:*:DeepVision-t-1/poi-1/a.jpg" << implicit << -1;
    QTest::newRow("implicit: other service") << "ram:CreateUser"
                                             << "acs:ram:*:1:user/x" << implicit << -1;
    QTest::newRow("no resource yet") << "oss:GetObject"
                                     << "" << prompt << -1;
    QTest::newRow("no action yet") << ""
                                   << "acs:oss:*:*:deepvision-t-1/poi-1/a" << prompt << -1;
    QTest::newRow("blank") << "   "
                           << "  " << prompt << -1;
}

void TestPolicyView::canI()
{
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QString, decision);
    QFETCH(int, statement);

    // A previous answer first, so a stale highlight or selection would show.
    m_view->checkAccess("oss:DeleteObject", "acs:oss:*:*:deepvision-t-1/x");
    QCOMPARE(m_view->model()->highlightedStatement(), 1);
    child<QLineEdit>("actionEdit")->clear();
    child<QLineEdit>("resourceEdit")->clear();

    // Typed, as a user would: the answer follows every key.
    QTest::keyClicks(child<QLineEdit>("actionEdit"), action);
    QTest::keyClicks(child<QLineEdit>("resourceEdit"), resource);
    QCOMPARE(decisionText(), decision);

    PolicyModel *model = m_view->model();
    QCOMPARE(model->highlightedStatement(), statement);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->statementIndex(row).data(PolicyModel::HighlightRole).toBool(),
                 row == statement);
    }
    const QModelIndexList selected = tree()->selectionModel()->selectedRows();
    auto *icon = child<QLabel>("decisionIconLabel");
    if (statement < 0) {
        QVERIFY(selected.isEmpty());
    } else {
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(PolicyModel::StatementIndexRole).toInt(), statement);
        QCOMPARE(tree()->currentIndex().row(), selected.first().row());
        QVERIFY(child<QLabel>("decisionLabel")->toolTip().contains(QString::number(statement + 1)));
    }
    // The words are the answer; the icon repeats it whenever there is one.
    QCOMPARE(icon->isVisibleTo(m_view.get()),
             decision
                 != QStringLiteral(
                     "Enter an action and a resource to see whether the policy allows them."));
}

void TestPolicyView::highlightSurvivesTheFilter()
{
    m_view->checkAccess("oss:DeleteObject", "acs:oss:*:*:deepvision-t-1/x");
    QTest::keyClicks(child<QLineEdit>("filterEdit"), "GetObject");
    QCOMPARE(shownStatements(), QList<int>{0});
    QVERIFY(tree()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(m_view->model()->highlightedStatement(), 1);

    child<QLineEdit>("filterEdit")->clear();
    const QModelIndexList selected = tree()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(PolicyModel::StatementIndexRole).toInt(), 1);
    QVERIFY(selected.first().data(PolicyModel::HighlightRole).toBool());
}

void TestPolicyView::newPolicyReevaluates()
{
    m_view->checkAccess("oss:DeleteObject", "acs:oss:*:*:deepvision-t-1/x");
    QCOMPARE(decisionText(), "Denied by statement 2");
    PolicyDocument other = samplePolicy();
    other.statements.removeAt(1);
    m_view->setPolicy(other);
    QCOMPARE(decisionText(), "Not allowed: no statement matches (implicit deny)");
    QCOMPARE(m_view->model()->highlightedStatement(), -1);
    QCOMPARE(child<QPlainTextEdit>("policyJsonView")->toPlainText(), policyJson(other));
}

void TestPolicyView::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");

    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same") << QColor(0x33, 0x66, 0x99) << QColor(0x33, 0x66, 0x99) << 1.0;
    // Reference values from the WCAG contrast checker.
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
    QTest::newRow("blue on black") << QColor(Qt::blue) << QColor(Qt::black) << 2.44;
}

void TestPolicyView::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(TokenDesk::contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QString::number(TokenDesk::contrastRatio(a, b))));
    QCOMPARE(TokenDesk::contrastRatio(a, b), TokenDesk::contrastRatio(b, a));
    QCOMPARE(relativeLuminance(Qt::white), 1.0);
    QCOMPARE(relativeLuminance(Qt::black), 0.0);
}

void TestPolicyView::readableOnReachesTheMinimum_data()
{
    QTest::addColumn<QColor>("preferred");
    QTest::addColumn<QColor>("background");

    QTest::newRow("yellow on white") << QColor(Qt::yellow) << QColor(Qt::white);
    QTest::newRow("navy on black") << QColor(0, 0, 0x80) << QColor(Qt::black);
    QTest::newRow("grey on mid grey") << QColor(0x80, 0x80, 0x80) << QColor(0x77, 0x77, 0x77);
    QTest::newRow("green on pale green") << QColor(0x2e, 0x9e, 0x4f) << QColor(0xd5, 0xee, 0xdc);
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white);
}

void TestPolicyView::readableOnReachesTheMinimum()
{
    QFETCH(QColor, preferred);
    QFETCH(QColor, background);
    const QColor readable = readableOn(preferred, background);
    QVERIFY2(TokenDesk::contrastRatio(readable, background) >= 4.5, qPrintable(readable.name()));
    if (TokenDesk::contrastRatio(preferred, background) >= 4.5)
        QCOMPARE(readable, preferred);
}

void TestPolicyView::chipContrast_data()
{
    QTest::addColumn<QByteArray>("palette");
    QTest::addColumn<ChipTone>("tone");

    for (const char *palette : {"light", "dark"}) {
        QTest::addRow("%s Allow", palette) << QByteArray(palette) << ChipTone::Allow;
        QTest::addRow("%s Deny", palette) << QByteArray(palette) << ChipTone::Deny;
        QTest::addRow("%s unknown", palette) << QByteArray(palette) << ChipTone::Neutral;
    }
}

void TestPolicyView::chipContrast()
{
    QFETCH(QByteArray, palette);
    QFETCH(ChipTone, tone);
    const QPalette colours = paletteNamed(palette);
    const ChipColors chip = chipColors(tone, colours);
    const double ratio = TokenDesk::contrastRatio(chip.text, chip.fill);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    // The chip is a tint of the view, not a hole in it: lighter than text on light, and so on.
    QVERIFY(chip.fill != colours.color(QPalette::Base));
    QVERIFY(TokenDesk::contrastRatio(chip.fill, colours.color(QPalette::Base)) < 2.0);
    // Allow and Deny differ in hue, not only in the word.
    if (tone != ChipTone::Neutral) {
        const ChipTone other = tone == ChipTone::Allow ? ChipTone::Deny : ChipTone::Allow;
        QVERIFY(chipColors(other, colours).fill != chip.fill);
    }
    QCOMPARE(chipToneForEffect(u"allow"), ChipTone::Allow);
    QCOMPARE(chipToneForEffect(u"DENY"), ChipTone::Deny);
    QCOMPARE(chipToneForEffect(u"Permit"), ChipTone::Neutral);
}

void TestPolicyView::jsonColoursReadInBothPalettes_data()
{
    QTest::addColumn<QByteArray>("palette");
    QTest::newRow("light") << QByteArray("light");
    QTest::newRow("dark") << QByteArray("dark");
}

void TestPolicyView::jsonColoursReadInBothPalettes()
{
    QFETCH(QByteArray, palette);
    using Token = JsonHighlighter::Token;
    const QPalette colours = paletteNamed(palette);
    QTextDocument document;
    JsonHighlighter highlighter(&document);
    highlighter.setPalette(colours);
    QSet<QRgb> distinct;
    for (const Token token :
         {Token::Key, Token::String, Token::Number, Token::Literal, Token::Punctuation}) {
        const QColor colour = highlighter.tokenFormat(token).foreground().color();
        const double ratio = TokenDesk::contrastRatio(colour, colours.color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(colour.name() + ' ' + QString::number(ratio)));
        distinct.insert(colour.rgb());
    }
    QCOMPARE(distinct.size(), 5);
}

void TestPolicyView::paletteChangeRecolours()
{
    m_view->checkAccess("oss:GetObject", "acs:oss:*:*:deepvision-t-1/poi-1/a");
    auto *frame = child<QFrame>("decisionFrame");
    const QString lightSheet = frame->styleSheet();
    QVERIFY(lightSheet.contains(chipColors(ChipTone::Allow, lightPalette()).fill.name()));

    m_view->setPalette(darkPalette());
    const QString darkSheet = frame->styleSheet();
    QVERIFY(darkSheet.contains(chipColors(ChipTone::Allow, darkPalette()).fill.name()));
    QVERIFY(darkSheet != lightSheet);

    // The JSON view's key colour now reads on the dark base.
    auto *json = child<QPlainTextEdit>("policyJsonView");
    const QTextBlock version = json->document()->findBlockByNumber(1);
    const QColor key = version.layout()->formats().first().format.foreground().color();
    QVERIFY(TokenDesk::contrastRatio(key, darkPalette().color(QPalette::Base)) >= 4.5);
}

void TestPolicyView::ctrlFFocusesTheFilter()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    auto *tabs = child<QTabWidget>("policyTabs");
    tabs->setCurrentWidget(child<QWidget>("jsonTab"));
    auto *action = child<QLineEdit>("actionEdit");
    action->setFocus();
    QTRY_VERIFY(action->hasFocus());
    QTest::keyClick(action, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>("treeTab"));
    QTRY_VERIFY(child<QLineEdit>("filterEdit")->hasFocus());
}

void TestPolicyView::accessibleNamesAndObjectNames()
{
    const auto named = [](const QWidget *widget) {
        return !widget->accessibleName().isEmpty() ? QString() : widget->objectName();
    };
    QStringList missing;
    for (const QWidget *widget : m_view->findChildren<QWidget *>()) {
        const bool control = qobject_cast<const QAbstractButton *>(widget)
            || qobject_cast<const QLineEdit *>(widget)
            || qobject_cast<const QAbstractItemView *>(widget)
            || qobject_cast<const QPlainTextEdit *>(widget)
            || qobject_cast<const QTabWidget *>(widget) || qobject_cast<const QGroupBox *>(widget);
        // Qt's own parts (the line edits' clear buttons, the tab bar's scroll arrows) are named
        // by Qt.
        if (!control || widget->objectName().isEmpty() || widget->objectName().startsWith("qt_"))
            continue;
        if (!named(widget).isEmpty())
            missing << named(widget);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));

    const QStringList expected = {"policyTabs",     "filterEdit",       "policyTree",
                                  "policyJsonView", "copyPolicyButton", "canIGroup",
                                  "actionEdit",     "resourceEdit",     "decisionLabel"};
    for (const QString &name : expected)
        QVERIFY2(m_view->findChild<QWidget *>(name), qPrintable(name));
    QCOMPARE(child<QLineEdit>("filterEdit")->placeholderText(), "Filter by action or resource");
    QVERIFY(child<QLineEdit>("filterEdit")->isClearButtonEnabled());
}

void TestPolicyView::grab()
{
    if (!qEnvironmentVariableIsSet("TOKENDESK_TEST_GRAB"))
        QSKIP("set TOKENDESK_TEST_GRAB=1 to save /tmp/policyview-*.png");
    m_view->resize(760, 620);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->checkAccess("oss:DeleteObject", "acs:oss:*:*:deepvision-t-1/poi-1/a.jpg");
    auto *tabs = child<QTabWidget>("policyTabs");
    // A new decision's text resizes its chip through a posted layout request; a user sees the
    // next paint, a grab needs it delivered first.
    const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
    const auto save = [&](const char *name) {
        settle();
        tabs->setCurrentIndex(0);
        QVERIFY(m_view->grab().save(QString("/tmp/policyview-%1.png").arg(name)));
        tabs->setCurrentIndex(1);
        QVERIFY(m_view->grab().save(QString("/tmp/policyview-%1-json.png").arg(name)));
    };
    save("light");
    // The highlight on its own, without the selection over it.
    tabs->setCurrentIndex(0);
    tree()->selectionModel()->clearSelection();
    QVERIFY(m_view->grab().save("/tmp/policyview-light-unselected.png"));
    m_view->setPalette(darkPalette());
    save("dark");
    m_view->checkAccess("ram:CreateUser", "acs:ram:*:1:user/x");
    tabs->setCurrentIndex(0);
    settle();
    QVERIFY(m_view->grab().save("/tmp/policyview-dark-implicit.png"));
}

QTEST_MAIN(TestPolicyView)
#include "tst_policyview.moc"
