// `tokendesk-cli configure-aliyun`.
#include "configurealiyuncommand.h"

#include "aliyunconfig.h"
#include "commandline.h"
#include "exitcodes.h"
#include "fetchcommand.h"
#include "fetcherror.h"
#include "output.h"
#include "requestoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace TokenDesk {

namespace {

struct ConfigureAliyun
{
    Q_DECLARE_TR_FUNCTIONS(ConfigureAliyun)
};

} // namespace

int runConfigureAliyunCommand(const QStringList &arguments, ProfileStore *profiles)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConfigureAliyun::tr(
        "Add or replace an External profile in ~/.aliyun/config.json whose process_command runs "
        "tokendesk-cli fetch with these request options and -o aliyun-process, so that the "
        "aliyun CLI and the Alibaba Cloud SDKs fetch a credential themselves when they need one. "
        "The app secret is never written: the command finds it in the --profile's keychain entry "
        "or in TOKENDESK_APP_SECRET."));
    parser.addHelpOption();
    const QCommandLineOption name(QStringLiteral("name"),
                                  ConfigureAliyun::tr("The aliyun profile to add or replace."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        ConfigureAliyun::tr("The profile's region_id; default the replaced profile's, else "
                            "cn-hangzhou."),
        QStringLiteral("REGION"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        ConfigureAliyun::tr("The file to edit; default ~/.aliyun/config.json."),
        QStringLiteral("FILE"));
    parser.addOptions({name, region, config});
    addRequestOptions(parser);

    if (!parser.parse(arguments)) {
        writeError(
            joinSentences(commandLineError(parser),
                          ConfigureAliyun::tr("See tokendesk-cli configure-aliyun --help.")));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(commandHelpText(parser, QStringLiteral("configure-aliyun")));
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() > 1) {
        writeError(ConfigureAliyun::tr("Unexpected argument \"%1\". See tokendesk-cli "
                                       "configure-aliyun --help.")
                       .arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }

    QStringList problems;
    const QString profileName = parser.value(name).trimmed();
    if (profileName.isEmpty())
        problems << ConfigureAliyun::tr("--name is required: the aliyun profile to write.");
    if (parser.isSet(QStringLiteral("request-id")))
        problems << ConfigureAliyun::tr("--request-id cannot be fixed in a profile: every fetch "
                                        "needs a fresh one.");
    const auto options = readCheckedRequestOptions(parser, *profiles, problems);
    if (!options)
        return ExitUsage;

    AliyunExternalProfile profile;
    profile.name = profileName;
    profile.regionId = parser.value(region).trimmed();
    profile.command = aliyunProcessCommand(QCoreApplication::applicationFilePath(), *options);
    const QString path = parser.isSet(config) ? parser.value(config) : defaultAliyunConfigPath();
    const QString error = writeExternalProfile(path, profile);
    if (!error.isEmpty()) {
        writeError(error);
        return ExitUsage;
    }
    writeOut(ConfigureAliyun::tr("Wrote the External profile \"%1\" to %2.\n"
                                 "Try it: aliyun sts GetCallerIdentity --profile %1\n")
                 .arg(profileName, QDir::toNativeSeparators(path)));
    if (options->profile.isEmpty()) {
        writeError(ConfigureAliyun::tr(
            "note: without --profile the command finds the app secret only in "
            "TOKENDESK_APP_SECRET, which must then be set wherever the aliyun CLI or the SDK "
            "runs. A --profile with its secret in the keychain (tokendesk-cli secret set) needs "
            "nothing in the environment."));
    }
    writeError(
        ConfigureAliyun::tr(
            "note: the aliyun CLI and the SDKs write the temporary credential they get back into "
            "this profile in %1. Where that matters, use tokendesk-cli serve or exec instead.")
            .arg(QDir::toNativeSeparators(path)));
    return ExitSuccess;
}

} // namespace TokenDesk
