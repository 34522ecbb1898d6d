// Tests of the credential export formats: exact output, the expiry comment, and hostile values
// that must either read back unchanged in the real interpreter or be refused with a reason.
#include "credentialformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace TokenDesk;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC);

TokenResponse plainResponse()
{
    TokenResponse response;
    SecurityToken &c = response.credential;
    c.accessKeyId = QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2");
    c.accessKeySecret = QStringLiteral("6jPz9S0b+Vt/4CqRwNkA8hU=");
    c.securityToken = QStringLiteral("CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==");
    c.productCode = QStringLiteral("oss");
    c.endPointPublic = QStringLiteral("https://oss-cn-shanghai.aliyuncs.com");
    c.endPointInternal = QStringLiteral("https://oss-cn-shanghai-internal.aliyuncs.com");
    c.expirationText = QStringLiteral("2026-11-28T12:00:00Z");
    c.expiration = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    response.respCode = QStringLiteral("200");
    return response;
}

// The values each test reads back: id, secret, token.
QStringList credentialValues(const TokenResponse &response)
{
    return {response.credential.accessKeyId, response.credential.accessKeySecret,
            response.credential.securityToken};
}

const QStringList VariableNames = {
    "ALIBABA_CLOUD_ACCESS_KEY_ID",  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN", "OSS_ACCESS_KEY_ID",
    "OSS_ACCESS_KEY_SECRET",        "OSS_SESSION_TOKEN"};

const QString Comment =
    QStringLiteral("TokenDesk temporary credential; expires 2026-11-28T12:00:00Z (in 3600 s)");

QList<ExportFormat> allFormats()
{
    return {ExportFormat::Json,       ExportFormat::Env,    ExportFormat::Fish,
            ExportFormat::PowerShell, ExportFormat::Cmd,    ExportFormat::Dotenv,
            ExportFormat::Ossutil,    ExportFormat::Aliyun, ExportFormat::AliyunProcess};
}

struct Hostile
{
    const char *name;
    QString value;
    QList<ExportFormat> refusedBy;
};

// Values that break naive quoting, and the formats that must refuse each.
QList<Hostile> hostiles()
{
    using F = ExportFormat;
    return {
        {"base64", "CAIS+/abc==", {}},
        {"single quote", "it's 'quoted'", {F::Dotenv}},
        {"double quote", "say \"hi\"", {F::Cmd}},
        {"dollar", "$HOME ${HOME} $(touch /tmp/tokendesk-pwned) $((1+1))", {}},
        {"backticks", "`touch /tmp/tokendesk-pwned` ``", {}},
        {"backslashes", "a\\b\\\\c\\'d\\", {F::Dotenv}},
        {"bang", "!! !$ !-1 !x", {F::Cmd}},
        {"spaces", "  two  spaces  ", {F::Ossutil}},
        {"tabs", "a\tb", {F::Cmd, F::Ossutil}},
        {"unicode", QString::fromUtf8("租户 ünïcödé 🔑"), {F::Cmd}},
        {"curly quotes", QString::fromUtf8("‘a’ ‚b‛ “c” ’'"), {F::Cmd, F::Dotenv}},
        {"percent", "%PATH% %% %~d0", {F::Cmd}},
        {"caret", "a^b", {F::Cmd}},
        {"cmd metacharacters", "& | < > ( ) ; , =", {}},
        {"hash and ini", "#x ;y [s] k=v:w", {}},
        {"option-like", "-e --erase", {}},
        {"newline", "a\nb", {F::Cmd, F::Dotenv, F::Ossutil}},
        {"crlf", "a\r\nb", {F::Cmd, F::Dotenv, F::Ossutil}},
        {"trailing newline", "abc\n", {F::Cmd, F::Dotenv, F::Ossutil}},
        {"escape character", "a\x1b[31mred", {F::Cmd, F::Ossutil}},
        {"fish internal ranges", QString::fromUtf8("\xef\x98\x80 \xef\xb7\x90"), {F::Cmd}},
        {"NUL",
         QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
         {F::Env, F::Fish, F::PowerShell, F::Cmd, F::Dotenv, F::Ossutil}},
        {"unpaired surrogate", QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")),
         allFormats()},
    };
}

TokenResponse hostileResponse(const QString &value)
{
    TokenResponse response = plainResponse();
    response.credential.accessKeySecret = value;
    response.credential.securityToken = QStringLiteral("CAIS") + value + QStringLiteral("==");
    return response;
}

// Runs `program` with the script on standard input (never a file: no secret touches the disk)
// and returns what it printed. Null when the program is missing or failed.
std::optional<QByteArray> runWithStdin(const QString &program, const QStringList &arguments,
                                       const QString &script, QByteArray *errors)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : VariableNames)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    *errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// The six variables as a child process sees them (so only exported ones count), from
// `env -0`, in interfaces.md's order.
QStringList exportedVariables(const QList<QByteArray> &environment)
{
    QStringList values;
    for (const QString &name : VariableNames) {
        const QByteArray prefix = name.toUtf8() + '=';
        for (const QByteArray &entry : environment) {
            if (entry.startsWith(prefix))
                values << QString::fromUtf8(entry.mid(prefix.size()));
        }
    }
    return values;
}

// PowerShell's tokenizer inside '…': any of its five single quotes followed by another is one
// escaped quote (the second is kept); one alone ends the string.
bool isPowerShellQuote(QChar c)
{
    return c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B);
}

QStringList readPowerShell(const QString &script)
{
    QStringList values;
    const QString assign = QStringLiteral(" = ");
    qsizetype at = 0;
    while ((at = script.indexOf(QStringLiteral("$Env:"), at)) >= 0) {
        at = script.indexOf(assign, at) + assign.size();
        if (!isPowerShellQuote(script.at(at)))
            return {};
        QString value;
        for (++at; at < script.size(); ++at) {
            if (isPowerShellQuote(script.at(at))) {
                if (at + 1 < script.size() && isPowerShellQuote(script.at(at + 1))) {
                    value += script.at(++at);
                    continue;
                }
                break;
            }
            value += script.at(at);
        }
        values << value;
    }
    return values;
}

// `set "NAME=value"`: cmd takes everything between the first '=' and the last quote.
QStringList readCmd(const QString &script)
{
    QStringList values;
    for (const QString &line : script.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("@rem ")))
            continue;
        if (!line.startsWith(QStringLiteral("@set \"")) || !line.endsWith(QLatin1Char('"')))
            return {};
        const QString inner = line.mid(6, line.size() - 7);
        values << inner.mid(inner.indexOf(QLatin1Char('=')) + 1);
    }
    return values;
}

} // namespace

class TestCredentialFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The interpreter itself, not a version manager's shim that costs a second per start.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QByteArray errors;
        if (!python.isEmpty()) {
            if (const auto path = runWithStdin(
                    python, {"-c", "import sys; sys.stdout.write(sys.executable)"}, {}, &errors))
                m_python = QString::fromUtf8(*path);
        }
    }

    void namesAndTitles()
    {
        QCOMPARE(exportFormatNames(),
                 QStringList({"json", "env", "fish", "powershell", "cmd", "dotenv", "ossutil",
                              "aliyun", "aliyun-process"}));
        QStringList titles;
        for (const ExportFormat format : allFormats()) {
            QCOMPARE(exportFormatFromName(exportFormatName(format)), format);
            QCOMPARE(exportFormatFromName(exportFormatName(format).toUpper()), format);
            QVERIFY(!exportFormatTitle(format).isEmpty());
            titles << exportFormatTitle(format);
        }
        titles.removeDuplicates();
        QCOMPARE(titles.size(), allFormats().size());
        QCOMPARE(exportFormatTitle(ExportFormat::PowerShell), QStringLiteral("PowerShell"));
        QCOMPARE(exportFormatTitle(ExportFormat::Ossutil), QStringLiteral("ossutil config section"));
        QVERIFY(!exportFormatFromName(QStringLiteral("yaml")));
    }

    void golden_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2");
        const QString secret = QStringLiteral("6jPz9S0b+Vt/4CqRwNkA8hU=");
        const QString token = QStringLiteral("CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==");
        const auto lines = [&](const QString &prefix, const QString &pattern) {
            QString out = prefix + Comment + QLatin1Char('\n');
            for (const auto &[name, value] :
                 QList<QPair<QString, QString>>{{"ALIBABA_CLOUD_ACCESS_KEY_ID", id},
                                                {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret},
                                                {"ALIBABA_CLOUD_SECURITY_TOKEN", token},
                                                {"OSS_ACCESS_KEY_ID", id},
                                                {"OSS_ACCESS_KEY_SECRET", secret},
                                                {"OSS_SESSION_TOKEN", token}})
                out += pattern.arg(name, value) + QLatin1Char('\n');
            return out;
        };
        QTest::newRow("env") << ExportFormat::Env << lines("# ", "export %1='%2'");
        QTest::newRow("fish") << ExportFormat::Fish << lines("# ", "set -gx %1 '%2'");
        QTest::newRow("powershell") << ExportFormat::PowerShell << lines("# ", "$Env:%1 = '%2'");
        QTest::newRow("cmd") << ExportFormat::Cmd << lines("@rem ", "@set \"%1=%2\"");
        QTest::newRow("dotenv") << ExportFormat::Dotenv << lines("# ", "%1='%2'");
        QTest::newRow("ossutil") << ExportFormat::Ossutil
                                 << QString("# " + Comment
                                            + "\n[Credentials]\n"
                                              "endpoint=https://oss-cn-shanghai.aliyuncs.com\n"
                                              "accessKeyID=STS.NUgYrLnoC37mZZCNnAbez2\n"
                                              "accessKeySecret=6jPz9S0b+Vt/4CqRwNkA8hU=\n"
                                              "stsToken=CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==\n");
        QTest::newRow("aliyun") << ExportFormat::Aliyun
                                << QString(
                                       "{\n"
                                       "  \"name\": \"tokendesk\",\n"
                                       "  \"mode\": \"StsToken\",\n"
                                       "  \"access_key_id\": \"STS.NUgYrLnoC37mZZCNnAbez2\",\n"
                                       "  \"access_key_secret\": \"6jPz9S0b+Vt/4CqRwNkA8hU=\",\n"
                                       "  \"sts_token\": \"CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==\",\n"
                                       "  \"region_id\": \"cn-shanghai\",\n"
                                       "  \"output_format\": \"json\",\n"
                                       "  \"language\": \"en\"\n"
                                       "}\n");
        // What an External profile's process_command prints (interfaces.md), read by the aliyun
        // CLI and @alicloud/credentials.
        QTest::newRow("aliyun-process")
            << ExportFormat::AliyunProcess
            << QString("{\n"
                       "  \"mode\": \"StsToken\",\n"
                       "  \"access_key_id\": \"STS.NUgYrLnoC37mZZCNnAbez2\",\n"
                       "  \"access_key_secret\": \"6jPz9S0b+Vt/4CqRwNkA8hU=\",\n"
                       "  \"sts_token\": \"CAIS8gF1q6Ft5B2yfSjIr5bkK+/x==\",\n"
                       "  \"expiration\": \"2026-11-28T12:00:00Z\"\n"
                       "}\n");
    }
    void golden()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, expected);
        const FormattedCredential formatted = formatCredential(plainResponse(), format, Now);
        QVERIFY2(formatted.ok(), qPrintable(formatted.error));
        QCOMPARE(formatted.text, expected);
    }

    void jsonKeepsItsShape()
    {
        const FormattedCredential formatted =
            formatCredential(plainResponse(), ExportFormat::Json, Now);
        QVERIFY(formatted.ok());
        QVERIFY(
            formatted.text.startsWith("{\n  \"access_key_id\": \"STS.NUgYrLnoC37mZZCNnAbez2\",\n"));
        QVERIFY(formatted.text.contains(
            "\"expiration\": \"2026-11-28T12:00:00Z\",\n  \"expires_in\": 3600,"));
        QVERIFY(formatted.text.endsWith("}\n"));
    }

    void expiryComment_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("commentStart");
        QTest::newRow("env") << ExportFormat::Env << "# ";
        QTest::newRow("fish") << ExportFormat::Fish << "# ";
        QTest::newRow("powershell") << ExportFormat::PowerShell << "# ";
        QTest::newRow("cmd") << ExportFormat::Cmd << "@rem ";
        QTest::newRow("dotenv") << ExportFormat::Dotenv << "# ";
        QTest::newRow("ossutil") << ExportFormat::Ossutil << "# ";
        QTest::newRow("aliyun (JSON, no comment)") << ExportFormat::Aliyun << QString();
    }

    // The SDKs compare aliyun-process's expiration with this machine's clock: with the gateway
    // 900 s ahead, the credential ends 900 s earlier by ours.
    void localClockExpiry()
    {
        TokenResponse response = plainResponse();
        const QDateTime gatewayExpiry = response.credential.expiration;
        QCOMPARE(onLocalClock(response, 900).credential.expiration, gatewayExpiry.addSecs(-900));
        QCOMPARE(onLocalClock(response, -60).credential.expiration, gatewayExpiry.addSecs(60));
        response.credential.expiration = QDateTime();
        QVERIFY(!onLocalClock(response, 900).credential.expiration.isValid());
    }
    void expiryComment()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, commentStart);
        TokenResponse response = plainResponse();
        const QString text = formatCredential(response, format, Now).text;
        if (commentStart.isEmpty()) {
            QVERIFY(!text.contains("expires"));
            return;
        }
        QVERIFY(text.startsWith(commentStart + Comment + '\n'));
        // Later than the expiry: 0 s left, never negative.
        QVERIFY(formatCredential(response, format, Now.addDays(1)).text.contains("(in 0 s)"));
        // Unknown expiry: the comment says so rather than inventing one. Network text never
        // reaches the comment, however the expiry was spelled.
        response.credential.expiration = QDateTime();
        response.credential.expirationText = QStringLiteral("soon\nrm -rf ~");
        const QString unknown = formatCredential(response, format, Now).text;
        QVERIFY(
            unknown.startsWith(commentStart + "TokenDesk temporary credential; expiry unknown\n"));
        QVERIFY(!unknown.contains("rm -rf"));
    }

    void regionFromEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("region");
        QTest::newRow("oss https") << "https://oss-cn-shanghai.aliyuncs.com"
                                   << "cn-shanghai";
        QTest::newRow("oss bare") << "oss-cn-hangzhou.aliyuncs.com"
                                  << "cn-hangzhou";
        QTest::newRow("oss internal") << "oss-ap-southeast-1-internal.aliyuncs.com"
                                      << "ap-southeast-1";
        QTest::newRow("sls") << "https://cn-beijing.log.aliyuncs.com"
                             << "cn-beijing";
        QTest::newRow("port") << "http://oss-us-west-1.aliyuncs.com:80/x"
                              << "us-west-1";
        QTest::newRow("accelerate") << "oss-accelerate.aliyuncs.com"
                                    << "cn-hangzhou";
        QTest::newRow("resource group") << "oss-rg-china-mainland.aliyuncs.com"
                                        << "cn-hangzhou";
        QTest::newRow("empty") << ""
                               << "cn-hangzhou";
        QTest::newRow("hostile") << "https://oss-cn-\"x\".aliyuncs.com"
                                 << "cn-hangzhou";
        QTest::newRow("localhost") << "http://127.0.0.1:8080"
                                   << "cn-hangzhou";
    }
    void regionFromEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, region);
        QCOMPARE(TokenDesk::regionFromEndpoint(endpoint), region);
    }

    void ossutilWithoutEndpoint()
    {
        TokenResponse response = plainResponse();
        response.credential.endPointPublic.clear();
        const QString text = formatCredential(response, ExportFormat::Ossutil, Now).text;
        QVERIFY(!text.contains("\nendpoint="));
        QVERIFY(text.contains("\n# the gateway named no endpoint"));
        QVERIFY(text.contains("\naccessKeyID=STS.NUgYrLnoC37mZZCNnAbez2\n"));
        // A hostile endpoint is refused like any other value.
        response.credential.endPointPublic = QStringLiteral("oss.example\n[Evil]");
        const FormattedCredential refused = formatCredential(response, ExportFormat::Ossutil, Now);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains("endpoint"), qPrintable(refused.error));
    }

    // Each hostile value as the secret (and inside the token) in every format: read back exactly
    // by the format's reader, or refused with an error that names the format.
    void hostileValues_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        for (const Hostile &hostile : hostiles()) {
            for (const ExportFormat format : allFormats()) {
                QTest::addRow("%s, %s", qPrintable(exportFormatName(format)), hostile.name)
                    << format << hostile.value << hostile.refusedBy.contains(format);
            }
        }
    }
    void hostileValues()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, value);
        QFETCH(bool, refused);
        const TokenResponse response = hostileResponse(value);
        const FormattedCredential formatted = formatCredential(response, format, Now);
        if (refused) {
            QVERIFY2(!formatted.ok(), qPrintable(formatted.text));
            QVERIFY(formatted.text.isEmpty());
            QVERIFY2(formatted.error.contains("(" + exportFormatName(format) + ")"),
                     qPrintable(formatted.error));
            QVERIFY2(formatted.error.contains("AccessKey secret"), qPrintable(formatted.error));
            QVERIFY2(formatted.error.contains("U+"), qPrintable(formatted.error));
            QVERIFY(!formatted.error.contains(value));
            return;
        }
        QVERIFY2(formatted.ok(), qPrintable(formatted.error));
        QVERIFY(formatted.error.isEmpty());
        // Only the first line is a comment, and it is TokenDesk's own.
        if (format != ExportFormat::Json && format != ExportFormat::Aliyun
            && format != ExportFormat::AliyunProcess)
            QVERIFY(formatted.text.section('\n', 0, 0).endsWith("(in 3600 s)"));
        const QStringList expected = credentialValues(response);
        const QStringList sixExpected = expected + expected;
        const bool readByPython = format == ExportFormat::Ossutil || format == ExportFormat::Aliyun
            || format == ExportFormat::AliyunProcess || format == ExportFormat::Json;
        if (readByPython && m_python.isEmpty())
            QSKIP("python3 is not installed; its configparser and json read these formats back");

        switch (format) {
        case ExportFormat::Env:
        case ExportFormat::Fish:
        case ExportFormat::Dotenv:
            break; // read back by the real shells in shellRoundTrip()
        case ExportFormat::PowerShell:
            QCOMPARE(readPowerShell(formatted.text), sixExpected);
            break;
        case ExportFormat::Cmd:
            QCOMPARE(readCmd(formatted.text), sixExpected);
            break;
        case ExportFormat::Ossutil:
            readBackInPython(
                "import sys, json, configparser\n"
                "p = configparser.ConfigParser(interpolation=None)\n"
                "p.optionxform = str\n"
                "p.read_string(sys.stdin.buffer.read().decode('utf-8'))\n"
                "s = p['Credentials']\n"
                "assert list(s.keys()) == ['endpoint', 'accessKeyID', 'accessKeySecret', "
                "'stsToken']\n"
                "v = [s['accessKeyID'], s['accessKeySecret'], s['stsToken']]\n",
                formatted.text, expected);
            break;
        case ExportFormat::Aliyun:
            readBackInPython("import sys, json\n"
                             "p = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                             "assert p['mode'] == 'StsToken' and p['name'] == 'tokendesk'\n"
                             "v = [p['access_key_id'], p['access_key_secret'], p['sts_token']]\n",
                             formatted.text, expected);
            break;
        case ExportFormat::AliyunProcess:
            readBackInPython("import sys, json\n"
                             "p = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                             "assert p['mode'] == 'StsToken'\n"
                             "assert p['expiration'].endswith('Z')\n"
                             "v = [p['access_key_id'], p['access_key_secret'], p['sts_token']]\n",
                             formatted.text, expected);
            break;
        case ExportFormat::Json:
            readBackInPython("import sys, json\n"
                             "p = json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                             "v = [p['access_key_id'], p['access_key_secret'], p['token']]\n",
                             formatted.text, expected);
            break;
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/tokendesk-pwned")));
    }

    // The shell formats through real shells: eval as users do (eval "$(tokendesk-cli fetch -o
    // env)", `| source` in fish, `set -a` for a .env in sh), then what a child process inherits.
    void shellRoundTrip_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("value");
        const QList<QPair<QString, ExportFormat>> shells = {
            {"bash", ExportFormat::Env},    {"dash", ExportFormat::Env},
            {"zsh", ExportFormat::Env},     {"fish", ExportFormat::Fish},
            {"bash", ExportFormat::Dotenv},
        };
        for (const auto &[shell, format] : shells) {
            for (const Hostile &hostile : hostiles()) {
                if (!hostile.refusedBy.contains(format)) {
                    QTest::addRow("%s -o %s, %s", qPrintable(shell),
                                  qPrintable(exportFormatName(format)), hostile.name)
                        << shell << format << hostile.value;
                }
            }
        }
    }
    void shellRoundTrip()
    {
        QFETCH(QString, shell);
        QFETCH(ExportFormat, format);
        QFETCH(QString, value);
        if (QStandardPaths::findExecutable(shell).isEmpty())
            QSKIP(qPrintable(shell + " is not installed; this round trip needs it"));
        const TokenResponse response = hostileResponse(value);
        const FormattedCredential formatted = formatCredential(response, format, Now);
        QVERIFY2(formatted.ok(), qPrintable(formatted.error));
        QString program;
        QStringList arguments;
        if (format == ExportFormat::Fish) {
            // `source` with no file reads standard input: tokendesk-cli fetch -o fish | source
            arguments << "--no-config"
                      << "-c"
                      << "source; and exec env -0";
        } else {
            arguments << "-c"
                      << QString(format == ExportFormat::Dotenv ? "set -a; " : "")
                    + "eval \"$(cat)\" && exec env -0";
        }
        QByteArray errors;
        const auto environment = runWithStdin(shell, arguments, formatted.text, &errors);
        QVERIFY2(environment, qPrintable(shell + ": " + QString::fromUtf8(errors)));
        const QStringList expected = credentialValues(response);
        QCOMPARE(exportedVariables(environment->split('\0')), expected + expected);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/tokendesk-pwned")));
    }

private:
    // Prints the values as a JSON list: NUL-separated output could not carry a NUL.
    void readBackInPython(const QString &program, const QString &text, const QStringList &expected)
    {
        QByteArray errors;
        const auto output = runWithStdin(
            m_python, {"-c", program + "sys.stdout.write(json.dumps(v))\n"}, text, &errors);
        QVERIFY2(output, errors.constData());
        QStringList values;
        for (const QJsonValue &value : QJsonDocument::fromJson(*output).array())
            values << value.toString();
        QCOMPARE(values, expected);
    }

    QString m_python;
};

QTEST_GUILESS_MAIN(TestCredentialFormatter)
#include "tst_credentialformatter.moc"
