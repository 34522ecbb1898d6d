// The policy as a tree for views: statements, their action and resource groups, the strings.
// QtCore only; a view (the window's tree, a test) sits on top.
#pragma once

#include "securitytoken.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace TokenDesk {

// Statement N
// ├─ Actions (n)    ─ one row per action pattern
// └─ Resources (n)  ─ one row per resource pattern
// Columns: 0 the text, 1 the effect (statement rows only).
class PolicyModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        EffectRole = Qt::UserRole + 1, // QString "Allow"/"Deny" (as sent when neither), every node
        NodeKindRole,                  // int, a NodeKind
        StatementIndexRole,            // int, 0-based, every node
        WarningRole,   // QString, broad-grant warnings of a statement or of one pattern
        HighlightRole, // bool, true on the highlighted statement's row
    };
    Q_ENUM(Role)
    enum class NodeKind { Statement, ActionGroup, ResourceGroup, Action, Resource };
    Q_ENUM(NodeKind)
    enum Column { TextColumn, EffectColumn, ColumnCount };

    explicit PolicyModel(QObject *parent = nullptr);

    PolicyDocument policy() const { return m_policy; }
    // Replaces the document (a model reset); clears the highlight.
    void setPolicy(const PolicyDocument &policy);

    int highlightedStatement() const { return m_highlighted; }
    // Marks one statement (0-based) for HighlightRole, e.g. the deciding one; -1 for none.
    void setHighlightedStatement(int statementIndex);

    // The index of a statement's row in column 0, or an invalid index.
    QModelIndex statementIndex(int statement) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        NodeKind kind;
        int statement;
        int item; // the group's or the pattern's row
    };
    Node nodeFor(const QModelIndex &index) const;
    QString warningFor(const Node &node) const;

    PolicyDocument m_policy;
    int m_highlighted = -1;
};

// Keeps the statements with an action or resource containing the filter text (case-insensitive
// by default) and, under them, only the matching patterns. Set the text with
// setFilterFixedString(); an empty filter shows everything.
class PolicyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PolicyFilterModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace TokenDesk
