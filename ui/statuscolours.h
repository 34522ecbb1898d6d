// The colours that carry a meaning (allow and deny, expiring and expired, error and warning, JSON
// syntax), chosen from the palette they are drawn on so that each reads at 4.5:1 on light, dark
// and high-contrast themes alike. Pure functions of a palette: no widget, no state.
#pragma once

#include "countdown.h"

#include <QColor>
#include <QPalette>

namespace TokenDesk {

// WCAG 2 AA for normal text, the floor for every foreground chosen here.
inline constexpr double MinimumTextContrast = 4.5;

// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). Alpha is ignored.
double relativeLuminance(const QColor &color);
// WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white). Symmetric.
double contrastRatio(const QColor &a, const QColor &b);
// `a` moved `t` of the way to `b` in sRGB, t clamped to 0..1.
QColor mixColors(const QColor &a, const QColor &b, double t);
// `preferred` darkened (on a light background) or lightened (on a dark one) just enough to
// reach `minimum` contrast against `background`, so a hue survives where it can. Falls back to
// black or white, one of which always reaches 4.58:1.
QColor readableOn(const QColor &preferred, const QColor &background,
                  double minimum = MinimumTextContrast);
// True when the palette's window is darker than its text: a dark or dark high-contrast theme.
bool isDarkPalette(const QPalette &palette);

enum class ChipTone { Allow, Deny, Neutral };
struct ChipColors
{
    QColor fill;
    QColor border;
    QColor text; // at least 4.5:1 against fill
};
// A tint of the palette's Base, so a chip sits in light and dark themes alike.
ChipColors chipColors(ChipTone tone, const QPalette &palette);

// Text colour for a countdown phase that needs attention (amber for Warning, red for Expired),
// readable on the palette's `background` role; invalid for "use the palette as is". Shared by
// the countdown (on Window) and the session list (on Base).
QColor attentionColour(const QPalette &palette, CountdownState::Phase phase,
                       QPalette::ColorRole background = QPalette::Window);

enum class BannerTone { Error, Warning, Information };
struct BannerColours
{
    QColor background; // a tint of Window towards the tone's hue
    QColor text;       // WindowText, or moved until it reads at 4.5:1 on the tint
};
BannerColours bannerColours(BannerTone tone, const QPalette &palette);

enum class SyntaxRole { Key, String, Number, Literal, Punctuation };
// A hue per role in the spirit of common editor themes, at 4.5:1 on the palette's Base: darker
// on a light theme, lighter on a dark one. Every role differs from the others.
QColor syntaxColour(SyntaxRole role, const QPalette &palette);

} // namespace TokenDesk
