// StartupStyle: a menu bar made under it loads no image-format plugin, the icons it defers
// draw exactly as the base style's once they are needed, and the buttons, line edits and combo
// boxes it draws from widened images are Fusion's, pixel for pixel.
#include "startupstyle.h"
#include "widenedimage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLinearGradient>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace TokenDesk;

namespace {

// The image-format plugins mapped into this process, from /proc/self/maps.
QStringList mappedImagePlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/")) {
            const QString path = QString::fromUtf8(line.mid(line.indexOf('/')));
            if (!plugins.contains(path))
                plugins.append(path);
        }
    }
    return plugins;
}

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// A dark palette like TokenDesk's (applyPaletteFromEnvironment()), so that the frames are
// compared in colours other than Fusion's own.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

// What a painter shows after `draw` on a background that is not one colour, so that a pixel
// composed differently from the base style's would differ.
template<typename Draw>
QImage drawnOnGradient(QSize size, Draw draw)
{
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(250, 240, 200));
    gradient.setColorAt(1, QColor(40, 90, 160));
    painter.fillRect(canvas.rect(), gradient);
    draw(&painter);
    painter.end();
    return canvas;
}

enum WidenedDraws { NotWidened = 0, Widened = 1, Unchecked = -1 };

// What a row of widenedElementsAreFusions() changes in the option and the painter.
enum Variation : uint {
    Plain = 0,
    Disabled = 1 << 0,
    KeyboardFocus = 1 << 1,
    Hover = 1 << 2,
    Sunken = 1 << 3,
    Default = 1 << 4,
    Flat = 1 << 5,
    RightToLeft = 1 << 6,
    Dark = 1 << 7,
    Editable = 1 << 8,
    Frameless = 1 << 9,
    TranslucentBase = 1 << 10,
    Translated = 1 << 11,
    Scaled = 1 << 12,
    HalfOpaque = 1 << 13,
    ReadOnly = 1 << 14,
    Smooth = 1 << 15, // as widgets' painters often are: the stretched column must not blur
};

template<typename Option>
void applyVariation(Option &option, uint variation)
{
    option.state = QStyle::State_Enabled;
    if (variation & Disabled)
        option.state &= ~QStyle::State_Enabled;
    if (variation & KeyboardFocus)
        option.state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    if (variation & Hover)
        option.state |= QStyle::State_MouseOver;
    if (variation & Sunken)
        option.state |= QStyle::State_Sunken | QStyle::State_On;
    if (variation & ReadOnly)
        option.state |= QStyle::State_ReadOnly;
    option.direction = (variation & RightToLeft) ? Qt::RightToLeft : Qt::LeftToRight;
    option.palette = (variation & Dark) ? darkPalette() : QApplication::palette();
    if (variation & TranslucentBase)
        option.palette.setColor(QPalette::Base, QColor(255, 255, 255, 128));
}

// Draws one element under `style`, as a widget's paint event would, at (6, 5).
QImage drawElement(const QStyle *style, const QString &element, QSize size, uint variation)
{
    const QRect rect(QPoint(6, 5), size);
    return drawnOnGradient(size + QSize(14, 12), [&](QPainter *painter) {
        if (variation & Translated)
            painter->translate(3, 2);
        if (variation & Scaled)
            painter->scale(1.5, 1.5);
        if (variation & HalfOpaque)
            painter->setOpacity(0.5);
        if (variation & Smooth)
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
        if (element == u"button") {
            QStyleOptionButton option;
            applyVariation(option, variation);
            option.rect = rect;
            if (variation & Default)
                option.features |= QStyleOptionButton::DefaultButton;
            if (variation & Flat)
                option.features |= QStyleOptionButton::Flat;
            style->drawPrimitive(QStyle::PE_PanelButtonCommand, &option, painter);
        } else if (element == u"lineedit") {
            QStyleOptionFrame option;
            applyVariation(option, variation);
            option.rect = rect;
            option.lineWidth = (variation & Frameless) ? 0 : 1;
            style->drawPrimitive(QStyle::PE_PanelLineEdit, &option, painter);
        } else {
            QStyleOptionComboBox option;
            applyVariation(option, variation);
            option.rect = rect;
            option.editable = variation & Editable;
            option.frame = !(variation & Frameless);
            option.subControls = QStyle::SC_All;
            if (variation & Hover)
                option.activeSubControls = QStyle::SC_ComboBoxArrow;
            style->drawComplexControl(QStyle::CC_ComboBox, &option, painter);
        }
    });
}

} // namespace

class TestStartupStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while this process has read no image: the point of the style.
    void aMenuBarLoadsNoImagePlugin()
    {
        QVERIFY2(mappedImagePlugins().isEmpty(), qPrintable(mappedImagePlugins().join(u' ')));
        QApplication::setStyle(QStringLiteral("Fusion"));
        installStartupStyle();
        QVERIFY(qobject_cast<StartupStyle *>(QApplication::style()));

        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.menuBar()->addMenu(QStringLiteral("&Help"));
        auto *group = new QGroupBox(QStringLiteral("Request"));
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(new QLabel(QStringLiteral("Tenant")));
        auto *tenant = new QLineEdit(QStringLiteral("acme"));
        tenant->setClearButtonEnabled(true); // its icon: no theme here, so Fusion's pixmap
        layout->addWidget(tenant);
        window.setCentralWidget(group);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull()); // every widget painted, the clear button with it
        QVERIFY2(mappedImagePlugins().isEmpty(), qPrintable(mappedImagePlugins().join(u' ')));

        // The control: the same menu bar under the plain base style reads the icon at once,
        // which is what loads the plugins (where the system has any installed).
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon direct = fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!direct.isNull());
        if (mappedImagePlugins().isEmpty())
            QSKIP("no image-format plugin is installed, so the control cannot show the loading");
    }

    // The frame StartupStyle draws itself is Fusion's, pixel for pixel: with a title, without
    // one, checkable, in a large font, and tall enough to be drawn in bands of 64 rows (one
    // band, one row more, several bands and a short last one).
    void groupBoxFramesAreFusions_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("checkable");
        QTest::addColumn<int>("pointSize");
        QTest::addColumn<QSize>("size");
        const QSize size(240, 140);
        QTest::newRow("titled") << "Request" << false << 0 << size;
        QTest::newRow("untitled") << "" << false << 0 << size;
        QTest::newRow("checkable") << "Proxy" << true << 0 << size;
        QTest::newRow("large font") << "请求" << false << 20 << size;
        QTest::newRow("untitled, 64-row middle") << "" << false << 0 << QSize(240, 3 + 6 + 64 + 6);
        QTest::newRow("untitled, 65-row middle") << "" << false << 0 << QSize(240, 3 + 6 + 65 + 6);
        QTest::newRow("titled, tall") << "Request" << false << 0 << QSize(900, 431);
        QTest::newRow("checkable, tall") << "Proxy" << true << 0 << QSize(300, 700);
    }
    void groupBoxFramesAreFusions()
    {
        QFETCH(QString, title);
        QFETCH(bool, checkable);
        QFETCH(int, pointSize);
        QFETCH(QSize, size);
        const auto render = [&](QStyle *style) {
            QGroupBox box(title);
            box.setStyle(style);
            box.setCheckable(checkable);
            if (pointSize > 0) {
                QFont font = box.font();
                font.setPointSize(pointSize);
                box.setFont(font);
            }
            box.resize(size);
            return box.grab().toImage();
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        StartupStyle startup(QStringLiteral("Fusion"));
        const QImage expected = render(fusion.get());
        QVERIFY(!expected.isNull());
        QCOMPARE(render(&startup), expected);
    }

    void widenedSlicesKeepTheEndsAndStretchOneColumn()
    {
        const auto slices = widenedSlices(3, 1, QRect(10, 20, 6, 2));
        QCOMPARE(slices[0].source, QRect(0, 0, 1, 2));
        QCOMPARE(slices[0].target, QRect(10, 20, 1, 2));
        QCOMPARE(slices[1].source, QRect(1, 0, 1, 2));
        QCOMPARE(slices[1].target, QRect(11, 20, 4, 2));
        QCOMPARE(slices[2].source, QRect(2, 0, 1, 2));
        QCOMPARE(slices[2].target, QRect(15, 20, 1, 2));
        // The first or last column stretched: nothing on that side.
        QVERIFY(widenedSlices(3, 0, QRect(0, 0, 6, 2))[0].target.isEmpty());
        QCOMPARE(widenedSlices(3, 0, QRect(0, 0, 6, 2))[1].target, QRect(0, 0, 4, 2));
        QVERIFY(widenedSlices(3, 2, QRect(0, 0, 6, 2))[2].target.isEmpty());
        QCOMPARE(widenedSlices(3, 2, QRect(0, 0, 6, 2))[1].target, QRect(2, 0, 4, 2));
        // Never narrower, never outside the picture.
        for (const auto &slice : widenedSlices(3, 1, QRect(0, 0, 3, 2)))
            QVERIFY(slice.target.isEmpty());
        for (const auto &slice : widenedSlices(3, 3, QRect(0, 0, 6, 2)))
            QVERIFY(slice.target.isEmpty());
        for (const auto &slice : widenedSlices(3, -1, QRect(0, 0, 6, 2)))
            QVERIFY(slice.target.isEmpty());
    }

    // The stretched column is that column, repeated, with nothing blended or smoothed.
    void widenedSlicesDrawExactCopies()
    {
        QImage narrow(3, 2, QImage::Format_ARGB32_Premultiplied);
        const QRgb pixels[2][3] = {{0xff102030, 0x80402010, 0xff0000ff},
                                   {0x00000000, 0xff2a82da, 0x40404040}};
        for (int y = 0; y < 2; ++y) {
            for (int x = 0; x < 3; ++x)
                narrow.setPixel(x, y, pixels[y][x]);
        }
        const QPixmap pixmap = QPixmap::fromImage(narrow);
        QImage wide(700, 2, QImage::Format_ARGB32_Premultiplied);
        wide.fill(Qt::transparent);
        QPainter painter(&wide);
        for (const WidenedSlice &slice : widenedSlices(3, 1, wide.rect()))
            painter.drawPixmap(slice.target, pixmap, slice.source);
        painter.end();
        for (int y = 0; y < 2; ++y) {
            QCOMPARE(wide.pixel(0, y), pixels[y][0]);
            for (int x = 1; x < 699; ++x)
                QCOMPARE(wide.pixel(x, y), pixels[y][1]);
            QCOMPARE(wide.pixel(699, y), pixels[y][2]);
        }
    }

    // Each element drawn by StartupStyle, widened or not, against Fusion's own drawing of it.
    void widenedElementsAreFusions_data()
    {
        QTest::addColumn<QString>("element");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<uint>("variation");
        // Whether StartupStyle draws the element from a widened image. Unchecked: Fusion draws
        // it, from its own cache or with its arrow's button widened by StartupStyle.
        QTest::addColumn<int>("widened");
        const QSize field(801, 22);
        struct Row
        {
            const char *name;
            const char *element;
            QSize size;
            uint variation;
            int widened;
        };
        const Row rows[] = {
            {"button", "button", {127, 22}, Plain, Widened},
            {"button, wide", "button", {752, 22}, Plain, Widened},
            {"button, the narrowest widened", "button", {18, 22}, Plain, Widened},
            {"button, too narrow to widen", "button", {17, 22}, Plain, NotWidened},
            {"button, tall", "button", {140, 48}, Plain, Widened},
            {"button, one pixel high", "button", {140, 1}, Plain, Widened},
            {"button, disabled", "button", {127, 22}, Disabled, Widened},
            {"button, keyboard focus", "button", {127, 22}, KeyboardFocus, Widened},
            {"button, hover", "button", {127, 22}, Hover, Widened},
            {"button, pressed", "button", {127, 22}, Sunken, Widened},
            {"button, default", "button", {80, 22}, Default, Widened},
            {"button, default and focused", "button", {80, 22}, Default | KeyboardFocus, Widened},
            {"button, flat", "button", {80, 22}, Flat, NotWidened},
            {"button, flat and default", "button", {80, 22}, Flat | Default, NotWidened},
            {"button, flat and pressed", "button", {80, 22}, Flat | Sunken, NotWidened},
            {"button, right to left", "button", {127, 22}, RightToLeft, Widened},
            {"button, dark", "button", {296, 22}, Dark | Hover, Widened},
            {"button, translated painter", "button", {127, 22}, Translated, Widened},
            {"button, smoothing painter", "button", {127, 22}, Smooth, Widened},
            {"button, scaled painter", "button", {127, 22}, Scaled, NotWidened},
            {"button, half opaque", "button", {127, 22}, HalfOpaque, NotWidened},
            {"line edit", "lineedit", field, Plain, Widened},
            {"line edit, short", "lineedit", {40, 22}, Plain, Widened},
            {"line edit, tall", "lineedit", {300, 64}, Plain, Widened},
            {"line edit, too narrow to widen", "lineedit", {17, 22}, Plain, NotWidened},
            {"line edit, focused", "lineedit", field, KeyboardFocus, Widened},
            {"line edit, disabled", "lineedit", field, Disabled, Widened},
            {"line edit, read-only", "lineedit", field, ReadOnly, Widened},
            {"line edit, right to left", "lineedit", field, RightToLeft, Widened},
            {"line edit, dark and focused", "lineedit", field, Dark | KeyboardFocus, Widened},
            {"line edit, frameless", "lineedit", field, Frameless, NotWidened},
            {"line edit, translucent base", "lineedit", field, TranslucentBase, NotWidened},
            {"line edit, translated painter", "lineedit", field, Translated, Widened},
            {"line edit, smoothing painter", "lineedit", field, Smooth | Dark, Widened},
            {"line edit, half opaque", "lineedit", field, HalfOpaque, NotWidened},
            {"combo box", "combobox", {752, 22}, Plain, Widened},
            {"combo box, editable", "combobox", field, Editable, Widened},
            {"combo box, editable, focused", "combobox", field, Editable | KeyboardFocus, Widened},
            {"combo box, editable, open", "combobox", field, Editable | Sunken, Widened},
            {"combo box, open", "combobox", {300, 22}, Sunken, Widened},
            {"combo box, hover", "combobox", {300, 22}, Hover, Widened},
            {"combo box, disabled", "combobox", {300, 22}, Disabled, Widened},
            {"combo box, editable, disabled", "combobox", {300, 22}, Editable | Disabled, Widened},
            {"combo box, frameless", "combobox", {300, 22}, Frameless, Widened},
            {"combo box, editable, frameless", "combobox", {300, 22}, Editable | Frameless, Widened},
            {"combo box, right to left", "combobox", {300, 22}, RightToLeft, Widened},
            {"combo box, editable, right to left", "combobox", field,
             Editable | RightToLeft | KeyboardFocus, Widened},
            {"combo box, dark, editable", "combobox", field, Dark | Editable, Widened},
            {"combo box, tall", "combobox", {300, 40}, Editable, Widened},
            {"combo box, the narrowest widened", "combobox", {45, 22}, Editable, Widened},
            {"combo box, too narrow to widen", "combobox", {44, 22}, Editable, Unchecked},
            {"combo box, very narrow", "combobox", {20, 22}, Editable, Unchecked},
            {"combo box, translated painter", "combobox", {300, 22}, Translated, Widened},
            {"combo box, smoothing painter", "combobox", field, Smooth | Editable, Widened},
            {"combo box, scaled painter", "combobox", {300, 22}, Scaled, Unchecked},
        };
        for (const Row &row : rows) {
            QTest::newRow(row.name)
                << QString::fromLatin1(row.element) << row.size << row.variation << row.widened;
        }
    }
    void widenedElementsAreFusions()
    {
        QFETCH(QString, element);
        QFETCH(QSize, size);
        QFETCH(uint, variation);
        QFETCH(int, widened);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        StartupStyle startup(QStringLiteral("Fusion"));
        // Fusion's cache keys do not name the style: each draws from an empty cache.
        QPixmapCache::clear();
        const QImage expected = drawElement(fusion.get(), element, size, variation);
        QPixmapCache::clear();
        // Twice: drawn, then from the cache.
        for (int draw = 0; draw < 2; ++draw) {
            const int before = StartupStyle::widenedDrawCount();
            const QImage actual = drawElement(&startup, element, size, variation);
            if (widened != Unchecked)
                QCOMPARE(StartupStyle::widenedDrawCount() - before, widened);
            QCOMPARE(actual, expected);
        }
    }

    // The same through widgets, as the form shows them.
    void widgetsLookAsUnderFusion()
    {
        const auto render = [](QStyle *style) {
            QWidget form;
            form.setStyle(style);
            auto *layout = new QVBoxLayout(&form);
            const auto add = [&](QWidget *widget) {
                widget->setStyle(style);
                layout->addWidget(widget);
            };
            add(new QPushButton(QStringLiteral("Get token")));
            auto *defaultButton = new QPushButton(QStringLiteral("Copy as"));
            defaultButton->setDefault(true);
            add(defaultButton);
            add(new QLineEdit(QStringLiteral("tenant-a")));
            auto *disabled = new QLineEdit(QStringLiteral("store 7"));
            disabled->setEnabled(false);
            add(disabled);
            auto *profile = new QComboBox;
            profile->addItem(QStringLiteral("prod"));
            add(profile);
            auto *scene = new QComboBox;
            scene->setEditable(true);
            scene->addItem(QStringLiteral("default"));
            add(scene);
            form.resize(640, 240);
            return form.grab().toImage();
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        StartupStyle startup(QStringLiteral("Fusion"));
        const QImage expected = render(fusion.get());
        const int before = StartupStyle::widenedDrawCount();
        const QImage actual = render(&startup);
        QVERIFY(StartupStyle::widenedDrawCount() - before >= 5);
        QCOMPARE(actual, expected);
    }

    void deferredIconsDrawAsTheBaseStyles()
    {
        StartupStyle style(QStringLiteral("Fusion"));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton,
                                 QStyle::SP_ToolBarVerticalExtensionButton}) {
            QVERIFY(StartupStyle::defers(which));
            const QIcon deferred = style.standardIcon(which);
            QVERIFY(!deferred.isNull());
            const QImage expected = imageOf(fusion->standardIcon(which));
            QVERIFY(!expected.isNull());
            QCOMPARE(imageOf(deferred), expected);
            QCOMPARE(deferred.actualSize(QSize(64, 64)),
                     fusion->standardIcon(which).actualSize(QSize(64, 64)));
            // A copy made before the first use draws the same.
            QIcon copy = style.standardIcon(which);
            copy.detach();
            QCOMPARE(imageOf(copy), expected);
        }
    }

    void theClearButtonIsFusions()
    {
        StartupStyle style(QStringLiteral("Fusion"));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QLineEdit edit;
        const QImage expected =
            fusion->standardPixmap(QStyle::SP_LineEditClearButton, nullptr, &edit).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(style.standardPixmap(QStyle::SP_LineEditClearButton, nullptr, &edit).toImage(),
                 expected);
        QCOMPARE(imageOf(style.standardIcon(QStyle::SP_LineEditClearButton, nullptr, &edit)),
                 imageOf(fusion->standardIcon(QStyle::SP_LineEditClearButton, nullptr, &edit)));
    }

    void otherIconsComeFromTheBaseStyle()
    {
        StartupStyle style(QStringLiteral("Fusion"));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(!StartupStyle::defers(QStyle::SP_DialogOkButton));
        QCOMPARE(imageOf(style.standardIcon(QStyle::SP_DialogOkButton)),
                 imageOf(fusion->standardIcon(QStyle::SP_DialogOkButton)));
    }

    // When the menus do not fit, the overflow button shows, with its icon.
    void theOverflowButtonShowsItsIcon()
    {
        installStartupStyle();
        QMainWindow window;
        for (int i = 0; i < 12; ++i)
            window.menuBar()->addMenu(QStringLiteral("A long menu title %1").arg(i));
        window.resize(200, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *overflow = nullptr;
        for (auto *button : window.menuBar()->findChildren<QToolButton *>()) {
            if (button->isVisible())
                overflow = button;
        }
        QVERIFY2(overflow, "the menus fit after all; no overflow button to look at");
        QVERIFY(!overflow->icon().isNull());
        QVERIFY(!imageOf(overflow->icon()).isNull());
        QVERIFY(!window.grab().isNull()); // paints the button, which reads the icon
    }
};

QTEST_MAIN(TestStartupStyle)
#include "tst_startupstyle.moc"
