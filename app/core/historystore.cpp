// History as one JSON array in one settings value: a hand edit that breaks it loses the history,
// never the program, and there is no array size to fall out of step with its items.
#include "historystore.h"

#include "fetcherror.h"
#include "version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TokenDesk {

namespace {

constexpr auto Key = "history/entries";

QString text(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isString() ? value.toString() : QString();
}

QDateTime time(const QJsonObject &object, const char *name)
{
    const QDateTime at = QDateTime::fromString(text(object, name), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const HistoryEntry &entry)
{
    // The request's token is deliberately absent: it may be a credential.
    return {
        {QStringLiteral("at"), timeText(entry.at)},
        {QStringLiteral("profile"), entry.profile},
        {QStringLiteral("tenant"), entry.request.tenantCode},
        {QStringLiteral("store"), entry.request.storeId},
        {QStringLiteral("scene"), entry.request.sceneCode},
        {QStringLiteral("usage_scene"), entry.request.usageScene},
        {QStringLiteral("product"), entry.request.productCode},
        {QStringLiteral("request_id"), entry.requestId},
        {QStringLiteral("resp_request_id"), entry.respRequestId},
        {QStringLiteral("gateway_request_id"), entry.gatewayRequestId},
        {QStringLiteral("expiry"), timeText(entry.expiry)},
        {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("message"), entry.message},
    };
}

HistoryEntry fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.at = time(object, "at");
    entry.profile = text(object, "profile");
    entry.request.tenantCode = text(object, "tenant");
    entry.request.storeId = text(object, "store");
    entry.request.sceneCode = text(object, "scene");
    entry.request.usageScene = text(object, "usage_scene");
    entry.request.productCode = text(object, "product");
    entry.request.requestId = text(object, "request_id");
    entry.requestId = entry.request.requestId;
    entry.respRequestId = text(object, "resp_request_id");
    entry.gatewayRequestId = text(object, "gateway_request_id");
    entry.expiry = time(object, "expiry");
    entry.outcome = text(object, "outcome");
    entry.message = text(object, "message");
    return entry;
}

QString errorOutcome(const FetchError &error)
{
    switch (error.kind) {
    case FetchError::Kind::Gateway:
        return error.gateway.subCode.isEmpty()
            ? error.gateway.code
            : error.gateway.code + QLatin1Char(' ') + error.gateway.subCode;
    case FetchError::Kind::Refused:
        return error.refusal.respCode.isEmpty() ? QStringLiteral("refused")
                                                : error.refusal.respCode;
    case FetchError::Kind::Network:
        return error.httpStatus != 0 ? QStringLiteral("http %1").arg(error.httpStatus)
                                     : QStringLiteral("network");
    case FetchError::Kind::Malformed:
        return QStringLiteral("malformed");
    case FetchError::Kind::InvalidInput:
        return QStringLiteral("invalid input");
    case FetchError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

HistoryEntry baseEntry(const QDateTime &at, const QString &profile, const TokenRequest &request)
{
    HistoryEntry entry;
    entry.at = at.toUTC();
    entry.profile = profile;
    entry.request = request;
    entry.request.token.clear();
    entry.requestId = request.requestId;
    return entry;
}

} // namespace

HistoryEntry HistoryEntry::fromResponse(const QDateTime &at, const QString &profile,
                                        const TokenRequest &request, const TokenResponse &response)
{
    HistoryEntry entry = baseEntry(at, profile, request);
    entry.respRequestId = response.respRequestId;
    entry.gatewayRequestId = response.requestId;
    entry.expiry = response.credential.expiration.isValid() ? response.credential.expiration.toUTC()
                                                            : QDateTime();
    entry.outcome = QStringLiteral("ok");
    entry.message = response.message;
    return entry;
}

HistoryEntry HistoryEntry::fromError(const QDateTime &at, const QString &profile,
                                     const TokenRequest &request, const FetchError &error)
{
    HistoryEntry entry = baseEntry(at, profile, request);
    entry.respRequestId = error.refusal.respRequestId;
    entry.gatewayRequestId =
        error.kind == FetchError::Kind::Gateway ? error.gateway.requestId : error.refusal.requestId;
    entry.outcome = errorOutcome(error);
    entry.message = error.oneLine();
    return entry;
}

bool operator==(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.at == b.at && a.profile == b.profile && a.request == b.request
        && a.requestId == b.requestId && a.respRequestId == b.respRequestId
        && a.gatewayRequestId == b.gatewayRequestId && a.expiry == b.expiry
        && a.outcome == b.outcome && a.message == b.message;
}

HistoryStore::HistoryStore()
    : m_owned(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                          QLatin1String(AppId), QStringLiteral("history")))
    , m_settings(m_owned.get())
{ }

HistoryStore::HistoryStore(QSettings *settings)
    : m_settings(settings)
{ }

HistoryStore::~HistoryStore() = default;

QList<HistoryEntry> HistoryStore::entries() const
{
    const QVariant stored = m_settings->value(QLatin1String(Key));
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    QList<HistoryEntry> entries;
    const QJsonArray array = document.array(); // empty for garbage or a non-array
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        HistoryEntry entry = fromJson(value.toObject());
        if (!entry.at.isValid())
            continue; // not something this store wrote
        entries.append(entry);
        if (entries.size() == MaxEntries)
            break;
    }
    return entries;
}

void HistoryStore::add(const HistoryEntry &entry)
{
    QList<HistoryEntry> all = entries();
    HistoryEntry stored = entry;
    stored.request.token.clear();
    // One request id, kept in both places, so an entry reads back equal to what was added.
    if (stored.requestId.isEmpty())
        stored.requestId = stored.request.requestId;
    stored.request.requestId = stored.requestId;
    all.prepend(stored);
    while (all.size() > MaxEntries)
        all.removeLast();
    write(all);
}

void HistoryStore::clear()
{
    m_settings->remove(QLatin1String(Key));
    m_settings->sync();
}

void HistoryStore::write(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(toJson(entry));
    m_settings->setValue(QLatin1String(Key),
                         QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

} // namespace TokenDesk
