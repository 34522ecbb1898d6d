// Accessible names and roles Qt does not give by itself.
#include "accessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace TokenDesk {

namespace {

const char AlertProperty[] = "_tokendesk_alert";

// Qt asks every installed factory first; for a widget marked by exposeAsAlert() the answer is
// the stock widget interface, with the alert role instead of a plain frame's.
QAccessibleInterface *alertFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && widget->property(AlertProperty).toBool())
        return new QAccessibleWidget(widget, QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

QString spokenLabel(const QString &labelText)
{
    static const QRegularExpression bracketedMnemonic(QStringLiteral("\\s*[(（]&[^&][)）]"));
    static const QRegularExpression requiredMark(QStringLiteral("\\s*\\*\\s*$"));
    QString text = labelText;
    text.remove(bracketedMnemonic);
    text.remove(requiredMark);
    QString spoken;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is a literal ampersand, "&x" is x
        spoken += text.at(i);
    }
    return spoken.trimmed();
}

void nameFieldParts(QLineEdit *edit, const QString &labelText)
{
    const QString label = spokenLabel(labelText);
    edit->setAccessibleName(label);
    // The clear action is QLineEdit's own, found by the name Qt gives it. Its text names the
    // tool button that shows it (and its tool tip), which is unnamed otherwise.
    auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    const QString name =
        QCoreApplication::translate("TokenDesk::Accessibility", "Clear %1").arg(label);
    clear->setText(name);
    for (auto *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction() == clear)
            button->setAccessibleName(name);
    }
}

void exposeAsAlert(QWidget *banner)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed)
    banner->setProperty(AlertProperty, true);
    // With a screen reader active, Qt made the widget's interface while it was constructed (as
    // a plain QWidget, before the factory could tell). Drop that one, so the next query makes
    // the alert; nothing has announced the hidden banner yet.
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(banner);
        made && made->role() != QAccessible::AlertMessage)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

} // namespace TokenDesk
