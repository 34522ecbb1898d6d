// tokendesk-cli: TokenDesk for scripts and terminals.
#include "batchcommand.h"
#include "configurealiyuncommand.h"
#include "execcommand.h"
#include "exitcodes.h"
#include "fetchcommand.h"
#include "keychainsecretstore.h"
#include "output.h"
#include "policycommand.h"
#include "profilecommand.h"
#include "servecommand.h"
#include "translations.h"
#include "version.h"

#include <QCoreApplication>

#include <memory>

using namespace TokenDesk;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "main",
        "Usage:\n"
        "  tokendesk-cli fetch [request options] [--secret-stdin] [--timestamp \"yyyy-MM-dd "
        "HH:mm:ss\"]\n"
        "                      [--dry-run] [-o, --output FORMAT]\n"
        "  tokendesk-cli profile list | show NAME | remove NAME\n"
        "  tokendesk-cli profile add NAME --gateway URL --app-key KEY [--sign-method M] "
        "[--simplify]\n"
        "  tokendesk-cli secret set | status | clear  --profile NAME\n"
        "  tokendesk-cli policy explain --action ACTION --resource RESOURCE [FILE]\n"
        "  tokendesk-cli serve [request options] [--port N] [--refresh-margin SECONDS]\n"
        "  tokendesk-cli exec [request options] -- COMMAND [ARG]...\n"
        "  tokendesk-cli configure-aliyun --name NAME [request options]\n"
        "  tokendesk-cli fetch --batch FILE|- [-j N] [request options]\n"
        "  tokendesk-cli --help | --version\n"
        "\n"
        "Fetches short-lived cloud credentials from the TOP DeepVision security-token API\n"
        "(alibaba.security.deepvision.proxy.security.common.token.get).\n"
        "Run \"tokendesk-cli fetch --help\" for the request options.\n"
        "\n"
        "The app secret comes from --secret-stdin or TOKENDESK_APP_SECRET; it is never an\n"
        "option value.\n"
        "\n"
        "Exit codes: 0 success, 1 negative answer, 2 usage or input error, 3 refused by the\n"
        "gateway or service, 4 no usable HTTP answer, 5 invalid response, 6 output not written.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations(app); // the system language, or TOKENDESK_LANGUAGE
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(Version));
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokendesk.org"));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        writeError(QCoreApplication::translate("main", "no command given."));
        writeOut(usage());
        return ExitUsage;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        writeOut(usage());
        return ExitSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        writeOut(QStringLiteral("tokendesk-cli %1\n").arg(QLatin1String(Version)));
        return ExitSuccess;
    }
    ProfileStore profiles;
    KeychainSecretStore secrets;
    if (command == QLatin1String("fetch")) {
        const std::unique_ptr<FetchCommand> fetch = BatchCommand::isBatch(arguments)
            ? std::make_unique<BatchCommand>(&profiles, &secrets)
            : std::make_unique<FetchCommand>(&profiles, &secrets);
        const int immediate = fetch->start(arguments);
        return immediate >= 0 ? immediate : app.exec();
    }
    if (command == QLatin1String("serve")) {
        ServeCommand serve(&profiles, &secrets);
        const int immediate = serve.start(arguments);
        return immediate >= 0 ? immediate : app.exec();
    }
    if (command == QLatin1String("exec")) {
        ExecCommand exec(&profiles, &secrets);
        const int immediate = exec.startExec(arguments);
        return immediate >= 0 ? immediate : app.exec();
    }
    if (command == QLatin1String("configure-aliyun"))
        return runConfigureAliyunCommand(arguments, &profiles);
    if (command == QLatin1String("profile")) {
        ProfileCommand profile(&profiles, &secrets);
        const int immediate = profile.start(arguments);
        return immediate >= 0 ? immediate : app.exec();
    }
    if (command == QLatin1String("secret")) {
        SecretCommand secret(&profiles, &secrets);
        const int immediate = secret.start(arguments);
        return immediate >= 0 ? immediate : app.exec();
    }
    if (command == QLatin1String("policy"))
        return runPolicyCommand(arguments);
    writeError(
        QCoreApplication::translate("main", "unknown command \"%1\". See tokendesk-cli --help.")
            .arg(command));
    return ExitUsage;
}
