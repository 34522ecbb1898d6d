#include "startupstyle.h"

#include "widenedimage.h"

#include <QApplication>
#include <QGroupBox>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>
#include <qdrawutil.h>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace TokenDesk {

namespace {

// An icon engine that stands for `base->standardIcon(which)` and makes it when first used.
// The base style is held weakly: if it is gone by then, the application's style answers.
class DeferredStandardIconEngine : public QIconEngine
{
public:
    DeferredStandardIconEngine(const QStyle *base, QStyle::StandardPixmap which,
                               const QWidget *widget)
        : m_base(const_cast<QStyle *>(base))
        , m_which(which)
        , m_widget(const_cast<QWidget *>(widget))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    // A standard icon exists; saying so without reading it keeps buttons from laying out as
    // icon-less, and keeps a null check from undoing the deferral.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("TokenDesk::DeferredStandardIcon"); }
    QIconEngine *clone() const override { return new DeferredStandardIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_icon) {
            const QStyle *style = m_base;
            if (!style) {
                style = QApplication::style();
                if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
                    style = proxy->baseStyle();
            }
            m_icon = style->standardIcon(m_which, nullptr, m_widget);
        }
        return *m_icon;
    }

    QPointer<QStyle> m_base;
    QStyle::StandardPixmap m_which;
    QPointer<QWidget> m_widget;
    std::optional<QIcon> m_icon;
};

// One of Qt's own images, read as PNG without the plugin round: setAutoDetectImageFormat(false)
// makes QImageReader ask only a plugin keyed "png", of which there is none, then its built-in
// reader. Cached like QPixmap(path) caches, so each file is read once.
QPixmap builtInPng(const QString &path)
{
    const QString cacheKey = QLatin1String("TokenDesk::StartupStyle:") + path;
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    pixmap = QPixmap::fromImage(reader.read());
    if (!pixmap.isNull())
        QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QString commonStyleImage(QLatin1String name)
{
    return QLatin1String(":/qt-project.org/styles/commonstyle/images/") + name;
}

// How far from each end, and from a combo box's arrow, Fusion's buttons and frames differ from
// one column to the next: a 2-pixel corner radius, its antialiasing and the inner lines, with
// room to spare. tst_startupstyle checks the widths around it.
constexpr int EndColumns = 8;
constexpr int NarrowWidth = 2 * EndColumns + 1;

int widenedDraws = 0;

// Whether an image blitted at an element's corner paints exactly what the base style paints
// there itself: Fusion blits its buttons and combo boxes from a cache image under the same
// conditions, and draws line edits straight onto the painter, where opacity or another
// composition mode would apply to each stroke rather than to the whole.
bool paintsImagesExactly(const QPainter *painter)
{
    const auto translationOnly = [](const QTransform &transform) {
        return transform.type() <= QTransform::TxTranslate;
    };
    return translationOnly(painter->combinedTransform())
        && translationOnly(painter->deviceTransform())
        && painter->device()->devicePixelRatio() == 1.0 && qApp->devicePixelRatio() == 1.0
        && painter->opacity() == 1.0
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver;
}

// The one colour of `image` between its margins, when it has one and every row between its top
// and bottom margins is the same (so its side edges stretch downwards to the same pixels in any
// number of pieces), and the colour survives QColor's unpremultiplied round trip exactly.
std::optional<QColor> uniformCentre(const QImage &image, const QMargins &margins)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QRect centre = argb.rect().marginsRemoved(margins);
    if (centre.isEmpty())
        return std::nullopt;
    const auto *first = reinterpret_cast<const QRgb *>(argb.constScanLine(centre.top()));
    const QRgb colour = first[centre.left()];
    if (!std::all_of(first + centre.left(), first + centre.right() + 1,
                     [colour](QRgb pixel) { return pixel == colour; })) {
        return std::nullopt;
    }
    for (int y = centre.top() + 1; y <= centre.bottom(); ++y) {
        if (std::memcmp(argb.constScanLine(y), first, size_t(argb.bytesPerLine())) != 0)
            return std::nullopt;
    }
    if (qPremultiply(qUnpremultiply(colour)) != colour)
        return std::nullopt;
    return QColor::fromRgba(qUnpremultiply(colour));
}

// qDrawBorderPixmap(painter, target, margins, pixmap): the same pixels, drawn in pieces. Qt's
// raster engine scales a stretched piece through its smooth (bilinear) span path, ~13
// instructions a pixel, and blends a fill of more than 96 rows on its thread pool
// (QT_THREAD_PARALLEL_FILLS, three segments): the form's group box, ~200 rows, took 2.4 M
// instructions and started two threads before the first frame. With a `centre` of one colour
// (uniformCentre()), the centre is a solid fill instead, and the side edges and the fill go in
// bands of at most 64 rows. The ends (corners and top and bottom edges) are drawn by
// qDrawBorderPixmap() as before, and the side edges by it too, each as its own piece. Only
// where the pixels are known to be the same: a painter that only translates (as above).
void drawBorderPixmapInPieces(QPainter *painter, const QRect &target, const QMargins &margins,
                              const QPixmap &pixmap, const std::optional<QColor> &centre)
{
    const QRect source = pixmap.rect();
    const QRect targetCentre = target.marginsRemoved(margins);
    const QRect sourceCentre = source.marginsRemoved(margins);
    if (!centre || pixmap.devicePixelRatio() != 1.0 || !paintsImagesExactly(painter)
        || targetCentre.isEmpty() || sourceCentre.isEmpty()) {
        qDrawBorderPixmap(painter, target, margins, pixmap);
        return;
    }
    const QMargins sides(margins.left(), 0, margins.right(), 0);
    const auto strip = [&](int y, int rows, int sourceY, int sourceRows) {
        qDrawBorderPixmap(painter, QRect(target.left(), y, target.width(), rows), sides, pixmap,
                          QRect(source.left(), sourceY, source.width(), sourceRows), sides);
    };
    strip(target.top(), margins.top(), source.top(), margins.top());
    strip(targetCentre.bottom() + 1, margins.bottom(), sourceCentre.bottom() + 1, margins.bottom());
    constexpr int BandRows = 64;
    const QMargins left(margins.left(), 0, 0, 0);
    const QMargins right(0, 0, margins.right(), 0);
    for (int y = targetCentre.top(); y <= targetCentre.bottom(); y += BandRows) {
        const int rows = qMin(BandRows, targetCentre.bottom() + 1 - y);
        qDrawBorderPixmap(
            painter, QRect(target.left(), y, margins.left(), rows), left, pixmap,
            QRect(source.left(), sourceCentre.top(), margins.left(), sourceCentre.height()), left);
        qDrawBorderPixmap(painter, QRect(targetCentre.right() + 1, y, margins.right(), rows), right,
                          pixmap,
                          QRect(sourceCentre.right() + 1, sourceCentre.top(), margins.right(),
                                sourceCentre.height()),
                          right);
        painter->fillRect(QRect(targetCentre.left(), y, targetCentre.width(), rows), *centre);
    }
}

// Everything the base style's narrow picture of the element depends on, as Fusion keys its
// own cache (QStyleHelper::uniqueName()), with what the element adds in `details`. The width is
// not in it: elements of every width share one narrow picture.
QString narrowKey(QLatin1StringView element, const QStyleOption &option, int narrowWidth,
                  quint64 details)
{
    return QLatin1String("TokenDesk::StartupStyle:") + element
        + QString::asprintf("-%x-%x-%llx-%dx%d-%llx", uint(option.state), uint(option.direction),
                            static_cast<unsigned long long>(option.palette.cacheKey()), narrowWidth,
                            option.rect.height(), static_cast<unsigned long long>(details));
}

bool drawingNarrow = false; // what a narrow picture is made of is not counted

// The element of `option` as `drawNarrow` paints it `narrowWidth` wide, cached under `key`.
// Null where `opaqueColumn` asks for a column that is not opaque.
template<typename Option, typename DrawNarrow>
QPixmap narrowPixmap(const QString &key, const Option &option, int narrowWidth,
                     DrawNarrow drawNarrow, std::optional<int> opaqueColumn = {})
{
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    QImage narrow(narrowWidth, option.rect.height(), QImage::Format_ARGB32_Premultiplied);
    narrow.fill(Qt::transparent);
    Option narrowOption = option;
    narrowOption.rect = QRect(0, 0, narrowWidth, option.rect.height());
    {
        const bool outer = !drawingNarrow;
        drawingNarrow = true;
        QPainter narrowPainter(&narrow);
        drawNarrow(&narrowOption, &narrowPainter);
        drawingNarrow = !outer;
    }
    if (opaqueColumn) {
        for (int y = 0; y < narrow.height(); ++y) {
            if (qAlpha(narrow.pixel(*opaqueColumn, y)) != 255)
                return QPixmap();
        }
    }
    pixmap = QPixmap::fromImage(narrow);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

// Draws `source` of `pixmap` at `target`, scaled without smoothing (widgets' painters often
// smooth): a column stretched is that column repeated, pixel for pixel.
void drawUnsmoothed(QPainter *painter, const QRect &target, const QPixmap &pixmap,
                    const QRect &source)
{
    const bool smooth = painter->testRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawPixmap(target, pixmap, source);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

// Draws `narrow` widened to `target` at `column` (widenedSlices()).
void drawWidened(QPainter *painter, const QRect &target, const QPixmap &narrow, int column)
{
    for (const WidenedSlice &slice : widenedSlices(narrow.width(), column, target)) {
        if (!slice.target.isEmpty())
            drawUnsmoothed(painter, slice.target, narrow, slice.source);
    }
}

void countWidenedDraw()
{
    if (!drawingNarrow)
        ++widenedDraws;
}

} // namespace

StartupStyle::StartupStyle(const QString &key)
    : QProxyStyle(key)
    , m_baseIsFusion(baseStyle()->name().compare(u"fusion", Qt::CaseInsensitive) == 0)
{ }

bool StartupStyle::defers(StandardPixmap standardIcon)
{
    return standardIcon == SP_ToolBarHorizontalExtensionButton
        || standardIcon == SP_ToolBarVerticalExtensionButton;
}

QIcon StartupStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                 const QWidget *widget) const
{
    // An option carries state (direction, palette) the real icon may depend on; only the
    // option-less calls, QMenuBar's, are deferred.
    if (!defers(standardIcon) || option)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon, widget));
}

int StartupStyle::widenedDrawCount()
{
    return widenedDraws;
}

bool StartupStyle::drawWidenedPrimitive(PrimitiveElement element, const QStyleOption &option,
                                        QPainter *painter, const QWidget *widget) const
{
    if (option.rect.width() <= NarrowWidth || option.rect.height() <= 0
        || !paintsImagesExactly(painter)) {
        return false;
    }
    const auto drawNarrow = [&](const QStyleOption *narrow, QPainter *narrowPainter) {
        baseStyle()->drawPrimitive(element, narrow, narrowPainter, widget);
    };
    if (element == PE_PanelButtonCommand) {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(&option);
        const uint features = button ? uint(button->features) : 0;
        if (features & QStyleOptionButton::Flat)
            return false; // a few lines, or nothing
        const QString key = narrowKey("button"_L1, option, NarrowWidth, features);
        drawWidened(painter, option.rect,
                    button ? narrowPixmap(key, *button, NarrowWidth, drawNarrow)
                           : narrowPixmap(key, option, NarrowWidth, drawNarrow),
                    EndColumns);
        countWidenedDraw();
        return true;
    }
    if (element == PE_PanelLineEdit) {
        // QCommonStyle fills the inside with the base brush, then has Fusion draw the frame
        // straight onto the painter, unlike the button. Where the frame's antialiased corners
        // meet what is behind the line edit, an image composes a pixel or two 1/255 off, so
        // the ends are drawn as Fusion draws them, narrow, and only the middle, which is opaque
        // (the fill, and the frame's straight edges at full coverage), comes from the image.
        const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(&option);
        if (!frame || frame->lineWidth <= 0)
            return false; // a fill, cheap already
        const QBrush base = frame->palette.brush(QPalette::Base);
        if (base.style() != Qt::SolidPattern || base.color().alpha() != 255)
            return false;
        const QString key = narrowKey("lineedit"_L1, option, NarrowWidth,
                                      quint64(frame->lineWidth) | quint64(frame->midLineWidth) << 16
                                          | quint64(uint(frame->features)) << 32
                                          | quint64(frame->frameShape) << 40);
        const QPixmap narrow = narrowPixmap(key, *frame, NarrowWidth, drawNarrow, EndColumns);
        if (narrow.isNull())
            return false;
        const QRect &rect = option.rect;
        const auto drawEnd = [&](int narrowLeft, int clipLeft) {
            QStyleOptionFrame end = *frame;
            end.rect = QRect(narrowLeft, rect.top(), NarrowWidth, rect.height());
            painter->save();
            painter->setClipRect(QRect(clipLeft, rect.top(), EndColumns, rect.height()),
                                 Qt::IntersectClip);
            baseStyle()->drawPrimitive(element, &end, painter, widget);
            painter->restore();
        };
        drawEnd(rect.left(), rect.left());
        drawEnd(rect.right() + 1 - NarrowWidth, rect.right() + 1 - EndColumns);
        const WidenedSlice middle = widenedSlices(NarrowWidth, EndColumns, rect)[1];
        drawUnsmoothed(painter, middle.target, narrow, middle.source);
        countWidenedDraw();
        return true;
    }
    return false;
}

bool StartupStyle::drawWidenedComboBox(const QStyleOptionComplex &option, QPainter *painter,
                                       const QWidget *widget) const
{
    const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(&option);
    if (!combo || option.rect.height() <= 0 || !paintsImagesExactly(painter))
        return false;
    // Fusion's arrow keeps its distance from the box's end (SC_ComboBoxArrow), so the image
    // keeps that end, the arrow and EndColumns beside it, and repeats a column at the other end.
    const int width = option.rect.width();
    const QRect arrow = proxy()
                            ->subControlRect(CC_ComboBox, combo, SC_ComboBoxArrow, widget)
                            .translated(-option.rect.topLeft());
    int column = 0;
    int narrowWidth = 0;
    if (combo->direction == Qt::RightToLeft) {
        column = arrow.right() + 1 + EndColumns; // the arrow is at the left
        narrowWidth = column + 1 + EndColumns;
    } else {
        const int keptFrom = arrow.left() - EndColumns;
        column = EndColumns;
        narrowWidth = column + 1 + (width - keptFrom);
    }
    if (narrowWidth >= width || arrow.isEmpty())
        return false;
    const QString key = narrowKey("combobox"_L1, option, narrowWidth,
                                  quint64(combo->editable) | quint64(combo->frame) << 1
                                      | quint64(uint(combo->subControls)) << 2
                                      | quint64(uint(combo->activeSubControls)) << 32);
    drawWidened(painter, option.rect,
                narrowPixmap(key, *combo, narrowWidth,
                             [&](const QStyleOptionComboBox *narrow, QPainter *narrowPainter) {
                                 baseStyle()->drawComplexControl(CC_ComboBox, narrow, narrowPainter,
                                                                 widget);
                             }),
                column);
    countWidenedDraw();
    return true;
}

void StartupStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                      QPainter *painter, const QWidget *widget) const
{
    if (control == CC_ComboBox && m_baseIsFusion && option
        && drawWidenedComboBox(*option, painter, widget)) {
        return;
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

void StartupStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    if (m_baseIsFusion && option && drawWidenedPrimitive(element, *option, painter, widget))
        return;
    // Qt 6.5 caches the frame under a key of its own, and draws it differently.
    constexpr bool ReadsFrameOnEveryPaint = QT_VERSION < QT_VERSION_CHECK(6, 5, 0);
    if (element != PE_FrameGroupBox || !ReadsFrameOnEveryPaint || !m_baseIsFusion || !option) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // QFusionStyle::drawPrimitive(PE_FrameGroupBox) of Qt 6.4, with the pixmap read as above.
    constexpr int FusionGroupBoxTopMargin = 3;
    int topMargin = FusionGroupBoxTopMargin; // an untitled box that cannot be checked
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    if (!box || box->isCheckable() || !box->title().isEmpty()) {
        topMargin += qMax(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                          option->fontMetrics.height());
    }
    const QMargins margins(6, 6, 6, 6);
    const QPixmap frame = builtInPng(commonStyleImage("fusion_groupbox.png"_L1));
    static const std::optional<QColor> centre = uniformCentre(frame.toImage(), margins);
    drawBorderPixmapInPieces(painter, option->rect.adjusted(0, topMargin, 0, 0), margins, frame,
                             centre);
}

QPixmap StartupStyle::standardPixmap(StandardPixmap standardPixmap, const QStyleOption *option,
                                     const QWidget *widget) const
{
    // The clear button's image where the icon theme has no "edit-clear" (QCommonStyle asks the
    // theme first, and only then for this pixmap).
    if (standardPixmap == SP_LineEditClearButton && m_baseIsFusion) {
        const QPixmap pixmap = builtInPng(commonStyleImage("cleartext-16.png"_L1));
        if (!pixmap.isNull())
            return pixmap;
    }
    return QProxyStyle::standardPixmap(standardPixmap, option, widget);
}

void installStartupStyle()
{
    if (qobject_cast<StartupStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new StartupStyle(QApplication::style()->name()));
}

} // namespace TokenDesk
