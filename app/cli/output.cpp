// CLI output helpers.
#include "output.h"

#include <QByteArray>

#include <cstdio>

namespace TokenDesk {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const QString &message)
{
    const QByteArray bytes = QByteArrayLiteral("tokendesk-cli: ") + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace TokenDesk
