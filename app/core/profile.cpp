// Profiles in QSettings under the app id.
#include "profile.h"

#include "appsettings.h"

#include "version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace TokenDesk {

namespace {

constexpr auto Group = "profiles";

QString key(const QString &profile, const char *field)
{
    return QLatin1String(Group) + QLatin1Char('/') + profile + QLatin1Char('/')
        + QLatin1String(field);
}

} // namespace

QString profileNameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (name.isEmpty())
        return QCoreApplication::translate("Profile", "A profile needs a name.");
    if (!valid.match(name).hasMatch()) {
        return QCoreApplication::translate(
                   "Profile",
                   "\"%1\" is not a valid profile name: use 1 to 64 letters, digits, '.', '_' "
                   "or '-', starting with a letter or digit.")
            .arg(name);
    }
    return {};
}

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                          QLatin1String(AppId), QStringLiteral("profiles")))
    , m_settings(m_owned.get())
{ }

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(QLatin1String(Group));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    // A hand-edited file may hold groups that are not valid names; they are not profiles.
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &n) { return !profileNameProblem(n).isEmpty(); }),
                names.end());
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return profileNameProblem(name).isEmpty() && m_settings->contains(key(name, "app_key"));
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile profile;
    profile.name = name;
    ConnectionSettings &s = profile.settings;
    s.gateway =
        QUrl(m_settings->value(key(name, "gateway"), QLatin1String(DefaultGateway)).toString());
    s.appKey = m_settings->value(key(name, "app_key")).toString();
    s.signMethod = signMethodFromName(m_settings->value(key(name, "sign_method")).toString())
                       .value_or(SignMethod::HmacSha256);
    s.simplify = m_settings->value(key(name, "simplify"), false).toBool();
    s.format = wireFormatFromName(m_settings->value(key(name, "format")).toString())
                   .value_or(WireFormat::Json);
    TokenRequest &r = profile.lastRequest;
    r.tenantCode = m_settings->value(key(name, "last_tenant")).toString();
    r.storeId = m_settings->value(key(name, "last_store")).toString();
    r.sceneCode = m_settings->value(key(name, "last_scene")).toString();
    r.usageScene = m_settings->value(key(name, "last_usage_scene")).toString();
    r.productCode = m_settings->value(key(name, "last_product")).toString();
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    Q_ASSERT(profileNameProblem(profile.name).isEmpty());
    const QString &name = profile.name;
    const ConnectionSettings &s = profile.settings;
    m_settings->setValue(key(name, "gateway"), s.gateway.toString());
    m_settings->setValue(key(name, "app_key"), s.appKey);
    m_settings->setValue(key(name, "sign_method"), signMethodName(s.signMethod));
    m_settings->setValue(key(name, "simplify"), s.simplify);
    m_settings->setValue(key(name, "format"), wireFormatName(s.format));
    const TokenRequest &r = profile.lastRequest;
    m_settings->setValue(key(name, "last_tenant"), r.tenantCode);
    m_settings->setValue(key(name, "last_store"), r.storeId);
    m_settings->setValue(key(name, "last_scene"), r.sceneCode);
    m_settings->setValue(key(name, "last_usage_scene"), r.usageScene);
    m_settings->setValue(key(name, "last_product"), r.productCode);
    m_settings->sync();
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(QLatin1String(Group) + QLatin1Char('/') + name);
    m_settings->sync();
    return true;
}

QString ProfileStore::location() const
{
    return m_settings->fileName();
}

QString ProfileStore::writeProblem()
{
    return settingsWriteProblem(*m_settings);
}

} // namespace TokenDesk
