// The palettes TOKENDESK_PALETTE names.
#include "apppalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace TokenDesk {

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(Qt::black, QColor(0xef, 0xef, 0xef));
}

// The roles a palette of ours sets by hand; QPalette derives the bevel shades from Button.
struct PaletteColours
{
    QRgb window, text, base, alternateBase, button, highlight, highlightedText;
    QRgb link, linkVisited, placeholder, toolTipBase, disabledText;
};

QPalette paletteFrom(const PaletteColours &c)
{
    const auto rgb = [](QRgb value) { return QColor::fromRgb(value); };
    const QColor button = rgb(c.button);
    QPalette p(rgb(c.text), button, button.lighter(130), button.darker(160), button.darker(120),
               rgb(c.text), Qt::white, rgb(c.base), rgb(c.window));
    p.setColor(QPalette::AlternateBase, rgb(c.alternateBase));
    p.setColor(QPalette::Highlight, rgb(c.highlight));
    p.setColor(QPalette::HighlightedText, rgb(c.highlightedText));
    p.setColor(QPalette::Link, rgb(c.link));
    p.setColor(QPalette::LinkVisited, rgb(c.linkVisited));
    p.setColor(QPalette::PlaceholderText, rgb(c.placeholder));
    p.setColor(QPalette::ToolTipBase, rgb(c.toolTipBase));
    p.setColor(QPalette::ToolTipText, rgb(c.text));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, rgb(c.disabledText));
    return p;
}

// Close to the dark themes of KDE (Breeze Dark) and GNOME (Adwaita dark): what a user on a dark
// desktop sees in other programs.
constexpr PaletteColours Dark{0x2a2d31, 0xeeeeee, 0x1e2023, 0x25272a, 0x35393e, 0x3d8ee0,
                              0xffffff, 0x6cb4ff, 0xb09cff, 0x9a9ea3, 0x3a3d42, 0x8a8e93};

// Black on white with a navy selection, as Windows' "High Contrast White". Not white on black:
// Fusion draws frames and check boxes a shade darker than the window, which on black is black,
// so fields and check boxes would vanish. A desktop's own white-on-black theme, with its own
// style, is among the palettes tst_contrast checks.
constexpr PaletteColours HighContrast{0xffffff, 0x000000, 0xffffff, 0xf0f0f0, 0xffffff, 0x0000a0,
                                      0xffffff, 0x0000c0, 0x600080, 0x595959, 0xffffff, 0x6d6d6d};

} // namespace

std::optional<QPalette> namedPalette(QStringView name)
{
    if (name.compare(u"light", Qt::CaseInsensitive) == 0)
        return lightPalette();
    if (name.compare(u"dark", Qt::CaseInsensitive) == 0)
        return paletteFrom(Dark);
    if (name.compare(u"high-contrast", Qt::CaseInsensitive) == 0)
        return paletteFrom(HighContrast);
    return std::nullopt;
}

void applyPaletteFromEnvironment()
{
    const QString name = qEnvironmentVariable("TOKENDESK_PALETTE").trimmed();
    if (name.isEmpty())
        return;
    const std::optional<QPalette> palette = namedPalette(name);
    if (!palette) {
        qWarning("%s",
                 qPrintable(QApplication::translate(
                                "TokenDesk::AppPalette",
                                "TOKENDESK_PALETTE=%1 is not light, dark or high-contrast; the "
                                "desktop's colours are used.")
                                .arg(name)));
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(*palette);
}

} // namespace TokenDesk
