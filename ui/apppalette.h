// TOKENDESK_PALETTE: a light, dark or high-contrast palette of the program's own instead of the
// desktop's, so the dark look can be seen, tested and photographed on any desktop.
#pragma once

#include <QPalette>
#include <QStringView>

#include <optional>

namespace TokenDesk {

// "light", "dark" or "high-contrast" (case-insensitive); nothing for any other name.
std::optional<QPalette> namedPalette(QStringView name);

// When TOKENDESK_PALETTE names a palette, switches the application to the Fusion style and that
// palette. Fusion draws everything from the palette, where a platform style may keep colours of
// its own. Unset or empty: the desktop's look, untouched; an unknown name warns once and is
// ignored. Call after the QApplication is made and before the first window.
void applyPaletteFromEnvironment();

} // namespace TokenDesk
