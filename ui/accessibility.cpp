// Accessible names and roles Qt does not give by itself.
#include "accessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
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

namespace {

// PCRE's \s: the label texts are ours, and this is what the regular expressions used to match.
bool isAsciiSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isOpenBracket(QChar c)
{
    return c == u'(' || c == u'\uff08'; // "(" or "（"
}

bool isCloseBracket(QChar c)
{
    return c == u')' || c == u'\uff09'; // ")" or "）"
}

// Drops every "(&X)" and "（&X）", with the spaces before it: how Chinese labels carry their
// mnemonic. Hand-written rather than a QRegularExpression: this runs for the form's labels right
// after the first frame, and compiling a pattern there mapped half a MiB of libpcre2 into a
// window that otherwise never needs it (docs/performance.md).
QString withoutBracketedMnemonics(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i + 3 < text.size() && isOpenBracket(text.at(i)) && text.at(i + 1) == u'&'
            && text.at(i + 2) != u'&' && isCloseBracket(text.at(i + 3))) {
            while (!kept.isEmpty() && isAsciiSpace(kept.back()))
                kept.chop(1);
            i += 3;
            continue;
        }
        kept += text.at(i);
    }
    return kept;
}

// Drops a trailing required-field mark, "*", with the spaces around it.
QString withoutRequiredMark(QString text)
{
    qsizetype end = text.size();
    while (end > 0 && isAsciiSpace(text.at(end - 1)))
        --end;
    if (end == 0 || text.at(end - 1) != u'*')
        return text;
    --end;
    while (end > 0 && isAsciiSpace(text.at(end - 1)))
        --end;
    text.truncate(end);
    return text;
}

} // namespace

QString spokenLabel(const QString &labelText)
{
    const QString text = withoutRequiredMark(withoutBracketedMnemonics(labelText));
    QString spoken;
    spoken.reserve(text.size());
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
