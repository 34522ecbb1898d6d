// tokendesk-bare-window: the floor for tokendesk-bench-window. A QMainWindow with one QLabel,
// set up like tokendesk (application name, display name, desktop file name) and reporting
// "shown" through the same startup probe, so the two differ only in what TokenDesk adds.
#include "benchhook.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENDESK_BARE_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("tokendesk.org"));
    QApplication::setDesktopFileName(QStringLiteral(TOKENDESK_BARE_APP_ID));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    window.setCentralWidget(new QLabel(QStringLiteral("Bare"), &window));
    // TokenDesk's first-run size (MainWindow's constructor, since the session list: 1200x740):
    // both then paint, and keep a backing store of, the same number of pixels, and the figures
    // compare what the program adds, not its area. tokendesk-bench-window checks the two sizes
    // on the X server and warns when they differ.
    window.resize(1200, 740);
    window.show();
    TokenDesk::installStartupProbe(&window);
    return app.exec();
}
