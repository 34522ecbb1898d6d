// PolicyView: the policy tree and JSON, Copy as, and the "Can I…?" check.
#include "policyview.h"

#include "clipboardguard.h"
#include "credentialformatter.h"
#include "effectchipdelegate.h"
#include "jsonhighlighter.h"
#include "jsontext.h"
#include "policyevaluator.h"
#include "policymodel.h"
#include "ui_policyview.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>
#include <QStyle>

#include <optional>

namespace TokenDesk {

QString policyJsonPascal(const PolicyDocument &policy)
{
    // The same layout as policyJson(), so the two copies differ in their keys only.
    QStringList statements;
    for (const PolicyStatement &statement : policy.statements) {
        statements << OrderedJsonObject()
                          .add(QStringLiteral("Effect"), statement.effect)
                          .addStrings(QStringLiteral("Action"), statement.actions)
                          .addStrings(QStringLiteral("Resource"), statement.resources)
                          .toString(2);
    }
    const QString indent(4, QLatin1Char(' '));
    const QString list = statements.isEmpty() ? QStringLiteral("[]")
                                              : QLatin1String("[\n") + indent
            + statements.join(QLatin1String(",\n") + indent) + QLatin1String("\n  ]");
    return OrderedJsonObject()
        .add(QStringLiteral("Version"), policy.version)
        .addRaw(QStringLiteral("Statement"), list)
        .toString();
}

PolicyView::PolicyView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PolicyView>())
    , m_model(new PolicyModel(this))
    , m_filter(new PolicyFilterModel(this))
    , m_copyMenu(new QMenu(this))
{
    m_ui->setupUi(this);

    m_filter->setSourceModel(m_model);
    QTreeView *tree = m_ui->policyTree;
    tree->setModel(m_filter);
    tree->setItemDelegate(new EffectChipDelegate(tree));
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);

    m_ui->policyJsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new JsonHighlighter(m_ui->policyJsonView->document());
    m_highlighter->setPalette(palette());

    m_copySnakeAction = m_copyMenu->addAction(QString());
    m_copySnakeAction->setObjectName(QStringLiteral("copySnakeCaseAction"));
    m_copyPascalAction = m_copyMenu->addAction(QString());
    m_copyPascalAction->setObjectName(QStringLiteral("copyPascalCaseAction"));
    m_ui->copyPolicyButton->setMenu(m_copyMenu);
    connect(m_copySnakeAction, &QAction::triggered, this,
            [this] { copyPolicy(JsonKeys::SnakeCase); });
    connect(m_copyPascalAction, &QAction::triggered, this,
            [this] { copyPolicy(JsonKeys::PascalCase); });

    // Only while focus is inside the view, so it cannot clash with a Find elsewhere in the
    // window; the window can call focusFilter() from its own action.
    auto *find = new QShortcut(QKeySequence(QKeySequence::Find), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &PolicyView::focusFilter);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &PolicyView::applyFilter);
    // Live: evaluating a policy is microseconds, and the answer is what the user came for.
    connect(m_ui->actionEdit, &QLineEdit::textChanged, this, &PolicyView::evaluate);
    connect(m_ui->resourceEdit, &QLineEdit::textChanged, this, &PolicyView::evaluate);

    retranslate();
    clearPolicy();
}

PolicyView::~PolicyView() = default;

void PolicyView::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
}

void PolicyView::setPolicy(const PolicyDocument &policy)
{
    m_model->setPolicy(policy);
    // setPlainText() also drops the undo history, so no older policy lingers in the document.
    m_ui->policyJsonView->setPlainText(policy.isEmpty() ? QString() : policyJson(policy));
    m_ui->policyTree->expandAll();
    updateEnabled();
    evaluate();
}

void PolicyView::clearPolicy()
{
    setPolicy(PolicyDocument());
}

bool PolicyView::hasPolicy() const
{
    return !m_model->policy().isEmpty();
}

PolicyDocument PolicyView::policy() const
{
    return m_model->policy();
}

PolicyModel *PolicyView::model() const
{
    return m_model;
}

void PolicyView::focusFilter()
{
    m_ui->policyTabs->setCurrentWidget(m_ui->treeTab);
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void PolicyView::checkAccess(const QString &action, const QString &resource)
{
    {
        // One evaluation for both fields, not one per field.
        const QSignalBlocker blocker(m_ui->actionEdit);
        m_ui->actionEdit->setText(action);
    }
    m_ui->resourceEdit->setText(resource);
    evaluate();
}

void PolicyView::copyPolicy(JsonKeys keys)
{
    if (!hasPolicy())
        return;
    const PolicyDocument document = m_model->policy();
    const bool snake = keys == JsonKeys::SnakeCase;
    const QString text =
        (snake ? policyJson(document) : policyJsonPascal(document)) + QLatin1Char('\n');
    // A policy is no secret, but it does name the tenant's buckets and paths, and the window
    // keeps one rule for its clipboard: what it copies is cleared again after the guard's
    // delay. Without a guard (the view on its own, a test) the plain clipboard serves.
    if (m_guard)
        m_guard->copy(text);
    else
        QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(snake ? tr("the policy with the API's keys") : tr("the policy with RAM's keys"));
}

void PolicyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        // Every colour here is derived from the palette: a theme switch needs them again.
        m_highlighter->setPalette(palette());
        showDecision();
        break;
    default:
        break;
    }
}

void PolicyView::evaluate()
{
    const QString action = m_ui->actionEdit->text().trimmed();
    const QString resource = m_ui->resourceEdit->text().trimmed();
    if (!hasPolicy() || action.isEmpty() || resource.isEmpty()) {
        m_decision.reset();
        m_model->setHighlightedStatement(-1);
    } else {
        m_decision =
            std::make_unique<PolicyDecision>(evaluatePolicy(m_model->policy(), action, resource));
        m_model->setHighlightedStatement(m_decision->statementIndex);
    }
    showDecision();
    revealHighlighted();
}

void PolicyView::showDecision()
{
    QString text;
    QString tip;
    std::optional<ChipTone> tone; // none: a prompt, not a decision
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
    if (!m_decision) {
        text = hasPolicy() ? tr("Enter an action and a resource to see whether the policy allows "
                                "them.")
                           : tr("No policy to check against.");
    } else {
        tip = m_decision->explanation();
        const QString statement = QString::number(m_decision->statementIndex + 1);
        switch (m_decision->effect) {
        case PolicyDecision::Effect::Allow:
            text = tr("Allowed by statement %1").arg(statement);
            tone = ChipTone::Allow;
            icon = QStyle::SP_DialogApplyButton;
            break;
        case PolicyDecision::Effect::ExplicitDeny:
            text = tr("Denied by statement %1").arg(statement);
            tone = ChipTone::Deny;
            icon = QStyle::SP_DialogCancelButton;
            break;
        case PolicyDecision::Effect::ImplicitDeny:
            text = tr("Not allowed: no statement matches (implicit deny)");
            tone = ChipTone::Deny;
            icon = QStyle::SP_MessageBoxWarning;
            break;
        }
    }
    // The words carry the answer and the icon repeats it; the chip's colour only adds to both.
    m_ui->decisionLabel->setText(text);
    m_ui->decisionLabel->setToolTip(tip);
    m_ui->decisionFrame->setAccessibleDescription(tip);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->decisionIconLabel->setPixmap(
        tone ? style()->standardIcon(icon, nullptr, this).pixmap(size, size) : QPixmap());
    m_ui->decisionIconLabel->setVisible(tone.has_value());

    // A style sheet rather than the palette: it gives the frame rounded corners like the
    // tree's chips. The colours still come from the palette, so it is redone on a theme change.
    QString sheet;
    if (tone) {
        const ChipColors colors = chipColors(*tone, palette());
        sheet = QStringLiteral("#decisionFrame { background-color: %1; border: 1px solid %2; "
                               "border-radius: 4px; } #decisionLabel { color: %3; }")
                    .arg(colors.fill.name(), colors.border.name(), colors.text.name());
    }
    if (m_ui->decisionFrame->styleSheet() != sheet)
        m_ui->decisionFrame->setStyleSheet(sheet);
}

void PolicyView::revealHighlighted()
{
    QTreeView *tree = m_ui->policyTree;
    const int statement = m_model->highlightedStatement();
    const QModelIndex index =
        statement < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->statementIndex(statement));
    if (!index.isValid()) {
        // A selection left over from an earlier answer would point at the wrong statement.
        tree->selectionModel()->clearSelection();
        return;
    }
    tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->scrollTo(index);
}

void PolicyView::applyFilter(const QString &text)
{
    m_filter->setFilterFixedString(text.trimmed());
    // Rows the filter lets back in arrive collapsed.
    m_ui->policyTree->expandAll();
    revealHighlighted();
}

void PolicyView::retranslate()
{
    m_copySnakeAction->setText(tr("snake_case (API)"));
    m_copySnakeAction->setToolTip(tr("The document as the token API sends it"));
    m_copyPascalAction->setText(tr("PascalCase (RAM)"));
    m_copyPascalAction->setToolTip(tr("The document with the keys RAM policies use"));
    showDecision();
}

void PolicyView::updateEnabled()
{
    const bool enabled = hasPolicy();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->filterEdit), static_cast<QWidget *>(m_ui->copyPolicyButton),
          static_cast<QWidget *>(m_ui->actionEdit), static_cast<QWidget *>(m_ui->resourceEdit)})
        widget->setEnabled(enabled);
}

} // namespace TokenDesk
