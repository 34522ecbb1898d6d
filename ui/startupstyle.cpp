#include "startupstyle.h"

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

void StartupStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
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
    qDrawBorderPixmap(painter, option->rect.adjusted(0, topMargin, 0, 0), QMargins(6, 6, 6, 6),
                      builtInPng(commonStyleImage("fusion_groupbox.png"_L1)));
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
