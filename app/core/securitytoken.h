// Value types for what the API returns: the temporary credential and the policy it grants.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace TokenDesk {

struct PolicyStatement
{
    QString effect; // "Allow" or "Deny" as sent (compare case-insensitively)
    QStringList actions;
    QStringList resources;
    friend bool operator==(const PolicyStatement &a, const PolicyStatement &b)
    {
        return a.effect == b.effect && a.actions == b.actions && a.resources == b.resources;
    }
};

struct PolicyDocument
{
    QString version;
    QList<PolicyStatement> statements;
    bool isEmpty() const { return version.isEmpty() && statements.isEmpty(); }
    friend bool operator==(const PolicyDocument &a, const PolicyDocument &b)
    {
        return a.version == b.version && a.statements == b.statements;
    }
};

struct SecurityToken
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // `token` inside `result`
    QString productCode;
    QString sceneCode;
    QString tenantCode;
    QString fieldId; // the store (门店)
    QString endPointPublic;
    QString endPointInternal;
    QString expirationText; // as sent
    QDateTime expiration;   // UTC; invalid when the text could not be read
    PolicyDocument policy;
};

// A successful answer: the credential plus the envelope around it.
struct TokenResponse
{
    SecurityToken credential;
    QString respCode;
    QString respRequestId;
    QString message;
    QString requestId; // the gateway's request_id
};

} // namespace TokenDesk
