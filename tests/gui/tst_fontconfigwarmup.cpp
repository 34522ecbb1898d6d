// FontconfigWarmup: the configuration its thread reads before the QApplication is the one Qt's
// font database then uses, not a second one read again. (That it saves time shows in
// tokendesk-bench-window, not in a test.)
#include "fontconfigwarmup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QTest>

#ifdef TOKENDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace TokenDesk;

namespace {
// Made in main(), before the QApplication, as tokendesk's main() does.
const FontconfigWarmup *startupWarmup = nullptr;
} // namespace

class TestFontconfigWarmup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtUsesTheConfigurationReadBeforeIt();
    void aLaterWarmupFindsItAndFinishesOnce();
    void destroyingWithoutFinishingWaits();
};

void TestFontconfigWarmup::qtUsesTheConfigurationReadBeforeIt()
{
#ifndef TOKENDESK_HAVE_FONTCONFIG
    QSKIP("built without fontconfig's headers: the warm-up does nothing");
#else
    QVERIFY2(startupWarmup->configuration(), "the thread built no configuration");
    // Qt's font database is filled now (FcInit() and the font list), with fonts in it...
    QVERIFY(!QFontDatabase::families().isEmpty());
    // ...from the configuration the thread read: had Qt read one again (a FcInit() that raced
    // the thread, or one after it was thrown away), the current one would be another.
    QCOMPARE(static_cast<const void *>(FcConfigGetCurrent()), startupWarmup->configuration());
#endif
}

void TestFontconfigWarmup::aLaterWarmupFindsItAndFinishesOnce()
{
#ifndef TOKENDESK_HAVE_FONTCONFIG
    QSKIP("built without fontconfig's headers: the warm-up does nothing");
#else
    FontconfigWarmup later;
    QCOMPARE(later.configuration(), nullptr); // not before finish()
    later.finish();
    QCOMPARE(later.configuration(), startupWarmup->configuration()); // read once, kept
    later.finish();
    QCOMPARE(later.configuration(), startupWarmup->configuration());
#endif
}

void TestFontconfigWarmup::destroyingWithoutFinishingWaits()
{
    // A std::thread destroyed while joinable calls std::terminate(): the destructor finishes.
    for (int i = 0; i < 20; ++i)
        FontconfigWarmup unfinished;
    QVERIFY(!QFontDatabase::families().isEmpty());
}

int main(int argc, char *argv[])
{
    FontconfigWarmup warmup;
    QApplication app(argc, argv);
    warmup.finish();
    startupWarmup = &warmup;
    TestFontconfigWarmup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontconfigwarmup.moc"
