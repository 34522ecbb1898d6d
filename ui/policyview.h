// The policy a credential grants: a filterable tree with effect chips and broad-grant warnings,
// the JSON document with syntax colours and "Copy as", and a "Can I…?" panel that evaluates an
// action on a resource and highlights the deciding statement.
#pragma once

#include "securitytoken.h"

#include <QWidget>

#include <memory>

class QAction;
class QMenu;

namespace Ui {
class PolicyView;
}

namespace TokenDesk {

class ClipboardGuard;
class JsonHighlighter;
class PolicyFilterModel;
class PolicyModel;
struct PolicyDecision;

// The policy with RAM's PascalCase keys (Version, Statement, Effect, Action, Resource), laid out
// like policyJson() and in the document's order, for pasting into RAM's console or a RAM policy
// file. The effect is kept as sent.
QString policyJsonPascal(const PolicyDocument &policy);

class PolicyView : public QWidget
{
    Q_OBJECT

public:
    enum class JsonKeys { SnakeCase, PascalCase }; // the API's keys, RAM's keys

    explicit PolicyView(QWidget *parent = nullptr);
    ~PolicyView() override;

    // Not owned; may be null (then the plain clipboard is used). See copyPolicy().
    void setClipboardGuard(ClipboardGuard *guard);

    // Shows `policy` in both tabs and re-checks what the "Can I…?" panel holds. An empty
    // document is the same as clearPolicy().
    void setPolicy(const PolicyDocument &policy);
    // Empties both tabs and disables filter, copy and "Can I…?"; their text is kept.
    void clearPolicy();
    bool hasPolicy() const;
    PolicyDocument policy() const;

    // The tree's source model (HighlightRole says which statement decided the last check).
    PolicyModel *model() const;

public Q_SLOTS:
    // Shows the tree tab and puts the cursor in the filter. Bound to Ctrl+F while focus is in
    // the view; the window can bind its own Find action here too.
    void focusFilter();
    // Fills the "Can I…?" panel as if typed; the decision follows at once.
    void checkAccess(const QString &action, const QString &resource);
    void copyPolicy(TokenDesk::PolicyView::JsonKeys keys);

Q_SIGNALS:
    void copied(const QString &what); // translated name of what was copied, for a status line

protected:
    void changeEvent(QEvent *event) override;

private:
    void evaluate();
    void showDecision();
    void revealHighlighted();
    void applyFilter(const QString &text);
    void retranslate();
    void updateEnabled();

    const std::unique_ptr<Ui::PolicyView> m_ui;
    PolicyModel *m_model;
    PolicyFilterModel *m_filter;
    JsonHighlighter *m_highlighter;
    QMenu *m_copyMenu;
    QAction *m_copySnakeAction;
    QAction *m_copyPascalAction;
    ClipboardGuard *m_guard = nullptr;
    std::unique_ptr<PolicyDecision> m_decision; // the last check; null when there is none
};

} // namespace TokenDesk
