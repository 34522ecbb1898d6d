// `tokendesk-cli profile …` and `tokendesk-cli secret …`.
#include "profilecommand.h"

#include "commandline.h"
#include "exitcodes.h"
#include "fetcherror.h"
#include "output.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace TokenDesk {

namespace {

void finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}

QString noSuchProfile(const QString &name)
{
    return QCoreApplication::translate("ProfileCommand",
                                       "No profile named \"%1\". Create it with: tokendesk-cli "
                                       "profile add %1 --gateway URL --app-key KEY")
        .arg(name);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ProfileCommand::ProfileCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

int ProfileCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QStringList rest = arguments.mid(3);
    if (action == QLatin1String("list") && rest.isEmpty())
        return list();
    if (action == QLatin1String("show") && rest.size() == 1)
        return show(rest.first());
    if (action == QLatin1String("remove") && rest.size() == 1)
        return remove(rest.first());
    if (action == QLatin1String("add"))
        return add(arguments);
    writeError(tr("usage: tokendesk-cli profile list | show NAME | remove NAME | add NAME "
                  "--gateway URL --app-key KEY [--sign-method M] [--simplify] [--format F] "
                  "[--replace]"));
    return ExitUsage;
}

int ProfileCommand::list()
{
    const QStringList names = m_profiles->names();
    if (names.isEmpty()) {
        // Standard output stays empty for scripts that read names; a person learns why.
        writeError(tr("No profiles yet. Add one with: tokendesk-cli profile add NAME --gateway "
                      "URL --app-key KEY"));
        return ExitSuccess;
    }
    QString out;
    for (const QString &name : names)
        out += name + QLatin1Char('\n');
    writeOut(out);
    return ExitSuccess;
}

int ProfileCommand::show(const QString &name)
{
    const auto profile = m_profiles->load(name);
    if (!profile) {
        writeError(noSuchProfile(name));
        return ExitUsage;
    }
    const ConnectionSettings &s = profile->settings;
    QString out;
    out += QStringLiteral("name:        %1\n").arg(profile->name);
    out += QStringLiteral("gateway:     %1\n").arg(s.gateway.toString());
    out += QStringLiteral("app_key:     %1\n").arg(s.appKey);
    out += QStringLiteral("sign_method: %1\n").arg(signMethodName(s.signMethod));
    out += QStringLiteral("simplify:    %1\n").arg(yesNo(s.simplify));
    out += QStringLiteral("format:      %1\n").arg(wireFormatName(s.format));
    writeOut(out);
    if (s.isInsecureGateway())
        writeError(tr("warning: the gateway is plain http: credentials cross the network "
                      "unencrypted. Use https unless this is a closed test network."));
    m_secrets->readSecret(name, this, [this](const SecretStore::Result &result) {
        QString line;
        switch (result.outcome) {
        case SecretStore::Outcome::Ok:
            line = tr("stored in %1").arg(m_secrets->description());
            break;
        case SecretStore::Outcome::NotFound:
            line = tr("not stored");
            break;
        default:
            line = tr("unknown: %1").arg(result.message);
            break;
        }
        writeOut(QStringLiteral("secret:      %1\n").arg(line));
        finish(ExitSuccess);
    });
    return -1;
}

int ProfileCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption gateway(QStringLiteral("gateway"), tr("TOP gateway URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption appKey(QStringLiteral("app-key"), tr("AppKey."), QStringLiteral("KEY"));
    const QCommandLineOption signMethod(QStringLiteral("sign-method"),
                                        tr("hmac-sha256 (default), hmac or md5."),
                                        QStringLiteral("M"));
    const QCommandLineOption simplify(QStringLiteral("simplify"), tr("Ask for simplified JSON."));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or xml."),
                                    QStringLiteral("F"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace a profile of the same name."));
    parser.addOptions({gateway, appKey, signMethod, simplify, format, replace});
    if (!parser.parse(arguments.mid(2))) { // "add NAME …" as if "add" were the program
        writeError(commandLineError(parser));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        writeError(tr("usage: tokendesk-cli profile add NAME --gateway URL --app-key KEY "
                      "[--sign-method M] [--simplify] [--format F] [--replace]"));
        return ExitUsage;
    }
    Profile profile;
    profile.name = positional.first();
    QStringList problems;
    if (const QString problem = profileNameProblem(profile.name); !problem.isEmpty())
        problems << problem;
    if (!parser.isSet(gateway) || !parser.isSet(appKey))
        problems << tr("--gateway and --app-key are required.");
    profile.settings.gateway = QUrl(parser.value(gateway).trimmed(), QUrl::StrictMode);
    profile.settings.appKey = parser.value(appKey).trimmed();
    if (parser.isSet(signMethod)) {
        if (const auto method = signMethodFromName(parser.value(signMethod)))
            profile.settings.signMethod = *method;
        else
            problems << tr("Unknown sign method \"%1\"; use hmac-sha256, hmac or md5.")
                            .arg(parser.value(signMethod));
    }
    if (parser.isSet(format)) {
        if (const auto wire = wireFormatFromName(parser.value(format)))
            profile.settings.format = *wire;
        else
            problems << tr("Unknown format \"%1\"; use json or xml.").arg(parser.value(format));
    }
    profile.settings.simplify = parser.isSet(simplify);
    if (parser.isSet(gateway) && parser.isSet(appKey))
        problems << profile.settings.validate();
    if (problems.isEmpty() && m_profiles->contains(profile.name) && !parser.isSet(replace))
        problems << tr("A profile named \"%1\" exists; add --replace to overwrite it.")
                        .arg(profile.name);
    if (!problems.isEmpty()) {
        writeProblems(problems);
        return ExitUsage;
    }
    if (const auto existing = m_profiles->load(profile.name))
        profile.lastRequest = existing->lastRequest;
    m_profiles->save(profile);
    if (const QString problem = m_profiles->writeProblem(); !problem.isEmpty()) {
        writeError(problem);
        return ExitUsage;
    }
    if (profile.settings.isInsecureGateway())
        writeError(tr("warning: the gateway is plain http: credentials cross the network "
                      "unencrypted. Use https unless this is a closed test network."));
    writeOut(tr("Saved profile \"%1\". Store its app secret with: tokendesk-cli secret set "
                "--profile %1\n")
                 .arg(profile.name));
    return ExitSuccess;
}

int ProfileCommand::remove(const QString &name)
{
    if (!m_profiles->contains(name)) {
        writeError(noSuchProfile(name));
        return ExitUsage;
    }
    // The keychain entry goes first: if the keychain cannot be reached, the profile stays, so
    // the secret is never left behind with nothing pointing at it.
    m_secrets->removeSecret(name, this, [this, name](const SecretStore::Result &result) {
        if (!result.ok() && result.outcome != SecretStore::Outcome::NotFound) {
            writeError(tr("Profile \"%1\" was kept because its secret could not be removed: %2")
                           .arg(name, result.message));
            finish(ExitUsage);
            return;
        }
        m_profiles->remove(name);
        if (const QString problem = m_profiles->writeProblem(); !problem.isEmpty()) {
            writeError(problem);
            finish(ExitUsage);
            return;
        }
        writeOut(tr("Removed profile \"%1\" and its app secret.\n").arg(name));
        finish(ExitSuccess);
    });
    return -1;
}

SecretCommand::SecretCommand(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

int SecretCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Profile name."),
                                           QStringLiteral("NAME"));
    parser.addOption(profileOption);
    const QString usage = tr("usage: tokendesk-cli secret set | status | clear --profile NAME");
    if (!parser.parse(arguments.mid(1))) {
        writeError(joinSentences(commandLineError(parser), usage));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = parser.value(profileOption).trimmed();
    if (positional.size() != 1 || name.isEmpty()
        || (action != QLatin1String("set") && action != QLatin1String("status")
            && action != QLatin1String("clear"))) {
        writeError(usage);
        return ExitUsage;
    }
    if (!m_profiles->contains(name)) {
        writeError(noSuchProfile(name));
        return ExitUsage;
    }

    if (action == QLatin1String("set")) {
        QByteArray secret;
        if (readSecretLine(secret) == SecretLine::TooLong) {
            writeError(secretTooLongMessage());
            return ExitUsage;
        }
        if (secret.trimmed().isEmpty()) {
            writeError(tr("No secret on standard input. Type it when asked, or pipe it in: "
                          "printf '%s\\n' \"$SECRET\" | tokendesk-cli secret set --profile %1")
                           .arg(name));
            return ExitUsage;
        }
        m_secrets->writeSecret(name, secret, this, [this, name](const SecretStore::Result &result) {
            if (!result.ok()) {
                writeError(result.message);
                finish(ExitUsage);
                return;
            }
            writeOut(tr("Stored the app secret for profile \"%1\" in %2.\n")
                         .arg(name, m_secrets->description()));
            finish(ExitSuccess);
        });
        secret.fill('\0');
        return -1;
    }
    if (action == QLatin1String("status")) {
        m_secrets->readSecret(name, this, [name](const SecretStore::Result &result) {
            if (result.ok()) {
                writeOut(tr("stored\n"));
                finish(ExitSuccess);
            } else if (result.outcome == SecretStore::Outcome::NotFound) {
                writeOut(tr("not stored\n"));
                finish(ExitNegative);
            } else {
                writeError(result.message);
                finish(ExitUsage);
            }
        });
        return -1;
    }
    m_secrets->removeSecret(name, this, [name](const SecretStore::Result &result) {
        if (result.ok()) {
            writeOut(tr("Removed the app secret of profile \"%1\".\n").arg(name));
            finish(ExitSuccess);
        } else if (result.outcome == SecretStore::Outcome::NotFound) {
            writeOut(tr("No app secret was stored for profile \"%1\".\n").arg(name));
            finish(ExitSuccess);
        } else {
            writeError(result.message);
            finish(ExitUsage);
        }
    });
    return -1;
}

} // namespace TokenDesk
