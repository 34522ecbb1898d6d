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
// It also draws Fusion's push buttons, framed line edits and combo boxes from a narrow picture.
// Fusion paints each of them with antialiased rounded rectangles and a gradient across the whole
// width, and the rasterizer's cost grows with the area: a form's 800-pixel-wide fields took
// ~1 M instructions each, ~7 M of the first frame. Between its ends such a picture is the same
// in every column, so this style has Fusion draw it 17 pixels wide (for a combo box, its ends
// and arrow) and stretches the middle column (widenedSlices()). The narrow picture is cached,
// ~1.5 KiB whatever the width, where Fusion caches each button and combo box at full size. Only
// where that is exactly what Fusion would paint: a translation-only painter at a device pixel
// ratio of 1, full opacity, and for a line edit an opaque solid base.
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
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

    // The icons this style hands out unread.
    static bool defers(StandardPixmap standardIcon);
    // How many elements this style has drawn widened from a narrow picture, cached or not: tests
    // use it to know the pixels they compare came that way.
    static int widenedDrawCount();

private:
    bool drawWidenedPrimitive(PrimitiveElement element, const QStyleOption &option,
                              QPainter *painter, const QWidget *widget) const;
    bool drawWidenedComboBox(const QStyleOptionComplex &option, QPainter *painter,
                             const QWidget *widget) const;

    bool m_baseIsFusion; // what is drawn here is Fusion's; any other base style draws its own
};

// Puts a StartupStyle over the application's current style (by its name, so a style that
// TOKENDESK_PALETTE chose stays). Call after the QApplication is made and before any widget.
void installStartupStyle();

} // namespace TokenDesk
