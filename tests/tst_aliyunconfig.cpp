// Tests of the aliyun External profile: the process_command words, their POSIX quoting (split
// back by Python's shlex, as the SDKs do, and by sh), the config.json edit, and the file write.
#include "aliyunconfig.h"
#include "posixtestsupport.h"
#include "requestoptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TestSupport;

namespace {

RequestOptions sampleOptions()
{
    RequestOptions options;
    options.settings.gateway = QUrl(QStringLiteral("http://127.0.0.1:8080/router/rest"));
    options.settings.appKey = QStringLiteral("12345678");
    options.request.tenantCode = QStringLiteral("t-1");
    options.request.storeId = QStringLiteral("poi 1");
    options.request.sceneCode = QStringLiteral("场景");
    options.request.usageScene = QStringLiteral("it's");
    options.request.productCode = QStringLiteral("oss");
    options.request.requestId = QStringLiteral("fixed-request-id");
    return options;
}

// The words `sh` makes of `line`.
QStringList shSplit(const QString &line)
{
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + line});
    if (!sh.waitForFinished(20000))
        return {QStringLiteral("<sh did not finish>")};
    QByteArray out = sh.readAllStandardOutput();
    QStringList words;
    if (out.endsWith('\0'))
        out.chop(1);
    else
        return words;
    for (const QByteArray &word : out.split('\0'))
        words << QString::fromUtf8(word);
    return words;
}

QJsonObject profileNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &value : root.value("profiles").toArray()) {
        if (value.toObject().value("name").toString() == name)
            return value.toObject();
    }
    return {};
}

AliyunExternalProfile sampleProfile(const QString &name = QStringLiteral("td"))
{
    AliyunExternalProfile profile;
    profile.name = name;
    profile.command = {"/usr/bin/tokendesk-cli", "fetch", "--tenant", "it's", "-o",
                       "aliyun-process"};
    return profile;
}

} // namespace

class TestAliyunConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processCommand_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<bool>("simplify");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QStringList>("expected");
        const QStringList request{"--tenant", "t-1",           "--store", "poi 1",     "--scene",
                                  "场景",     "--usage-scene", "it's",    "--product", "oss"};
        const QStringList tail{"-o", "aliyun-process"};
        QTest::newRow("no profile: the whole connection")
            << QString() << QStringList() << false << 15000
            << QStringList{"/opt/td",       "fetch",
                           "--gateway",     "http://127.0.0.1:8080/router/rest",
                           "--app-key",     "12345678",
                           "--sign-method", "hmac-sha256",
                           "--format",      "json"}
                + request + tail;
        QTest::newRow("no profile, simplify, timeout")
            << QString() << QStringList() << true << 2500
            << QStringList{"/opt/td",       "fetch",
                           "--gateway",     "http://127.0.0.1:8080/router/rest",
                           "--app-key",     "12345678",
                           "--sign-method", "hmac-sha256",
                           "--simplify",    "--format",
                           "json"}
                + request + QStringList{"--timeout", "2.5"} + tail;
        QTest::newRow("profile: only what was given on top")
            << QStringLiteral("prod") << QStringList() << false << 15000
            << QStringList{"/opt/td", "fetch", "--profile", "prod"} + request + tail;
        QTest::newRow("profile plus a gateway")
            << QStringLiteral("prod") << QStringList{"gateway"} << false << 15000
            << QStringList{"/opt/td", "fetch",     "--profile",
                           "prod",    "--gateway", "http://127.0.0.1:8080/router/rest"}
                + request + tail;
    }
    void processCommand()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, given);
        QFETCH(bool, simplify);
        QFETCH(int, timeoutMs);
        QFETCH(QStringList, expected);
        RequestOptions options = sampleOptions();
        options.profile = profile;
        options.given = given;
        options.settings.simplify = simplify;
        options.timeout = std::chrono::milliseconds(timeoutMs);
        const QStringList words = aliyunProcessCommand(QStringLiteral("/opt/td"), options);
        QCOMPARE(words, expected);
        // Each run needs a fresh request_id; none is fixed in the profile.
        QVERIFY(!words.contains("--request-id"));
        QVERIFY(!words.contains("fixed-request-id"));
    }

    void processCommandKeepsToken()
    {
        RequestOptions options = sampleOptions();
        options.request.token = QStringLiteral("req-token");
        const QStringList words = aliyunProcessCommand(QStringLiteral("td"), options);
        const qsizetype at = words.indexOf("--token");
        QVERIFY(at > 0);
        QCOMPARE(words.value(at + 1), "req-token");
    }

    void shellJoinRoundTrip_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringList{"/usr/bin/tokendesk-cli", "fetch", "-o", "json"};
        QTest::newRow("spaces") << QStringList{"/opt/My Tools/td", "a b", "  "};
        QTest::newRow("empty word") << QStringList{"td", "", "x"};
        QTest::newRow("single quotes") << QStringList{"it's", "'", "''", "a'b'c"};
        QTest::newRow("double quotes") << QStringList{"\"", "say \"hi\""};
        QTest::newRow("shell syntax") << QStringList{
            "$(touch /tmp/pwned)", "`id`", "$HOME", "a;b", "x|y", "*", "~", "#c", "&", "!"};
        QTest::newRow("backslashes") << QStringList{"\\", "a\\'b", "\\n"};
        QTest::newRow("newline and tab") << QStringList{"line1\nline2", "a\tb"};
        QTest::newRow("unicode") << QStringList{"场景一", "上传", "é"};
    }
    void shellJoinRoundTrip()
    {
        QFETCH(QStringList, words);
        const QString line = shellJoin(words);
        QCOMPARE(shlexSplit(line), words);
        QCOMPARE(shSplit(line), words);
    }

    void upsert_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::addColumn<QString>("region");         // the profile's regionId
        QTest::addColumn<QStringList>("names");      // profile names afterwards, in order
        QTest::addColumn<QString>("current");        // afterwards
        QTest::addColumn<QString>("expectedRegion"); // of the written profile
        QTest::newRow("no file") << QByteArray() << QString() << QStringList{"td"} << "td"
                                 << "cn-hangzhou";
        QTest::newRow("blank file") << QByteArray(" \n") << QString() << QStringList{"td"} << "td"
                                    << "cn-hangzhou";
        QTest::newRow("empty object")
            << QByteArray("{}") << "cn-beijing" << QStringList{"td"} << "td"
            << "cn-beijing";
        QTest::newRow("other profiles kept, current kept")
            << QByteArray(R"({"current":"default","profiles":[{"name":"default","mode":"AK",)"
                          R"("access_key_id":"AKID","region_id":"cn-shanghai"},{"name":"b"}],)"
                          R"("meta_path":"/m","unknown":{"deep":[1,2]}})")
            << QString() << QStringList{"default", "b", "td"} << "default"
            << "cn-hangzhou";
        QTest::newRow("same name replaced in place, its region kept")
            << QByteArray(R"({"current":"","profiles":[{"name":"a"},{"name":"td","mode":"AK",)"
                          R"("region_id":"cn-shenzhen","sts_token":"STALE","language":"zh",)"
                          R"("process_command":"old"},{"name":"z"}]})")
            << QString() << QStringList{"a", "td", "z"} << "td"
            << "cn-shenzhen";
        QTest::newRow("same name, new region given")
            << QByteArray(R"({"profiles":[{"name":"td","region_id":"cn-shenzhen"}]})")
            << "ap-southeast-1" << QStringList{"td"} << "td"
            << "ap-southeast-1";
    }
    void upsert()
    {
        QFETCH(QByteArray, existing);
        QFETCH(QString, region);
        QFETCH(QStringList, names);
        QFETCH(QString, current);
        QFETCH(QString, expectedRegion);
        AliyunExternalProfile profile = sampleProfile();
        profile.regionId = region;
        const AliyunConfigEdit edit = upsertExternalProfile(existing, profile);
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(edit.text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList written;
        for (const QJsonValue &value : root.value("profiles").toArray())
            written << value.toObject().value("name").toString();
        QCOMPARE(written, names);
        QCOMPARE(root.value("current").toString(), current);
        QVERIFY(root.contains("meta_path"));

        const QJsonObject td = profileNamed(root, "td");
        QCOMPARE(td.value("mode").toString(), "External");
        QCOMPARE(td.value("process_command").toString(), shellJoin(profile.command));
        QCOMPARE(td.value("region_id").toString(), expectedRegion);
        QVERIFY(!td.contains("sts_token")); // credentials the SDK wrote back go
        QVERIFY(!td.contains("access_key_id"));

        // Everything else is exactly as it was.
        const QJsonObject before = QJsonDocument::fromJson(existing).object();
        for (const QString &key : before.keys()) {
            if (key != "profiles" && !(key == "current" && before.value(key).toString().isEmpty()))
                QCOMPARE(root.value(key), before.value(key));
        }
        for (const QJsonValue &value : before.value("profiles").toArray()) {
            const QJsonObject old = value.toObject();
            if (old.value("name").toString() != "td")
                QCOMPARE(profileNamed(root, old.value("name").toString()), old);
        }
        if (existing.contains("\"language\":\"zh\""))
            QCOMPARE(td.value("language").toString(), "zh");
    }

    void upsertRefuses_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::newRow("truncated") << QByteArray(R"({"profiles":[{"name":"a")");
        QTest::newRow("garbage") << QByteArray("not json at all");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray("\"config\"");
        QTest::newRow("profiles not a list") << QByteArray(R"({"profiles":{"name":"a"}})");
        QTest::newRow("trailing garbage") << QByteArray(R"({"profiles":[]} x)");
    }
    void upsertRefuses()
    {
        QFETCH(QByteArray, existing);
        const AliyunConfigEdit edit = upsertExternalProfile(existing, sampleProfile());
        QVERIFY(!edit.ok());
        QVERIFY(edit.text.isEmpty());
        QVERIFY2(edit.error.contains("left as it is"), qPrintable(edit.error));
    }

    void writeCreatesPrivateFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(".aliyun/config.json");
        QCOMPARE(writeExternalProfile(path, sampleProfile()), QString());
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir.filePath(".aliyun")), 0700);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(profileNamed(QJsonDocument::fromJson(file.readAll()).object(), "td")
                     .value("mode")
                     .toString(),
                 "External");
    }

    void writeTightensExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"profiles":[{"name":"keep"}]})");
        file.close();
        QVERIFY(setMode(path, 0644));
        QCOMPARE(writeExternalProfile(path, sampleProfile()), QString());
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value("profiles").toArray().size(), 2);
    }

    void writeLeavesCorruptFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        const QByteArray corrupt = "{\"profiles\": [ {\"name\": \"a\"";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(corrupt);
        file.close();
        QVERIFY(setMode(path, 0640));
        const QString error = writeExternalProfile(path, sampleProfile());
        QVERIFY(error.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), corrupt);
        QCOMPARE(modeOf(path), 0640);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"config.json"});
    }
};

QTEST_GUILESS_MAIN(TestAliyunConfig)
#include "tst_aliyunconfig.moc"
