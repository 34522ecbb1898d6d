// Status and syntax colours from the palette, and the WCAG contrast maths that checks them.
#include "statuscolours.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace TokenDesk {

namespace {

double linearChannel(float value)
{
    const double c = double(value);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// As the screen gets it: a colour that passes only before rounding may fail after.
QColor eightBit(const QColor &colour)
{
    return QColor::fromRgb(colour.rgb());
}

// Hues only; every colour drawn is derived from them and the palette.
const QColor AllowHue(0x2e, 0x9e, 0x4f);
const QColor DenyHue(0xd9, 0x3a, 0x3a);
const QColor ErrorHue(0xd0, 0x30, 0x30);
const QColor WarningHue(0xd0, 0x90, 0x10);

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    const float u = float(std::clamp(t, 0.0, 1.0));
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return eightBit(QColor::fromRgbF(x.redF() + (y.redF() - x.redF()) * u,
                                     x.greenF() + (y.greenF() - x.greenF()) * u,
                                     x.blueF() + (y.blueF() - x.blueF()) * u));
}

QColor readableOn(const QColor &preferred, const QColor &background, double minimum)
{
    if (contrastRatio(eightBit(preferred), background) >= minimum)
        return eightBit(preferred);
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const bool darken = contrastRatio(black, background) >= contrastRatio(white, background);
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    preferred.toHsl().getHslF(&hue, &saturation, &lightness);
    if (hue < 0) // achromatic
        hue = 0;
    // Small steps keep as much of the hue as the contrast allows.
    for (int step = 0; step < 50; ++step) {
        lightness = darken ? std::max(0.0f, lightness - 0.02f) : std::min(1.0f, lightness + 0.02f);
        const QColor candidate = eightBit(QColor::fromHslF(hue, saturation, lightness));
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    return darken ? black : white;
}

bool isDarkPalette(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window))
        < relativeLuminance(palette.color(QPalette::WindowText));
}

ChipColors chipColors(ChipTone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = tone == ChipTone::Allow ? AllowHue
        : tone == ChipTone::Deny               ? DenyHue
                                               : palette.color(QPalette::Text);
    ChipColors colors;
    colors.fill = mixColors(base, hue, 0.22);
    colors.border = mixColors(base, hue, 0.65);
    colors.text = readableOn(hue, colors.fill);
    return colors;
}

QColor attentionColour(const QPalette &palette, CountdownState::Phase phase,
                       QPalette::ColorRole background)
{
    // The hue says what it means (amber, red); a deep shade on a light theme and a pale one on
    // a dark theme, then moved further if this palette's background still needs it.
    const bool dark = isDarkPalette(palette);
    QColor preferred;
    switch (phase) {
    case CountdownState::Phase::Warning:
        preferred = QColor::fromHslF(35.0f / 360.0f, 0.95f, dark ? 0.62f : 0.30f);
        break;
    case CountdownState::Phase::Expired:
        preferred = QColor::fromHslF(0.0f, 0.80f, dark ? 0.70f : 0.40f);
        break;
    case CountdownState::Phase::Normal:
    case CountdownState::Phase::Unknown:
        return {};
    }
    return readableOn(preferred, palette.color(background));
}

BannerColours bannerColours(BannerTone tone, const QPalette &palette)
{
    const QColor hue = tone == BannerTone::Error ? ErrorHue
        : tone == BannerTone::Warning            ? WarningHue
                                                 : palette.color(QPalette::Highlight);
    BannerColours colours;
    colours.background = mixColors(palette.color(QPalette::Window), hue, 0.18);
    colours.text = readableOn(palette.color(QPalette::WindowText), colours.background);
    return colours;
}

QColor syntaxColour(SyntaxRole role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // Key, String, Number, Literal, in the spirit of common editor themes; punctuation is the
    // text colour, softened.
    static const QRgb Hues[] = {0x1f5fbf, 0x2e7d32, 0x9c27b0, 0xc24e00};
    static_assert(std::size(Hues) == static_cast<std::size_t>(SyntaxRole::Punctuation));
    const QColor hue = role == SyntaxRole::Punctuation
        ? mixColors(palette.color(QPalette::Text), base, 0.35)
        : QColor::fromRgb(Hues[static_cast<int>(role)]);
    return readableOn(hue, base);
}

} // namespace TokenDesk
