// WCAG contrast of every status colour as the real widgets paint it: the policy tree's effect
// chips and the "Can I…?" answer, the JSON view, the countdown's warning and expired states and
// the error banner, under light, dark and high-contrast palettes, and after a theme switch.
// Each widget is rendered into a paint device that records what is drawn: every piece of text
// with its pen, and every filled shape with its brush. A text's background is the last solid
// fill drawn under it, so a colour set in a palette, a style sheet or a delegate is measured as
// it lands on screen.
#include "apppalette.h"
#include "clock.h"
#include "countdownwidget.h"
#include "errorbanner.h"
#include "jsonhighlighter.h"
#include "policyview.h"
#include "statuscolours.h"
#include "windowtestservices.h"

#include <QApplication>
#include <QLabel>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace TokenDesk;

namespace {

// WCAG 2.x, written out here rather than taken from the product, so that a mistake there
// cannot hide itself.
double luminance(const QColor &colour)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double wcagContrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// A brush as one colour: the colour itself, or the middle of a gradient.
QColor solidColour(const QBrush &brush)
{
    if (const QGradient *gradient = brush.gradient()) {
        const QGradientStops stops = gradient->stops();
        if (stops.isEmpty())
            return {};
        const QColor a = stops.first().second;
        const QColor b = stops.last().second;
        return QColor::fromRgbF((a.redF() + b.redF()) / 2, (a.greenF() + b.greenF()) / 2,
                                (a.blueF() + b.blueF()) / 2);
    }
    if (brush.style() == Qt::NoBrush || brush.style() >= Qt::Dense1Pattern)
        return {};
    return brush.color();
}

// The colour of an icon's solid pixels (its antialiased edges left out), on average.
QColor glyphColour(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    double red = 0;
    double green = 0;
    double blue = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 230)
                continue;
            red += qRed(pixel);
            green += qGreen(pixel);
            blue += qBlue(pixel);
            ++count;
        }
    }
    if (!count)
        return {};
    return QColor(qRound(red / count), qRound(green / count), qRound(blue / count));
}

// Records text and fills in device coordinates, in drawing order.
class RecordingEngine : public QPaintEngine
{
public:
    struct Fill
    {
        QRectF rect;
        QColor colour;
    };
    struct Text
    {
        QString text;
        QRectF rect;
        QColor colour;
        QColor background; // the last fill under the text's centre when it was drawn
    };

    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &changed) override
    {
        if (changed.state() & DirtyPen)
            m_pen = changed.pen();
        if (changed.state() & DirtyBrush)
            m_brush = changed.brush();
        if (changed.state() & DirtyTransform)
            m_transform = changed.transform();
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            fill(rects[i]);
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            fill(QRectF(rects[i]));
    }
    void drawPath(const QPainterPath &path) override { fill(path.boundingRect()); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            return;
        fill(QPolygonF(QList<QPointF>(points, points + count)).boundingRect());
    }
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override
    {
        if (mode == PolylineMode)
            return;
        fill(QPolygon(QList<QPoint>(points, points + count)).boundingRect());
    }
    void drawEllipse(const QRectF &rect) override { fill(rect); }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    { }
    void drawTiledPixmap(const QRectF &rect, const QPixmap &, const QPointF &) override
    {
        Q_UNUSED(rect)
    }

    void drawTextItem(const QPointF &origin, const QTextItem &item) override
    {
        const QRectF local(origin.x(), origin.y() - item.ascent(), item.width(),
                           item.ascent() + item.descent());
        const QRectF rect = m_transform.mapRect(local);
        QColor background;
        for (auto fill = m_fills.crbegin(); fill != m_fills.crend(); ++fill) {
            if (fill->rect.contains(rect.center())) {
                background = fill->colour;
                break;
            }
        }
        m_texts.append({item.text(), rect, m_pen.color(), background});
    }

    const QList<Text> &texts() const { return m_texts; }

private:
    void fill(const QRectF &shape)
    {
        const QColor colour = solidColour(m_brush);
        if (colour.isValid() && colour.alpha() == 255)
            m_fills.append({m_transform.mapRect(shape), colour});
    }

    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    QList<Fill> m_fills;
    QList<Text> m_texts;
};

class RecordingDevice : public QPaintDevice
{
public:
    explicit RecordingDevice(const QSize &size)
        : m_size(size)
    { }
    ~RecordingDevice() override = default;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<RecordingEngine::Text> &texts() const { return m_engine.texts(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return 0;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable RecordingEngine m_engine;
};

// What `widget` draws, with the background `fallback` wherever nothing was filled under a text.
QList<RecordingEngine::Text> renderTexts(QWidget *widget)
{
    RecordingDevice device(widget->size());
    widget->render(&device, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return device.texts();
}

const QDateTime Issued(QDate(2026, 11, 28), QTime(11, 0), QTimeZone::utc());

// Each effect the tree shows as a chip: allow, deny, and one the evaluator does not know.
PolicyDocument chipPolicy()
{
    PolicyDocument policy;
    policy.version = "1";
    policy.statements << PolicyStatement{"Allow", {"oss:GetObject"}, {"acs:oss:*:*:bucket/*"}}
                      << PolicyStatement{"Deny", {"oss:DeleteObject"}, {"acs:oss:*:*:bucket/*"}}
                      << PolicyStatement{"Audit", {"oss:ListObjects"}, {"acs:oss:*:*:bucket"}};
    return policy;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

using Roles = std::initializer_list<std::pair<QPalette::ColorRole, QRgb>>;

// Window, text, base and button colours first, from which QPalette derives the bevel shades.
QPalette paletteOf(QRgb window, QRgb text, QRgb base, QRgb button, Roles more)
{
    QPalette p(QColor::fromRgb(text), QColor::fromRgb(button), QColor::fromRgb(button).lighter(),
               QColor::fromRgb(button).darker(), QColor::fromRgb(button), QColor::fromRgb(text),
               Qt::white, QColor::fromRgb(base), QColor::fromRgb(window));
    for (const auto &[role, colour] : more)
        p.setColor(role, QColor::fromRgb(colour));
    return p;
}

// A dark desktop theme as KDE's Breeze Dark hands it to an application.
QPalette darkPalette()
{
    return paletteOf(0x202326, 0xfcfcfc, 0x141618, 0x292c30,
                     {{QPalette::AlternateBase, 0x1d1f22},
                      {QPalette::Highlight, 0x3daee9},
                      {QPalette::HighlightedText, 0xfcfcfc},
                      {QPalette::PlaceholderText, 0xa1a9b1}});
}

// A high-contrast theme: white on black, yellow selection, as GNOME's and Windows' do.
QPalette highContrastPalette()
{
    return paletteOf(0x000000, 0xffffff, 0x000000, 0x000000,
                     {{QPalette::Highlight, 0xffff00}, {QPalette::HighlightedText, 0x000000}});
}

// Light themes with a grey window, like Windows' classic one: less room between window and
// text than on white.
QPalette greyPalette()
{
    return paletteOf(0xd4d0c8, 0x000000, 0xffffff, 0xd4d0c8,
                     {{QPalette::Highlight, 0x0a246a}, {QPalette::HighlightedText, 0xffffff}});
}

// Dim dark themes, like JetBrains' Darcula: grey text on a grey-blue window.
QPalette dimPalette()
{
    return paletteOf(0x3c3f41, 0xbbbbbb, 0x2b2b2b, 0x4c5052,
                     {{QPalette::Highlight, 0x2f65ca}, {QPalette::HighlightedText, 0xffffff}});
}

// The test's own palettes, and "app-…" for those TOKENDESK_PALETTE names.
QPalette paletteNamed(const QByteArray &name)
{
    if (name.startsWith("app-")) {
        const std::optional<QPalette> own = namedPalette(QString::fromLatin1(name.mid(4)));
        if (!own)
            qFatal("no palette %s", name.constData());
        return *own;
    }
    if (name == "dark")
        return darkPalette();
    if (name == "high-contrast")
        return highContrastPalette();
    if (name == "grey")
        return greyPalette();
    if (name == "dim")
        return dimPalette();
    return lightPalette();
}

struct Sample
{
    QString what;
    QColor foreground;
    QColor background;
    // Eight bits a channel, as on screen.
    double ratio() const
    {
        return wcagContrast(QColor::fromRgb(foreground.rgb()), QColor::fromRgb(background.rgb()));
    }
};

// The widgets under test, as the window holds them.
class Subjects
{
public:
    Subjects()
        : clock(Issued)
    {
        policy.resize(720, 560);
        policy.setPolicy(chipPolicy());
        policy.show();

        countdown.setClock(&clock);
        countdown.setWarningThreshold(std::chrono::minutes(5));
        countdown.setDeadline(Issued, Issued.addSecs(3600));
        countdown.resize(360, 80);
        countdown.show();

        banner.resize(640, 200);

        // The policy holds strings only; numbers and literals come from a document of each kind.
        everyToken.setPlainText(
            QStringLiteral("{\n  \"n\": -1.5e3,\n  \"t\": true,\n  \"z\": null\n}"));
        everyToken.resize(320, 160);
    }

    QList<Sample> samples()
    {
        QList<Sample> found;
        chips(found);
        decisions(found);
        json(found);
        // What PolicyView does on a palette change, for the editor of its own here.
        highlighter.setPalette(everyToken.palette());
        keep(found, QStringLiteral("json tokens"), renderTexts(everyToken.viewport()), QString());
        countdownStates(found);
        bannerSeverities(found);
        return found;
    }

private:
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static void keep(QList<Sample> &into, const QString &what,
                     const QList<RecordingEngine::Text> &texts, const QString &needle)
    {
        // An empty needle keeps every text, once per pair of colours (the JSON view's tokens).
        bool seen = false;
        QSet<QPair<QRgb, QRgb>> pairs;
        for (const RecordingEngine::Text &text : texts) {
            if (text.text.trimmed().isEmpty() || (!needle.isEmpty() && text.text != needle))
                continue;
            seen = true;
            const QPair<QRgb, QRgb> pair(text.colour.rgb(), text.background.rgb());
            if (needle.isEmpty() && pairs.contains(pair))
                continue;
            pairs.insert(pair);
            into.append({what + QLatin1String(" \"") + text.text + QLatin1Char('"'), text.colour,
                         text.background});
        }
        if (!seen)
            into.append({what + QLatin1String(": \"") + needle + QLatin1String("\" not drawn"),
                         Qt::black, Qt::black});
    }

    void chips(QList<Sample> &into)
    {
        auto *tabs = child<QTabWidget>(&policy, "policyTabs");
        tabs->setCurrentWidget(child<QWidget>(&policy, "treeTab"));
        QTreeView *tree = child<QTreeView>(&policy, "policyTree");
        const auto texts = renderTexts(tree->viewport());
        for (const char *effect : {"Allow", "Deny", "Audit"})
            keep(into, QStringLiteral("chip"), texts, QLatin1String(effect));
    }

    void decisions(QList<Sample> &into)
    {
        const struct
        {
            const char *action;
            const char *resource;
        } checks[] = {{"oss:GetObject", "acs:oss:*:*:bucket/a"},
                      {"oss:DeleteObject", "acs:oss:*:*:bucket/a"}};
        for (const auto &check : checks) {
            policy.checkAccess(QLatin1String(check.action), QLatin1String(check.resource));
            QLabel *label = child<QLabel>(&policy, "decisionLabel");
            const auto texts = renderTexts(child<QWidget>(&policy, "decisionFrame"));
            keep(into, QStringLiteral("decision"), texts, label->text());
        }
    }

    void json(QList<Sample> &into)
    {
        auto *tabs = child<QTabWidget>(&policy, "policyTabs");
        tabs->setCurrentWidget(child<QWidget>(&policy, "jsonTab"));
        auto *view = child<QPlainTextEdit>(&policy, "policyJsonView");
        const auto texts = renderTexts(view->viewport());
        keep(into, QStringLiteral("json"), texts, QString());
    }

    void countdownStates(QList<Sample> &into)
    {
        const struct
        {
            const char *name;
            qint64 at;
        } states[] = {{"normal", 60}, {"warning", 3590}, {"expired", 3610}};
        for (const auto &state : states) {
            clock.set(Issued.addSecs(state.at));
            countdown.refresh();
            const auto texts = renderTexts(&countdown);
            const QString what = QLatin1String("countdown ") + QLatin1String(state.name);
            keep(into, what, texts, child<QLabel>(&countdown, "timeLeftLabel")->text());
            const QString word = child<QLabel>(&countdown, "stateLabel")->text();
            if (!word.isEmpty())
                keep(into, what, texts, word);
        }
    }

    void bannerSeverities(QList<Sample> &into)
    {
        const struct
        {
            const char *name;
            ErrorBanner::Severity severity;
        } severities[] = {{"error", ErrorBanner::Severity::Error},
                          {"warning", ErrorBanner::Severity::Warning},
                          {"information", ErrorBanner::Severity::Information}};
        for (const auto &severity : severities) {
            const QString message = QLatin1String("Banner ") + QLatin1String(severity.name);
            banner.showMessage(message, QStringLiteral("code: 7"), severity.severity);
            const auto texts = renderTexts(&banner);
            keep(into, QLatin1String("banner ") + QLatin1String(severity.name), texts, message);
            // The close button's glyph is drawn on the banner too; a black one vanishes there.
            auto *close = child<QToolButton>(&banner, "dismissErrorButton");
            into.append({QLatin1String("banner close icon ") + QLatin1String(severity.name),
                         glyphColour(close->icon().pixmap(close->iconSize())),
                         banner.palette().color(QPalette::Window)});
        }
    }

public:
    ManualClock clock;
    PolicyView policy;
    CountdownWidget countdown;
    ErrorBanner banner;
    QPlainTextEdit everyToken;
    JsonHighlighter highlighter{everyToken.document()};
};

// Prints every sample with its ratio and the lowest; true when all reach 4.5:1 on a known
// background.
bool checkAll(const QList<Sample> &samples, const QByteArray &palette)
{
    double lowest = 21.0;
    QString lowestWhat;
    QStringList failures;
    for (const Sample &sample : samples) {
        const double ratio = sample.ratio();
        const QString line =
            QStringLiteral("%1: %2 on %3 = %4:1")
                .arg(sample.what, sample.foreground.name(), sample.background.name())
                .arg(ratio, 0, 'f', 2);
        qDebug("%s %s", palette.constData(), qPrintable(line));
        if (!sample.background.isValid() || ratio < 4.5)
            failures << line;
        if (ratio < lowest) {
            lowest = ratio;
            lowestWhat = sample.what;
        }
    }
    qInfo("%s: lowest contrast %.2f:1 (%s) over %lld colours", palette.constData(), lowest,
          qPrintable(lowestWhat), qlonglong(samples.size()));
    if (!failures.isEmpty())
        qWarning("below 4.5:1 under %s:\n  %s", palette.constData(),
                 qPrintable(failures.join(QLatin1String("\n  "))));
    return failures.isEmpty();
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyStatusColourReads_data();
    void everyStatusColourReads();
    void aThemeSwitchRecolours_data();
    void aThemeSwitchRecolours();
    void theBannerFollowsItsWindow();
    void theEnvironmentForcesAPalette();
    void theRecorderSeesALowContrast();
    void theDemoBannerReads_data();
    void theDemoBannerReads();
};

void TestContrast::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestContrast::cleanup()
{
    QApplication::setPalette(lightPalette());
}

void TestContrast::everyStatusColourReads_data()
{
    QTest::addColumn<QByteArray>("palette");
    for (const char *name : {"light", "dark", "high-contrast", "grey", "dim", "app-light",
                             "app-dark", "app-high-contrast"})
        QTest::newRow(name) << QByteArray(name);
}

// Widgets made while the palette is already set, as at start-up under a dark desktop.
void TestContrast::everyStatusColourReads()
{
    QFETCH(QByteArray, palette);
    QApplication::setPalette(paletteNamed(palette));
    Subjects subjects;
    const QList<Sample> samples = subjects.samples();
    // Three chips, two answers, the JSON roles, five countdown texts, three banners and their
    // close icons.
    QVERIFY2(samples.size() >= 20, qPrintable(QString::number(samples.size())));
    QVERIFY2(checkAll(samples, palette), "a status colour reads below 4.5:1");
}

void TestContrast::theDemoBannerReads_data()
{
    everyStatusColourReads_data();
}

// The DEMO banner is painted in the palette's tool-tip pair, whatever the palette.
void TestContrast::theDemoBannerReads()
{
    QFETCH(QByteArray, palette);
    QApplication::setPalette(paletteNamed(palette));
    TestSupport::WindowTestServices services;
    auto window = services.makeWindow();
    QVERIFY(window->startDemo());
    auto *banner = window->findChild<QLabel *>(QStringLiteral("demoLabel"));
    QVERIFY(banner && banner->isVisible() && banner->autoFillBackground());
    const QColor text = banner->palette().color(banner->foregroundRole());
    const QColor background = banner->palette().color(banner->backgroundRole());
    const double ratio = contrastRatio(text, background);
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(text.name(), background.name())
                            .arg(ratio, 0, 'f', 2)));
}

void TestContrast::aThemeSwitchRecolours_data()
{
    QTest::addColumn<QByteArray>("palette");
    for (const char *name : {"dark", "high-contrast", "dim"})
        QTest::newRow(name) << QByteArray(name);
}

// Widgets made under a light palette, then the desktop switches theme while they are shown.
void TestContrast::aThemeSwitchRecolours()
{
    QFETCH(QByteArray, palette);
    QApplication::setPalette(lightPalette());
    Subjects subjects;
    const QList<Sample> before = subjects.samples();
    const QPalette theme = paletteNamed(palette);
    QApplication::setPalette(theme);
    // Qt hands the new palette to existing widgets through posted events, as a desktop's
    // theme switch arrives.
    for (QWidget *widget :
         {static_cast<QWidget *>(&subjects.policy), static_cast<QWidget *>(&subjects.countdown)})
        QTRY_COMPARE(widget->palette().color(QPalette::Base), theme.color(QPalette::Base));
    const QList<Sample> after = subjects.samples();
    QVERIFY2(checkAll(after, palette + " after a switch"),
             "a status colour reads below 4.5:1 after a theme switch");
    // The switch reached every widget: no colour pair is left as it was under the light theme.
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).what, before.at(i).what);
        QVERIFY2(after.at(i).background != before.at(i).background,
                 qPrintable(after.at(i).what + QLatin1String(" kept its light background")));
    }
}

// A palette set on the window alone (not the application's) reaches the banner too: no light
// box on a dark window.
void TestContrast::theBannerFollowsItsWindow()
{
    QApplication::setPalette(lightPalette());
    QWidget window;
    window.setPalette(darkPalette());
    window.resize(640, 200);
    auto *banner = new ErrorBanner(&window);
    banner->resize(640, 120);
    banner->showMessage(QStringLiteral("Banner on a dark window"), {},
                        ErrorBanner::Severity::Warning);
    const QColor background = banner->palette().color(QPalette::Window);
    QVERIFY2(luminance(background) < luminance(QColor(0x60, 0x60, 0x60)),
             qPrintable(background.name()));
    const auto texts = renderTexts(banner);
    QList<Sample> samples;
    for (const RecordingEngine::Text &text : texts) {
        if (text.text == QLatin1String("Banner on a dark window"))
            samples.append(
                {QStringLiteral("banner on a dark window"), text.colour, text.background});
    }
    QCOMPARE(samples.size(), 1);
    QCOMPARE(samples.first().background, background);
    QVERIFY(checkAll(samples, "dark window"));

    // And when the window's palette changes later, the banner follows.
    window.setPalette(lightPalette());
    QVERIFY(luminance(banner->palette().color(QPalette::Window)) > 0.5);
}

// TOKENDESK_PALETTE, as the window applies it at start.
void TestContrast::theEnvironmentForcesAPalette()
{
    const QByteArray saved = qgetenv("TOKENDESK_PALETTE");
    QApplication::setPalette(lightPalette());

    qputenv("TOKENDESK_PALETTE", "Dark");
    applyPaletteFromEnvironment();
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             namedPalette(u"dark")->color(QPalette::Window));
    QVERIFY(luminance(QApplication::palette().color(QPalette::Window)) < 0.05);

    // An unknown name warns and changes nothing; so does an empty one, silently.
    qputenv("TOKENDESK_PALETTE", "sepia");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^TOKENDESK_PALETTE=sepia ")));
    applyPaletteFromEnvironment();
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             namedPalette(u"dark")->color(QPalette::Window));
    qputenv("TOKENDESK_PALETTE", "");
    applyPaletteFromEnvironment();
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             namedPalette(u"dark")->color(QPalette::Window));

    QVERIFY(!namedPalette(u"sepia"));
    QVERIFY(namedPalette(u"HIGH-CONTRAST"));
    if (saved.isNull())
        qunsetenv("TOKENDESK_PALETTE");
    else
        qputenv("TOKENDESK_PALETTE", saved);
}

// The recorder must report what a widget really draws: a label given a grey on grey reads low.
void TestContrast::theRecorderSeesALowContrast()
{
    QWidget frame;
    frame.resize(200, 40);
    frame.setAutoFillBackground(true);
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    grey.setColor(QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    frame.setPalette(grey);
    QLabel label(QStringLiteral("grey"), &frame);
    label.resize(200, 40);
    const auto texts = renderTexts(&frame);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.first().colour, QColor(0x90, 0x90, 0x90));
    QCOMPARE(texts.first().background, QColor(0x80, 0x80, 0x80));
    QVERIFY(wcagContrast(texts.first().colour, texts.first().background) < 1.5);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
