// StartupStyle: the application's style, without the image-format plugins it would load before
// the first frame.
#pragma once

#include <QProxyStyle>

namespace TokenDesk {

// Qt's styles read a few built-in PNG files by name, and QImageReader answers a read by name by
// first asking every installed image-format plugin whether it reads the format, which loads
// each of them: gif, ico and jpeg on Debian, with libjpeg, four dlopen()s, ~3 M instructions and
// ~300 KiB resident (docs/performance.md). TokenDesk shows no image those plugins read. Three
// such reads happen before the first frame or just after it:
// - QMenuBar asks for its "»" overflow icon (SP_ToolBarHorizontalExtensionButton) as it is
//   made. That button shows only when the menus do not fit, so this style answers with an icon
//   that asks the base style the first time it is drawn or measured in pixels.
// - Fusion (Qt < 6.5) draws a group box's frame from fusion_groupbox.png on every paint. This
//   style draws the same frame from the same file, read as PNG without asking the plugins.
// - A line edit's clear button, where the icon theme has no "edit-clear" (Xvfb, bare window
//   managers): Fusion's pixmap, read the same way.
// Every other call goes to the base style unchanged; tst_startupstyle compares the pixels.
class StartupStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // `key` names the base style, as QStyleFactory::create() takes it; empty means the
    // application's default.
    explicit StartupStyle(const QString &key = QString());

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    QPixmap standardPixmap(StandardPixmap standardPixmap, const QStyleOption *option = nullptr,
                           const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The icons this style hands out unread.
    static bool defers(StandardPixmap standardIcon);

private:
    bool m_baseIsFusion; // what is drawn here is Fusion's; any other base style draws its own
};

// Puts a StartupStyle over the application's current style (by its name, so a style that
// TOKENDESK_PALETTE chose stays). Call after the QApplication is made and before any widget.
void installStartupStyle();

} // namespace TokenDesk
