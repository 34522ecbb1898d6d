// tokendesk: the TokenDesk window.
#include "apppalette.h"
#include "appsettings.h"
#include "benchhook.h"
#include "clipboardguard.h"
#include "fontconfigwarmup.h"
#include "mainwindow.h"
#include "modulenetworkbackend.h"
#include "profile.h"
#include "requestoptions.h"
#include "secretstore.h"
#include "startupstyle.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

using namespace TokenDesk;

int main(int argc, char *argv[])
{
    // Fontconfig's configuration, read on the other core while the QApplication waits for the
    // X server, and finished before anything can ask for a font (ui/fontconfigwarmup.h).
    FontconfigWarmup fontconfig;
    QApplication app(argc, argv);
    fontconfig.finish();
    // Window state, drafts, recent values and settings; profiles have a file of their own.
    // Neither ever holds a secret. Read first: the language setting decides the translation.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QLatin1String(AppId),
                       QStringLiteral("tokendesk"));
    // The user's choice in Settings, else TOKENDESK_LANGUAGE, else the system language.
    installTranslations(app, AppSettings::load(settings).language);
    applyPaletteFromEnvironment(); // TOKENDESK_PALETTE=dark|light|high-contrast, else the desktop's
    installStartupStyle();         // no image-format plugins before the first frame
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QLatin1String(Version));
    QApplication::setOrganizationDomain(QStringLiteral("tokendesk.org"));
    QApplication::setDesktopFileName(QLatin1String(AppId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Short-lived cloud credentials from the TOP security-token API."));
    parser.addHelpOption();
    parser.addVersionOption();
    addRequestOptions(parser);
    const QCommandLineOption fetchOption(
        QStringLiteral("fetch"),
        QApplication::translate("main", "Fetch as soon as the window shows."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Use the embedded gateway simulator with demo credentials."));
    parser.addOptions({fetchOption, demoOption});
    // process() ends the program for --help, --version and a bad option, with exit() after Qt's
    // post routines and before the QApplication (and its release of fontconfig's configuration)
    // goes; the post routine releases what the warm-up read. On the way through, it does not.
    static FontconfigWarmup *exitingBeforeAnyFont = &fontconfig;
    qAddPostRoutine([] {
        if (exitingBeforeAnyFont)
            exitingBeforeAnyFont->releaseUnusedConfiguration();
    });
    parser.process(app);
    exitingBeforeAnyFont = nullptr;

    QStringList problems;
    const RequestOptions options = readRequestOptions(parser, problems);
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problems.join(QLatin1Char(' '))));
        return 2;
    }

    // QtNetwork and QtKeychain come with the network module, loaded at the first fetch or
    // keychain operation; the demo's gateway, too, waits for the first frame.
    ModuleNetworkBackend network;
    ProfileStore profiles;
    MemorySecretStore sessionSecrets;
    ClipboardGuard clipboard;

    MainWindow::Services services;
    services.profiles = &profiles;
    services.keychain = network.keychain();
    services.sessionSecrets = &sessionSecrets;
    services.network = &network;
    services.clipboard = &clipboard;
    services.settings = &settings;
    MainWindow window(services);
    if (parser.isSet(demoOption))
        window.startDemo();
    window.applyOptions(options);
    window.show();
    installStartupProbe(&window); // tokendesk-bench-window only (TOKENDESK_BENCH_PROBE=1)
    if (parser.isSet(fetchOption))
        window.fetchWhenShown();
    return app.exec();
}
