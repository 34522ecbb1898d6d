// Request options shared by the window and the CLI.
#include "requestoptions.h"

#include "profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace TokenDesk {

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr for a flag
    const char *description;
};

// clang-format off
const OptionSpec Specs[] = {
    {"profile", "NAME", QT_TRANSLATE_NOOP("RequestOptions", "Saved connection profile (gateway, app key, sign method, simplify).")},
    {"gateway", "URL", QT_TRANSLATE_NOOP("RequestOptions", "TOP gateway URL; default https://eco.taobao.com/router/rest.")},
    {"app-key", "KEY", QT_TRANSLATE_NOOP("RequestOptions", "AppKey.")},
    {"sign-method", "M", QT_TRANSLATE_NOOP("RequestOptions", "hmac-sha256 (default), hmac or md5.")},
    {"simplify", nullptr, QT_TRANSLATE_NOOP("RequestOptions", "Ask for simplified JSON.")},
    {"format", "json|xml", QT_TRANSLATE_NOOP("RequestOptions", "Wire format; default json.")},
    {"tenant", "CODE", QT_TRANSLATE_NOOP("RequestOptions", "op_tenant_code (tenant), required.")},
    {"store", "ID", QT_TRANSLATE_NOOP("RequestOptions", "op_poi_id (store), required.")},
    {"scene", "CODE", QT_TRANSLATE_NOOP("RequestOptions", "scene_code (source scene), required.")},
    {"usage-scene", "NAME", QT_TRANSLATE_NOOP("RequestOptions", "usage_scene (usage scene), required.")},
    {"product", "CODE", QT_TRANSLATE_NOOP("RequestOptions", "product_code (cloud product), required.")},
    {"request-id", "ID", QT_TRANSLATE_NOOP("RequestOptions", "request_id; default a fresh UUID.")},
    {"token", "TOKEN", QT_TRANSLATE_NOOP("RequestOptions", "token, optional.")},
    {"timeout", "SECONDS", QT_TRANSLATE_NOOP("RequestOptions", "Whole-request deadline; default 15.")},
};
// clang-format on

} // namespace

void applyProfile(RequestOptions &options, const Profile &profile)
{
    const auto given = [&options](const char *name) {
        return options.given.contains(QLatin1String(name));
    };
    ConnectionSettings &s = options.settings;
    if (!given("gateway"))
        s.gateway = profile.settings.gateway;
    if (!given("app-key"))
        s.appKey = profile.settings.appKey;
    if (!given("sign-method"))
        s.signMethod = profile.settings.signMethod;
    if (!given("simplify"))
        s.simplify = profile.settings.simplify;
    if (!given("format"))
        s.format = profile.settings.format;
}

void addRequestOptions(QCommandLineParser &parser)
{
    for (const OptionSpec &spec : Specs) {
        QCommandLineOption option(QLatin1String(spec.name),
                                  QCoreApplication::translate("RequestOptions", spec.description));
        if (spec.valueName)
            option.setValueName(QLatin1String(spec.valueName));
        parser.addOption(option);
    }
}

RequestOptions readRequestOptions(const QCommandLineParser &parser, QStringList &problems)
{
    RequestOptions options;
    for (const OptionSpec &spec : Specs) {
        if (parser.isSet(QLatin1String(spec.name)))
            options.given << QLatin1String(spec.name);
    }
    auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    // Qt decodes arguments as UTF-8 and turns bytes that are not into U+FFFD; signing and
    // sending that would put a value the user never typed into the request.
    for (const OptionSpec &spec : Specs) {
        if (spec.valueName && value(spec.name).contains(QChar::ReplacementCharacter)) {
            problems << QCoreApplication::translate("RequestOptions",
                                                    "The value of --%1 is not valid UTF-8.")
                            .arg(QLatin1String(spec.name));
        }
    }

    options.profile = value("profile").trimmed();
    if (parser.isSet(QStringLiteral("gateway"))) {
        options.settings.gateway = QUrl(value("gateway").trimmed(), QUrl::StrictMode);
    }
    options.settings.appKey = value("app-key").trimmed();
    if (parser.isSet(QStringLiteral("sign-method"))) {
        if (const auto method = signMethodFromName(value("sign-method")))
            options.settings.signMethod = *method;
        else
            problems << QCoreApplication::translate(
                            "RequestOptions",
                            "Unknown sign method \"%1\"; use hmac-sha256, hmac or md5.")
                            .arg(value("sign-method"));
    }
    options.settings.simplify = parser.isSet(QStringLiteral("simplify"));
    if (parser.isSet(QStringLiteral("format"))) {
        if (const auto format = wireFormatFromName(value("format")))
            options.settings.format = *format;
        else
            problems << QCoreApplication::translate("RequestOptions",
                                                    "Unknown format \"%1\"; use json or xml.")
                            .arg(value("format"));
    }

    options.request.tenantCode = value("tenant");
    options.request.storeId = value("store");
    options.request.sceneCode = value("scene");
    options.request.usageScene = value("usage-scene");
    options.request.productCode = value("product");
    options.request.requestId = value("request-id");
    options.request.token = value("token");

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = value("timeout").toDouble(&ok);
        // NaN fails every comparison, so it is refused by name along with the infinities.
        if (!ok || !std::isfinite(seconds) || !(seconds > 0) || seconds > 600)
            problems << QCoreApplication::translate(
                "RequestOptions", "The timeout must be a number of seconds between 0 and 600.");
        else
            options.timeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    }
    return options;
}

} // namespace TokenDesk
