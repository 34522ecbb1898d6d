// Hand-written JSON text where key order matters (the signed `param`, documented CLI output).
// QJsonDocument sorts keys, which would break both.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace TokenDesk {

// A JSON string literal with only what JSON requires escaped; non-ASCII stays as it is.
QString jsonQuote(const QString &value);

// Writes one JSON object with members in insertion order, pretty-printed with 2-space indent.
class OrderedJsonObject
{
public:
    OrderedJsonObject &add(const QString &name, const QString &value); // a string
    OrderedJsonObject &addNumber(const QString &name, qint64 value);
    OrderedJsonObject &addRaw(const QString &name, const QString &json); // already JSON text
    OrderedJsonObject &addStrings(const QString &name, const QStringList &values);

    // Indented by `depth` levels, so objects nest inside one another.
    QString toString(int depth = 0) const;

private:
    QList<QPair<QString, QString>> m_members; // name, JSON text
};

} // namespace TokenDesk
