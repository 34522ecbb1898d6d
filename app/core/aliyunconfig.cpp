// Adding an External profile to the aliyun CLI's config.json without disturbing the rest.
#include "aliyunconfig.h"

#include "credentialformatter.h"
#include "requestoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

namespace TokenDesk {

namespace {

// The translation context, in a form lupdate reads.
struct AliyunConfig
{
    Q_DECLARE_TR_FUNCTIONS(AliyunConfig)
};

constexpr auto DefaultRegion = "cn-hangzhou";

} // namespace

QStringList aliyunProcessCommand(const QString &program, const RequestOptions &options)
{
    QStringList words{program, QStringLiteral("fetch")};
    const bool withProfile = !options.profile.isEmpty();
    const auto wanted = [&](const char *option) {
        return !withProfile || options.given.contains(QLatin1String(option));
    };
    const ConnectionSettings &s = options.settings;
    if (withProfile)
        words << QStringLiteral("--profile") << options.profile;
    if (wanted("gateway"))
        words << QStringLiteral("--gateway") << s.gateway.toString(QUrl::FullyEncoded);
    if (wanted("app-key") && !s.appKey.isEmpty())
        words << QStringLiteral("--app-key") << s.appKey;
    if (wanted("sign-method"))
        words << QStringLiteral("--sign-method") << signMethodName(s.signMethod);
    if (wanted("simplify") && s.simplify)
        words << QStringLiteral("--simplify");
    if (wanted("format"))
        words << QStringLiteral("--format") << wireFormatName(s.format);
    const TokenRequest &r = options.request;
    words << QStringLiteral("--tenant") << r.tenantCode << QStringLiteral("--store") << r.storeId
          << QStringLiteral("--scene") << r.sceneCode << QStringLiteral("--usage-scene")
          << r.usageScene << QStringLiteral("--product") << r.productCode;
    if (!r.token.isEmpty())
        words << QStringLiteral("--token") << r.token;
    if (options.timeout != RequestOptions().timeout)
        words << QStringLiteral("--timeout")
              << QString::number(double(options.timeout.count()) / 1000.0);
    words << QStringLiteral("-o") << QStringLiteral("aliyun-process");
    return words;
}

QString shellJoin(const QStringList &command)
{
    QStringList words;
    words.reserve(command.size());
    for (const QString &word : command)
        words << posixShellQuote(word);
    return words.join(QLatin1Char(' '));
}

AliyunConfigEdit upsertExternalProfile(const QByteArray &existing,
                                       const AliyunExternalProfile &profile)
{
    AliyunConfigEdit edit;
    QJsonObject root;
    if (!existing.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(existing, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            edit.error = AliyunConfig::tr(
                             "It is not a JSON object (%1 at byte %2). Fix or move the file, then "
                             "try again; it was left as it is.")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : AliyunConfig::tr("not an object"))
                             .arg(parseError.offset);
            return edit;
        }
        root = document.object();
        if (root.contains(QLatin1String("profiles"))
            && !root.value(QLatin1String("profiles")).isArray()) {
            edit.error = AliyunConfig::tr(
                "Its \"profiles\" member is not a list. Fix or move the file, then try "
                "again; it was left as it is.");
            return edit;
        }
    }

    QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    QJsonObject previous;
    qsizetype index = -1;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject candidate = profiles.at(i).toObject();
        if (candidate.value(QLatin1String("name")).toString() == profile.name) {
            previous = candidate;
            index = i;
            break;
        }
    }

    // A replaced profile keeps the user's own choices; the credential fields the SDKs write
    // back into an External profile (sts_token, ...) are dropped with the rest.
    const auto kept = [&previous](const char *key, const QString &fallback) {
        const QString value = previous.value(QLatin1String(key)).toString();
        return value.isEmpty() ? fallback : value;
    };
    QJsonObject entry;
    entry.insert(QStringLiteral("name"), profile.name);
    entry.insert(QStringLiteral("mode"), QStringLiteral("External"));
    entry.insert(QStringLiteral("process_command"), shellJoin(profile.command));
    entry.insert(QStringLiteral("region_id"),
                 profile.regionId.isEmpty() ? kept("region_id", QLatin1String(DefaultRegion))
                                            : profile.regionId);
    entry.insert(QStringLiteral("output_format"), kept("output_format", QStringLiteral("json")));
    entry.insert(QStringLiteral("language"), kept("language", QStringLiteral("en")));

    if (index >= 0)
        profiles.replace(index, entry);
    else
        profiles.append(entry);
    root.insert(QStringLiteral("profiles"), profiles);
    if (root.value(QLatin1String("current")).toString().isEmpty())
        root.insert(QStringLiteral("current"), profile.name);
    if (!root.contains(QLatin1String("meta_path")))
        root.insert(QStringLiteral("meta_path"), QString());
    edit.text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return edit;
}

QString defaultAliyunConfigPath()
{
    return QDir::homePath() + QLatin1String("/.aliyun/config.json");
}

QString writeExternalProfile(const QString &path, const AliyunExternalProfile &profile)
{
    QByteArray existing;
    QFile current(path);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return AliyunConfig::tr("Cannot read %1: %2.")
                .arg(QDir::toNativeSeparators(path), current.errorString());
        // config.json is a few KiB; anything near this size is not one.
        existing = current.read(4 * 1024 * 1024);
        current.close();
    }
    const AliyunConfigEdit edit = upsertExternalProfile(existing, profile);
    if (!edit.ok())
        return QDir::toNativeSeparators(path) + QLatin1String(": ") + edit.error;

    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory))
            return AliyunConfig::tr("Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(directory));
        QFile::setPermissions(
            directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AliyunConfig::tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    // On the temporary file, before a byte is written: the SDKs write STS credentials into this
    // file, so no other user may ever read it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(edit.text) != edit.text.size() || !file.commit())
        return AliyunConfig::tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace TokenDesk
