// Reads fontconfig's configuration on a second thread while the QApplication is being made.
#pragma once

#include <thread>

namespace TokenDesk {

// The window's first text needs Qt's font database, and Qt fills it with FcInit(): fontconfig
// parses every file in /etc/fonts/conf.d (~24 M instructions, 4-6 ms here) on the main thread,
// after the QApplication. The QApplication's construction spends most of its ~10 ms waiting,
// not computing (~2 ms of instructions: the X server's replies, loading the platform plugin), so
// FcInit() can run beside it on the other core.
//
// Make one at the top of main(), before the QApplication, and finish() it before the first
// widget. Finishing is what makes it pay: fontconfig keeps the first configuration built and
// throws away any other built at the same time, so a FcInit() of Qt's that raced this one would
// parse everything again. After finish(), Qt's FcInit() finds the configuration and returns.
// Without fontconfig (another platform, or built without its headers) it does nothing.
// docs/performance.md, "Start-up, sixth round".
class FontconfigWarmup
{
public:
    FontconfigWarmup();
    ~FontconfigWarmup(); // finishes
    FontconfigWarmup(const FontconfigWarmup &) = delete;
    FontconfigWarmup &operator=(const FontconfigWarmup &) = delete;

    // Waits for the thread. Idempotent.
    void finish();

    // Releases the configuration the thread built, for a program that ends before anything
    // used a font: QCommandLineParser::process() ends it with exit() for --help, --version or a
    // bad option, and the QApplication, whose font database releases the configuration when it
    // goes, never goes. (Otherwise fontconfig's parser leaves 288 bytes that LeakSanitizer
    // reports.) Call it after finish(), and only when Qt has not used the configuration.
    void releaseUnusedConfiguration();

    // The configuration the thread built: null before finish(), without fontconfig, or when no
    // thread could be started (Qt then reads the configuration itself, as without this class).
    // Opaque (an FcConfig *) so that this header does not need fontconfig's.
    const void *configuration() const { return m_configuration; }

private:
    std::thread m_thread;
    const void *m_configuration = nullptr;
    const void *m_built = nullptr; // written by the thread, read after the join
};

} // namespace TokenDesk
