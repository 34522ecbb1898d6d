// Validation of the operator's request.
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QUuid>

namespace TokenDesk {

namespace {

bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        // Control characters would corrupt the signed string and hide in logs.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

QString fieldProblem(const QString &value, bool required)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return required ? QCoreApplication::translate("TokenRequest", "Required.") : QString();
    if (hasControlCharacter(v))
        return QCoreApplication::translate(
            "TokenRequest", "Must not contain control characters such as tabs or line breaks.");
    if (v.size() > TokenRequest::MaxFieldLength)
        return QCoreApplication::translate("TokenRequest", "Too long: at most %1 characters.")
            .arg(TokenRequest::MaxFieldLength);
    return {};
}

TokenRequest TokenRequest::trimmed() const
{
    return TokenRequest{tenantCode.trimmed(), storeId.trimmed(),     sceneCode.trimmed(),
                        usageScene.trimmed(), productCode.trimmed(), requestId.trimmed(),
                        token.trimmed()};
}

QList<FieldProblem> TokenRequest::validate() const
{
    struct Field
    {
        const char *apiName;
        const char *label;
        const QString *value;
        bool required;
    };
    const Field fields[] = {
        {"op_tenant_code", QT_TRANSLATE_NOOP("TokenRequest", "Tenant"), &tenantCode, true},
        {"op_poi_id", QT_TRANSLATE_NOOP("TokenRequest", "Store"), &storeId, true},
        {"scene_code", QT_TRANSLATE_NOOP("TokenRequest", "Scene"), &sceneCode, true},
        {"usage_scene", QT_TRANSLATE_NOOP("TokenRequest", "Usage scene"), &usageScene, true},
        {"product_code", QT_TRANSLATE_NOOP("TokenRequest", "Product"), &productCode, true},
        {"request_id", QT_TRANSLATE_NOOP("TokenRequest", "Request ID"), &requestId, false},
        {"token", QT_TRANSLATE_NOOP("TokenRequest", "Token"), &token, false},
    };
    QList<FieldProblem> problems;
    for (const Field &field : fields) {
        const QString problem = fieldProblem(*field.value, field.required);
        if (!problem.isEmpty()) {
            problems.append({QString::fromLatin1(field.apiName),
                             QCoreApplication::translate("TokenRequest", "%1 (%2): %3")
                                 .arg(QCoreApplication::translate("TokenRequest", field.label),
                                      QLatin1String(field.apiName), problem)});
        }
    }
    return problems;
}

QString TokenRequest::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool operator==(const TokenRequest &a, const TokenRequest &b)
{
    return a.tenantCode == b.tenantCode && a.storeId == b.storeId && a.sceneCode == b.sceneCode
        && a.usageScene == b.usageScene && a.productCode == b.productCode
        && a.requestId == b.requestId && a.token == b.token;
}

} // namespace TokenDesk
