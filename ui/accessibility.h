// What a screen reader needs beyond the widgets' own texts: names for the parts Qt makes
// without one, and the alert role for the error banner (Orca reads the tree through AT-SPI).
#pragma once

class QLineEdit;
class QString;
class QWidget;

namespace TokenDesk {

// A label's text as it is spoken: "Te&nant *" -> "Tenant", "租户(&N) *" -> "租户". The
// mnemonic, its "(&X)" form and the trailing required-field mark are not read out.
QString spokenLabel(const QString &labelText);

// Names a form field after its label: the line edit inside an editable combo box (AT-SPI gives
// it no labelled-by relation of its own) and the clear button QLineEdit adds, "Clear <label>".
// Call after setClearButtonEnabled(true); safe to call again when the language changes.
void nameFieldParts(QLineEdit *edit, const QString &labelText);

// Gives `banner` the alert role (AT-SPI's ROLE_ALERT): a screen reader announces it when it
// becomes visible. Its accessible name and description stay the widget's own.
void exposeAsAlert(QWidget *banner);

} // namespace TokenDesk
