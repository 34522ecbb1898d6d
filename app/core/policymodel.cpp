// PolicyModel and its filter. Nodes are not allocated: an index's internal id names its parent.
#include "policymodel.h"

#include "policyevaluator.h"

#include <QRegularExpression>

namespace TokenDesk {

namespace {

// internalId layout: 0 for a statement row; ((statement + 1) << 2) | tag for everything below,
// where tag 0 marks a group row (its row says which group) and tag 1/2 an action/resource row.
// Ids only depend on positions in the document, so they are stable across data() calls.
constexpr quintptr TagGroup = 0;
constexpr quintptr TagAction = 1;
constexpr quintptr TagResource = 2;
constexpr quintptr TagMask = 3;
constexpr int ActionGroupRow = 0;
constexpr int ResourceGroupRow = 1;

quintptr idFor(int statement, quintptr tag)
{
    return (static_cast<quintptr>(statement + 1) << 2) | tag;
}

int statementOf(quintptr id)
{
    return static_cast<int>((id >> 2) - 1);
}

QString displayEffect(const QString &effect)
{
    if (isAllowEffect(effect))
        return QStringLiteral("Allow");
    if (isDenyEffect(effect))
        return QStringLiteral("Deny");
    return effect;
}

} // namespace

PolicyModel::PolicyModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PolicyModel::setPolicy(const PolicyDocument &policy)
{
    beginResetModel();
    m_policy = policy;
    m_highlighted = -1;
    endResetModel();
}

void PolicyModel::setHighlightedStatement(int statementIndex)
{
    if (statementIndex < -1 || statementIndex >= m_policy.statements.size())
        statementIndex = -1;
    if (statementIndex == m_highlighted)
        return;
    const int previous = m_highlighted;
    m_highlighted = statementIndex;
    for (const int row : {previous, statementIndex}) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {HighlightRole});
        }
    }
}

QModelIndex PolicyModel::statementIndex(int statement) const
{
    return index(statement, TextColumn);
}

PolicyModel::Node PolicyModel::nodeFor(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return {NodeKind::Statement, index.row(), -1};
    const int statement = statementOf(id);
    switch (id & TagMask) {
    case TagGroup:
        return {index.row() == ActionGroupRow ? NodeKind::ActionGroup : NodeKind::ResourceGroup,
                statement, index.row()};
    case TagAction:
        return {NodeKind::Action, statement, index.row()};
    default:
        return {NodeKind::Resource, statement, index.row()};
    }
}

QModelIndex PolicyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node node = nodeFor(parent);
    switch (node.kind) {
    case NodeKind::Statement:
        return createIndex(row, column, idFor(node.statement, TagGroup));
    case NodeKind::ActionGroup:
        return createIndex(row, column, idFor(node.statement, TagAction));
    case NodeKind::ResourceGroup:
        return createIndex(row, column, idFor(node.statement, TagResource));
    case NodeKind::Action:
    case NodeKind::Resource:
        break;
    }
    return {};
}

QModelIndex PolicyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    const int statement = statementOf(id);
    switch (id & TagMask) {
    case TagGroup:
        return createIndex(statement, 0, quintptr(0));
    case TagAction:
        return createIndex(ActionGroupRow, 0, idFor(statement, TagGroup));
    default:
        return createIndex(ResourceGroupRow, 0, idFor(statement, TagGroup));
    }
}

int PolicyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_policy.statements.size());
    if (parent.column() != 0)
        return 0;
    const Node node = nodeFor(parent);
    switch (node.kind) {
    case NodeKind::Statement:
        return 2;
    case NodeKind::ActionGroup:
        return static_cast<int>(m_policy.statements.at(node.statement).actions.size());
    case NodeKind::ResourceGroup:
        return static_cast<int>(m_policy.statements.at(node.statement).resources.size());
    case NodeKind::Action:
    case NodeKind::Resource:
        break;
    }
    return 0;
}

int PolicyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PolicyModel::warningFor(const Node &node) const
{
    const PolicyStatement &statement = m_policy.statements.at(node.statement);
    switch (node.kind) {
    case NodeKind::Statement:
        return broadGrantWarnings(statement).join(QLatin1Char('\n'));
    case NodeKind::Action:
        return isAllowEffect(statement.effect) ? broadActionWarning(statement.actions.at(node.item))
                                               : QString();
    case NodeKind::Resource:
        return isAllowEffect(statement.effect)
            ? broadResourceWarning(statement.resources.at(node.item))
            : QString();
    case NodeKind::ActionGroup:
    case NodeKind::ResourceGroup:
        break;
    }
    return {};
}

QVariant PolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node node = nodeFor(index);
    const PolicyStatement &statement = m_policy.statements.at(node.statement);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == EffectColumn)
            return node.kind == NodeKind::Statement ? QVariant(displayEffect(statement.effect))
                                                    : QVariant();
        switch (node.kind) {
        case NodeKind::Statement:
            return tr("Statement %1 · %2")
                .arg(QString::number(node.statement + 1), displayEffect(statement.effect));
        case NodeKind::ActionGroup:
            return tr("Actions (%1)").arg(statement.actions.size());
        case NodeKind::ResourceGroup:
            return tr("Resources (%1)").arg(statement.resources.size());
        case NodeKind::Action:
            return statement.actions.at(node.item);
        case NodeKind::Resource:
            return statement.resources.at(node.item);
        }
        return {};
    case Qt::AccessibleTextRole: {
        // What a screen reader says for a row's cells: every cell of an action or resource row
        // says the statement's effect too, since the chip that shows it is on the statement's
        // row only. The chip shows the policy's own value (Allow); the voice says it in the
        // user's language.
        const QString effect = isAllowEffect(statement.effect) ? tr("Allow")
            : isDenyEffect(statement.effect)                   ? tr("Deny")
                                                               : statement.effect;
        if (index.column() == EffectColumn)
            return effect;
        switch (node.kind) {
        case NodeKind::Action:
            return tr("%1: action %2").arg(effect, statement.actions.at(node.item));
        case NodeKind::Resource:
            return tr("%1: resource %2").arg(effect, statement.resources.at(node.item));
        case NodeKind::Statement:
        case NodeKind::ActionGroup:
        case NodeKind::ResourceGroup:
            break;
        }
        return {}; // the display text
    }
    case Qt::ToolTipRole: {
        const QString warning = warningFor(node);
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    }
    case EffectRole:
        return displayEffect(statement.effect);
    case NodeKindRole:
        return static_cast<int>(node.kind);
    case StatementIndexRole:
        return node.statement;
    case WarningRole:
        return warningFor(node);
    case HighlightRole:
        return node.kind == NodeKind::Statement && node.statement == m_highlighted;
    default:
        return {};
    }
}

QVariant PolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Policy");
    case EffectColumn:
        return tr("Effect");
    default:
        return {};
    }
}

Qt::ItemFlags PolicyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowCount(index) == 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QHash<int, QByteArray> PolicyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EffectRole, QByteArrayLiteral("effect"));
    names.insert(NodeKindRole, QByteArrayLiteral("nodeKind"));
    names.insert(StatementIndexRole, QByteArrayLiteral("statementIndex"));
    names.insert(WarningRole, QByteArrayLiteral("warning"));
    names.insert(HighlightRole, QByteArrayLiteral("highlight"));
    return names;
}

PolicyFilterModel::PolicyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(PolicyModel::TextColumn);
}

bool PolicyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression filter = filterRegularExpression();
    if (filter.pattern().isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    const auto kind =
        static_cast<PolicyModel::NodeKind>(index.data(PolicyModel::NodeKindRole).toInt());
    // Only patterns are matched: statements and groups stay exactly when a pattern below them
    // does (recursive filtering), so "Statement" or "Actions" in the filter match nothing.
    if (kind != PolicyModel::NodeKind::Action && kind != PolicyModel::NodeKind::Resource)
        return false;
    return filter.match(index.data(Qt::DisplayRole).toString()).hasMatch();
}

} // namespace TokenDesk
