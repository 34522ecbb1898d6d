// The keyboard shortcuts table of the Help menu.
#include "shortcutshelp.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace TokenDesk {

namespace {

// The translation context of this table's words (lupdate reads ShortcutsHelp::tr calls).
class ShortcutsHelp
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutsHelp)
};

QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList names;
    for (const QKeySequence &sequence : sequences)
        names << sequence.toString(QKeySequence::NativeText);
    return names.join(QStringLiteral(" / "));
}

// "Alt+R" for a button whose text is "Edit &request" in the current language; empty if none.
QString mnemonicOf(const QWidget *window, const char *buttonName)
{
    const auto *button = window->findChild<const QAbstractButton *>(QLatin1String(buttonName));
    return button ? QKeySequence::mnemonic(button->text()).toString(QKeySequence::NativeText)
                  : QString();
}

} // namespace

QString keyboardShortcutsHtml(const QWidget *window)
{
    const QList<QPair<QString, QString>> rows{
        {keys({QKeySequence(Qt::CTRL | Qt::Key_Return)}),
         ShortcutsHelp::tr("Get a token, from anywhere in the window")},
        {keys({QKeySequence(Qt::Key_Escape)}),
         ShortcutsHelp::tr("Cancel the fetch in progress; close a menu or dialog")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_1)}) + QStringLiteral(" … ")
             + keys({QKeySequence(Qt::CTRL | Qt::Key_9)}),
         ShortcutsHelp::tr("Show one of the first nine sessions in the list")},
        {keys({QKeySequence(Qt::Key_Delete)}),
         ShortcutsHelp::tr("Remove the selected session (in the list)")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)}),
         ShortcutsHelp::tr("Next tab: Credential, Policy, Request, History")},
        {keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
               QKeySequence(Qt::CTRL | Qt::Key_PageUp)}),
         ShortcutsHelp::tr("Previous tab")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_C)}),
         ShortcutsHelp::tr(
             "Copy the credential value that has the focus (the clipboard is cleared after a "
             "while)")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_F)}),
         ShortcutsHelp::tr("Filter the policy (Policy tab)")},
        {mnemonicOf(window, "editRequestButton"),
         ShortcutsHelp::tr("Open the folded request form again")},
        {mnemonicOf(window, "serveCheckBox"), ShortcutsHelp::tr("Serve to local tools: on or off")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_Comma)}), ShortcutsHelp::tr("Settings")},
        {keys({QKeySequence(QKeySequence::HelpContents)}), ShortcutsHelp::tr("This list")},
        {keys({QKeySequence(QKeySequence::Quit)}), ShortcutsHelp::tr("Quit")},
        {ShortcutsHelp::tr("Alt+underlined letter"),
         ShortcutsHelp::tr(
             "Go to that field or tab, or press that button (Access key ID, Copy as…)")},
        {keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
         ShortcutsHelp::tr("Next or previous control, in reading order")},
    };
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"4\">");
    for (const auto &[key, what] : rows) {
        if (key.isEmpty())
            continue;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

void showKeyboardShortcuts(QWidget *window)
{
    QMessageBox box(QMessageBox::NoIcon, ShortcutsHelp::tr("Keyboard shortcuts"),
                    keyboardShortcutsHtml(window), QMessageBox::Close, window);
    box.setTextFormat(Qt::RichText);
    box.setEscapeButton(QMessageBox::Close);
    box.exec();
}

} // namespace TokenDesk
