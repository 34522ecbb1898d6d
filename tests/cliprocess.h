// Helpers for end-to-end tests of the programs: run tokendesk-cli, start tokendesk-gateway-sim.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

namespace TestSupport {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs tokendesk-cli with `arguments`, feeding `input` on stdin. The environment is the test's
// own minus TOKENDESK_APP_SECRET unless `env` sets it.
inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {},
                        const QProcessEnvironment &extra = {}, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOKENDESK_APP_SECRET"));
    for (const QString &key : extra.keys()) {
        // A value of "<unset>" removes the variable (e.g. to run with no session bus).
        if (extra.value(key) == QLatin1String("<unset>"))
            env.remove(key);
        else
            env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TOKENDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    process.waitForFinished(1000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QProcessEnvironment secretEnv(const QByteArray &secret)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TOKENDESK_APP_SECRET"), QString::fromUtf8(secret));
    return env;
}

// tokendesk-gateway-sim as a child process, stopped when this goes out of scope.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments = {},
                        const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TOKENDESK_SIM_PATH),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(10000))
            return;
        // The first line names the URL: "Listening on http://127.0.0.1:PORT/router/rest".
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        const qsizetype at = line.indexOf("http://");
        if (at >= 0)
            m_url = QUrl(QString::fromLatin1(line.mid(at).trimmed()));
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    bool isRunning() const { return m_url.isValid() && m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    QString gateway() const { return m_url.toString(); }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace TestSupport
