// Help > Keyboard shortcuts: every key the main window answers to, in the user's language.
#pragma once

class QString;
class QWidget;

namespace TokenDesk {

// The shortcuts as an HTML table. The Alt keys of the folded form's Edit request and of Serve
// to local tools are read from those controls in `window`, so the table says what the current
// language's mnemonics are.
QString keyboardShortcutsHtml(const QWidget *window);

// Shows the table in a message box over `window` (Esc closes it).
void showKeyboardShortcuts(QWidget *window);

} // namespace TokenDesk
