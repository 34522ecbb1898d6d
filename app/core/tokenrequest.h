// The operator's request: the SecurityTokenQueryParam fields, validated before anything is signed.
#pragma once

#include <QList>
#include <QString>

namespace TokenDesk {

// One problem with one field, in words an operator can act on.
struct FieldProblem
{
    QString field;   // the API name, e.g. "op_tenant_code"
    QString message; // translated, names the field as the user sees it
    friend bool operator==(const FieldProblem &a, const FieldProblem &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

struct TokenRequest
{
    QString tenantCode;  // op_tenant_code (租户), required
    QString storeId;     // op_poi_id (门店), required
    QString sceneCode;   // scene_code (来源场景), required
    QString usageScene;  // usage_scene (使用场景), required
    QString productCode; // product_code (云产品), required
    QString requestId;   // request_id, optional; the builder does not invent one
    QString token;       // token, optional

    // Longest value accepted for any field. The API documents none; this keeps a pasted
    // document out of a signed request while leaving room for any real identifier.
    static constexpr int MaxFieldLength = 256;

    // Copy with surrounding white space removed from every field: what is actually sent.
    TokenRequest trimmed() const;

    // Every problem, in form order. Empty means the request may be sent.
    QList<FieldProblem> validate() const;

    // A fresh request id (UUID without braces), what the CLI and window use by default.
    static QString newRequestId();

    friend bool operator==(const TokenRequest &a, const TokenRequest &b);
};

// Checks one value against the shared rules. Pure; exposed so the window can validate per field.
// `required` false lets an empty value through.
QString fieldProblem(const QString &value, bool required);

} // namespace TokenDesk
