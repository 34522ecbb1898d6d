// Drafts and recent values of the request form.
#include "formmemory.h"

namespace TokenDesk {

namespace {

QString recentKey(const QString &profile, const QString &field)
{
    // Profile names are validated to [A-Za-z0-9._-], safe as a settings group.
    return QStringLiteral("recent/%1/%2")
        .arg(profile.isEmpty() ? QStringLiteral("_") : profile, field);
}

} // namespace

FormMemory::FormMemory(QSettings *settings)
    : m_settings(settings)
{ }

QStringList FormMemory::fieldNames()
{
    return {QStringLiteral("op_tenant_code"), QStringLiteral("op_poi_id"),
            QStringLiteral("scene_code"), QStringLiteral("usage_scene"),
            QStringLiteral("product_code")};
}

QString *requestField(TokenRequest &request, const QString &apiName)
{
    if (apiName == QLatin1String("op_tenant_code"))
        return &request.tenantCode;
    if (apiName == QLatin1String("op_poi_id"))
        return &request.storeId;
    if (apiName == QLatin1String("scene_code"))
        return &request.sceneCode;
    if (apiName == QLatin1String("usage_scene"))
        return &request.usageScene;
    if (apiName == QLatin1String("product_code"))
        return &request.productCode;
    return nullptr;
}

const QString *requestField(const TokenRequest &request, const QString &apiName)
{
    return requestField(const_cast<TokenRequest &>(request), apiName);
}

TokenRequest FormMemory::draft() const
{
    TokenRequest request;
    for (const QString &field : fieldNames())
        *requestField(request, field) =
            m_settings->value(QStringLiteral("draft/") + field).toString();
    request.requestId = m_settings->value(QStringLiteral("draft/request_id")).toString();
    return request;
}

void FormMemory::saveDraft(const TokenRequest &request)
{
    for (const QString &field : fieldNames())
        m_settings->setValue(QStringLiteral("draft/") + field, *requestField(request, field));
    m_settings->setValue(QStringLiteral("draft/request_id"), request.requestId);
}

QStringList FormMemory::recent(const QString &profile, const QString &field) const
{
    return m_settings->value(recentKey(profile, field)).toStringList();
}

void FormMemory::remember(const QString &profile, const TokenRequest &request)
{
    for (const QString &field : fieldNames()) {
        const QString value = requestField(request, field)->trimmed();
        if (value.isEmpty())
            continue;
        QStringList list = recent(profile, field);
        list.removeAll(value);
        list.prepend(value);
        while (list.size() > MaxRecent)
            list.removeLast();
        m_settings->setValue(recentKey(profile, field), list);
    }
}

} // namespace TokenDesk
