// StartupStyle: a menu bar made under it loads no image-format plugin, and the icons it
// defers draw exactly as the base style's once they are needed.
#include "startupstyle.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
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
    // one, checkable, and in a large font.
    void groupBoxFramesAreFusions_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("checkable");
        QTest::addColumn<int>("pointSize");
        QTest::newRow("titled") << "Request" << false << 0;
        QTest::newRow("untitled") << "" << false << 0;
        QTest::newRow("checkable") << "Proxy" << true << 0;
        QTest::newRow("large font") << "请求" << false << 20;
    }
    void groupBoxFramesAreFusions()
    {
        QFETCH(QString, title);
        QFETCH(bool, checkable);
        QFETCH(int, pointSize);
        const auto render = [&](QStyle *style) {
            QGroupBox box(title);
            box.setStyle(style);
            box.setCheckable(checkable);
            if (pointSize > 0) {
                QFont font = box.font();
                font.setPointSize(pointSize);
                box.setFont(font);
            }
            box.resize(240, 140);
            return box.grab().toImage();
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        StartupStyle startup(QStringLiteral("Fusion"));
        const QImage expected = render(fusion.get());
        QVERIFY(!expected.isNull());
        QCOMPARE(render(&startup), expected);
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
