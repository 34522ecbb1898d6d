// AppSettings: defaults, QSettings round trip, bounds, proxy and language choice, auto-refresh.
#include "appsettings.h"
#include "appsettingsfixture.h"
#include "profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TokenDesk;
using ProxyMode = AppSettings::ProxyMode;

Q_DECLARE_METATYPE(AppSettings)

namespace {

using TestSupport::everythingChanged;

QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(minutes * 60);
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh file for every test
        QVERIFY(m_dir->isValid());
    }

    void defaults()
    {
        const AppSettings s;
        QCOMPARE(s.clipboardClearSeconds, 30);
        QCOMPARE(s.warningMinutes, 5);
        QVERIFY(s.notifications);
        QVERIFY(!s.autoRefresh);
        QCOMPARE(s.autoRefreshMinutes, 5);
        QCOMPARE(s.proxyMode, ProxyMode::System);
        QCOMPARE(s.requestTimeoutSeconds, 15);
        QVERIFY(s.language.isEmpty());
        QVERIFY(s.validate().isEmpty());
        QCOMPARE(s.clipboardClearDelay(), std::chrono::milliseconds(30000));
        QCOMPARE(s.requestTimeout(), std::chrono::milliseconds(15000));
    }

    void emptyFileLoadsDefaults()
    {
        QSettings settings(path(), QSettings::IniFormat);
        QVERIFY(AppSettings::load(settings) == AppSettings());
    }

    void roundTrip()
    {
        const AppSettings saved = everythingChanged();
        QVERIFY(saved.validate().isEmpty());
        {
            QSettings settings(path(), QSettings::IniFormat);
            QCOMPARE(saved.save(settings), QString());
        }
        QSettings settings(path(), QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(settings);
        QVERIFY(loaded == saved);
        QCOMPARE(settings.value("settings/proxy_mode").toString(), "manual");
    }

    void failedWriteIsReported()
    {
        // A file under a regular file can be written by nobody, root included.
        QSettings settings(QStringLiteral("/dev/null/tokendesk.ini"), QSettings::IniFormat);
        const QString problem = everythingChanged().save(settings);
        QVERIFY2(problem.contains(QLatin1String("/dev/null/tokendesk.ini")), qPrintable(problem));
    }

    void handEditedFileIsClampedOrDefaulted()
    {
        {
            QSettings settings(path(), QSettings::IniFormat);
            settings.setValue("settings/clipboard_clear_seconds", 100000);
            settings.setValue("settings/warning_minutes", -3);
            settings.setValue("settings/auto_refresh_minutes", "soon");
            settings.setValue("settings/proxy_mode", "socks9");
            settings.setValue("settings/proxy_port", 70000);
            settings.setValue("settings/request_timeout_seconds", 0);
            settings.setValue("settings/language", "fr");
        }
        QSettings settings(path(), QSettings::IniFormat);
        const AppSettings s = AppSettings::load(settings);
        QCOMPARE(s.clipboardClearSeconds, AppSettings::MaxClipboardClearSeconds);
        QCOMPARE(s.warningMinutes, AppSettings::MinWarningMinutes);
        QCOMPARE(s.autoRefreshMinutes, 5);
        QCOMPARE(s.proxyMode, ProxyMode::System);
        QCOMPARE(s.proxyPort, quint16(65535));
        QCOMPARE(s.requestTimeoutSeconds, AppSettings::MinRequestTimeoutSeconds);
        QVERIFY(s.language.isEmpty());
        QVERIFY(s.validate().isEmpty());
    }

    void validateBounds_data()
    {
        QTest::addColumn<AppSettings>("settings");
        QTest::addColumn<bool>("valid");
        const AppSettings ok;
        const auto with = [&ok](auto change) {
            AppSettings s = ok;
            change(s);
            return s;
        };
        QTest::newRow("defaults") << ok << true;
        QTest::newRow("clear never")
            << with([](AppSettings &s) { s.clipboardClearSeconds = 0; }) << true;
        QTest::newRow("clear 600")
            << with([](AppSettings &s) { s.clipboardClearSeconds = 600; }) << true;
        QTest::newRow("clear 601")
            << with([](AppSettings &s) { s.clipboardClearSeconds = 601; }) << false;
        QTest::newRow("clear -1") << with([](AppSettings &s) { s.clipboardClearSeconds = -1; })
                                  << false;
        QTest::newRow("warning 0") << with([](AppSettings &s) { s.warningMinutes = 0; }) << false;
        QTest::newRow("warning 1") << with([](AppSettings &s) { s.warningMinutes = 1; }) << true;
        QTest::newRow("warning 60") << with([](AppSettings &s) { s.warningMinutes = 60; }) << true;
        QTest::newRow("warning 61") << with([](AppSettings &s) { s.warningMinutes = 61; }) << false;
        QTest::newRow("refresh 0 on") << with([](AppSettings &s) {
            s.autoRefresh = true;
            s.autoRefreshMinutes = 0;
        }) << false;
        QTest::newRow("refresh 61 on") << with([](AppSettings &s) {
            s.autoRefresh = true;
            s.autoRefreshMinutes = 61;
        }) << false;
        QTest::newRow("refresh 60 on") << with([](AppSettings &s) {
            s.autoRefresh = true;
            s.autoRefreshMinutes = 60;
        }) << true;
        QTest::newRow("refresh 0 off")
            << with([](AppSettings &s) { s.autoRefreshMinutes = 0; }) << true;
        QTest::newRow("timeout 0")
            << with([](AppSettings &s) { s.requestTimeoutSeconds = 0; }) << false;
        QTest::newRow("timeout 1")
            << with([](AppSettings &s) { s.requestTimeoutSeconds = 1; }) << true;
        QTest::newRow("timeout 120")
            << with([](AppSettings &s) { s.requestTimeoutSeconds = 120; }) << true;
        QTest::newRow("timeout 121")
            << with([](AppSettings &s) { s.requestTimeoutSeconds = 121; }) << false;
        const auto manual = [&with](const QString &host, quint16 port, const QString &user) {
            return with([&](AppSettings &s) {
                s.proxyMode = ProxyMode::Manual;
                s.proxyHost = host;
                s.proxyPort = port;
                s.proxyUser = user;
            });
        };
        QTest::newRow("manual ok") << manual("proxy.lan", 8080, "") << true;
        QTest::newRow("manual ipv6") << manual("::1", 8080, "bob") << true;
        QTest::newRow("manual no host") << manual("  ", 8080, "") << false;
        QTest::newRow("manual port 0") << manual("proxy.lan", 0, "") << false;
        QTest::newRow("manual port 65535") << manual("proxy.lan", 65535, "") << true;
        QTest::newRow("manual url") << manual("http://proxy.lan", 8080, "") << false;
        QTest::newRow("manual space") << manual("proxy lan", 8080, "") << false;
        QTest::newRow("manual user colon") << manual("proxy.lan", 8080, "a:b") << false;
        QTest::newRow("system ignores host")
            << with([](AppSettings &s) { s.proxyPort = 0; }) << true;
        QTest::newRow("language en") << with([](AppSettings &s) { s.language = "en"; }) << true;
        QTest::newRow("language zh_CN")
            << with([](AppSettings &s) { s.language = "zh_CN"; }) << true;
        QTest::newRow("language fr") << with([](AppSettings &s) { s.language = "fr"; }) << false;
    }

    void validateBounds()
    {
        QFETCH(AppSettings, settings);
        QFETCH(bool, valid);
        const QStringList problems = settings.validate();
        QVERIFY2(problems.isEmpty() == valid, qPrintable(problems.join(' ')));
        for (const QString &problem : problems)
            QVERIFY(!problem.isEmpty());
    }

    void proxyForEachMode()
    {
        AppSettings s = everythingChanged();
        s.proxyHost = " proxy.example.com ";

        s.proxyMode = ProxyMode::System;
        QCOMPARE(proxyFor(s, "pw").type(), QNetworkProxy::DefaultProxy);
        QVERIFY(proxyFor(s, "pw").password().isEmpty());

        s.proxyMode = ProxyMode::None;
        QCOMPARE(proxyFor(s, "pw").type(), QNetworkProxy::NoProxy);
        QVERIFY(proxyFor(s, "pw").password().isEmpty());

        s.proxyMode = ProxyMode::Manual;
        const QNetworkProxy manual = proxyFor(s, "pw");
        QCOMPARE(manual.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(manual.hostName(), "proxy.example.com");
        QCOMPARE(manual.port(), quint16(3128));
        QCOMPARE(manual.user(), "alice");
        QCOMPARE(manual.password(), "pw");

        // No user: nothing to authenticate with, so no password is attached either.
        s.proxyUser.clear();
        const QNetworkProxy anonymous = proxyFor(s, "pw");
        QVERIFY(anonymous.user().isEmpty());
        QVERIFY(anonymous.password().isEmpty());
    }

    void languageToLoad_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system zh_CN") << ""
                                      << "zh_CN"
                                      << "zh_CN";
        QTest::newRow("system zh_TW") << ""
                                      << "zh_TW"
                                      << "zh_CN";
        QTest::newRow("system zh_HK") << ""
                                      << "zh_HK"
                                      << "zh_CN";
        QTest::newRow("system zh_SG") << ""
                                      << "zh_SG"
                                      << "zh_CN";
        QTest::newRow("system en_US") << ""
                                      << "en_US"
                                      << "en";
        QTest::newRow("system de_DE") << ""
                                      << "de_DE"
                                      << "en";
        QTest::newRow("system C") << ""
                                  << "C"
                                  << "en";
        QTest::newRow("chosen en on zh") << "en"
                                         << "zh_CN"
                                         << "en";
        QTest::newRow("chosen zh_CN on en") << "zh_CN"
                                            << "en_US"
                                            << "zh_CN";
        QTest::newRow("unknown follows system") << "fr"
                                                << "zh_CN"
                                                << "zh_CN";
    }

    void languageToLoad()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        AppSettings s;
        s.language = setting;
        QCOMPARE(TokenDesk::languageToLoad(s, QLocale(system)), expected);
    }

    void autoRefreshTime_data()
    {
        QTest::addColumn<bool>("on");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("expected"); // minutes after issue, -1 = none
        QTest::newRow("off") << false << 5 << 60 << -1;
        QTest::newRow("5 of 60") << true << 5 << 60 << 55;
        QTest::newRow("59 of 60") << true << 59 << 60 << 1;
        QTest::newRow("60 of 60: would loop") << true << 60 << 60 << -1;
        QTest::newRow("5 of 2: would loop") << true << 5 << 2 << -1;
    }

    void autoRefreshTime()
    {
        QFETCH(bool, on);
        QFETCH(int, minutes);
        QFETCH(int, lifetime);
        QFETCH(int, expected);
        AppSettings s;
        s.autoRefresh = on;
        s.autoRefreshMinutes = minutes;
        const auto when = TokenDesk::autoRefreshTime(s, at(0), at(lifetime));
        if (expected < 0)
            QVERIFY(!when);
        else
            QCOMPARE(when, std::optional<QDateTime>(at(expected)));
    }

    void invalidTimesGiveNoAutoRefresh()
    {
        AppSettings s;
        s.autoRefresh = true;
        QVERIFY(!TokenDesk::autoRefreshTime(s, QDateTime(), at(60)));
        QVERIFY(!TokenDesk::autoRefreshTime(s, at(0), QDateTime()));
    }

    void proxyPasswordKeyIsNoProfileName()
    {
        QVERIFY(!proxyPasswordKey().isEmpty());
        QVERIFY(!profileNameProblem(proxyPasswordKey()).isEmpty());
    }

    void noPasswordInSettingsFile()
    {
        const QString password = "pr0xy-s3cret";
        const AppSettings s = everythingChanged();
        QCOMPARE(proxyFor(s, password).password(), password);
        {
            QSettings settings(path(), QSettings::IniFormat);
            s.save(settings);
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("alice"));
        QVERIFY(!text.contains(password.toUtf8()));
        QVERIFY(!text.toLower().contains("password"));
    }

private:
    QString path() const { return m_dir->filePath("settings.ini"); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
