// Ordered JSON text for output whose key order is part of the contract.
#include "jsontext.h"

#include <algorithm>

namespace TokenDesk {

QString jsonQuote(const QString &value)
{
    // Most values need no escape at all: one allocation instead of one append per character.
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
    if (plain)
        return QLatin1Char('"') + value + QLatin1Char('"');
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

OrderedJsonObject &OrderedJsonObject::add(const QString &name, const QString &value)
{
    m_members.append({name, jsonQuote(value)});
    return *this;
}

OrderedJsonObject &OrderedJsonObject::addNumber(const QString &name, qint64 value)
{
    m_members.append({name, QString::number(value)});
    return *this;
}

OrderedJsonObject &OrderedJsonObject::addRaw(const QString &name, const QString &json)
{
    m_members.append({name, json});
    return *this;
}

OrderedJsonObject &OrderedJsonObject::addStrings(const QString &name, const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(jsonQuote(value));
    m_members.append({name, QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']')});
    return *this;
}

QString OrderedJsonObject::toString(int depth) const
{
    if (m_members.isEmpty())
        return QStringLiteral("{}");
    const QString inner(2 * (depth + 1), QLatin1Char(' '));
    const QString outer(2 * depth, QLatin1Char(' '));
    QString out = QStringLiteral("{\n");
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        out += inner + jsonQuote(m_members[i].first) + QLatin1String(": ") + m_members[i].second;
        out += i + 1 < m_members.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += outer + QLatin1Char('}');
    return out;
}

} // namespace TokenDesk
