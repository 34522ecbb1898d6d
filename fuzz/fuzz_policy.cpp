// libFuzzer target: parsePolicy() on whatever JSON the input is, and on the input as a JSON
// string (the gateway sometimes sends the policy as a string holding a JSON document); every
// policy it accepts is then evaluated and checked for broad grants, as the window and
// `policy explain` do.
#include "policyevaluator.h"
#include "responseparser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const auto evaluate = [](const std::optional<TokenDesk::PolicyDocument> &policy) {
        if (!policy)
            return;
        for (const TokenDesk::PolicyStatement &statement : policy->statements) {
            (void)TokenDesk::broadGrantWarnings(statement);
            for (const QString &action : statement.actions)
                (void)TokenDesk::evaluatePolicy(*policy, action, statement.resources.value(0));
        }
        (void)TokenDesk::evaluatePolicy(*policy, QStringLiteral("oss:GetObject"),
                                        QStringLiteral("acs:oss:*:*:b/o"));
    };
    if (document.isObject())
        evaluate(TokenDesk::parsePolicy(QJsonValue(document.object())));
    else if (document.isArray())
        evaluate(TokenDesk::parsePolicy(QJsonValue(document.array())));
    evaluate(TokenDesk::parsePolicy(QJsonValue(QString::fromUtf8(bytes))));
    return 0;
}
