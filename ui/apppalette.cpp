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

// Close to the dark themes of KDE (Breeze Dark) and GNOME (Adwaita dark): what a user on a dark
// desktop sees in other programs.
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2d, 0x31);
    const QColor base(0x1e, 0x20, 0x23);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x8a, 0x8e, 0x93);
    QPalette p(text, window, QColor(0x4a, 0x4f, 0x55), QColor(0x14, 0x15, 0x17),
               QColor(0x34, 0x37, 0x3c), text, Qt::white, base, window);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3e));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa3));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4f, 0x55));
    return p;
}

// White on black with a yellow selection, as the high-contrast themes of GNOME and Windows.
QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black, Qt::white, QColor(0xc0, 0xc0, 0xc0), QColor(0x80, 0x80, 0x80),
               Qt::white, Qt::white, Qt::black, Qt::black);
    p.setColor(QPalette::Button, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::AlternateBase, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, Qt::cyan);
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

std::optional<QPalette> namedPalette(QStringView name)
{
    if (name.compare(u"light", Qt::CaseInsensitive) == 0)
        return lightPalette();
    if (name.compare(u"dark", Qt::CaseInsensitive) == 0)
        return darkPalette();
    if (name.compare(u"high-contrast", Qt::CaseInsensitive) == 0)
        return highContrastPalette();
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
