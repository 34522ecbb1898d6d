// libFuzzer target: parsePolicy() on whatever JSON the input is, and on the input as a JSON
// string (the gateway sometimes sends the policy as a string holding a JSON document).
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
    if (document.isObject())
        (void)TokenDesk::parsePolicy(QJsonValue(document.object()));
    else if (document.isArray())
        (void)TokenDesk::parsePolicy(QJsonValue(document.array()));
    (void)TokenDesk::parsePolicy(QJsonValue(QString::fromUtf8(bytes)));
    return 0;
}
