// CSV rows for fetch --batch, and its NDJSON lines.
#include "batchrows.h"

#include "fetcherror.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <optional>

namespace TokenDesk {

namespace {

constexpr int ColumnCount = 5;

// The column a header name stands for (0 tenant … 4 product), or -1.
int columnOf(QString name)
{
    name = name.trimmed().toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    static const std::array<QStringList, ColumnCount> names = {
        QStringList{QStringLiteral("tenant"), QStringLiteral("op_tenant_code")},
        QStringList{QStringLiteral("store"), QStringLiteral("op_poi_id")},
        QStringList{QStringLiteral("scene"), QStringLiteral("scene_code")},
        QStringList{QStringLiteral("usage_scene")},
        QStringList{QStringLiteral("product"), QStringLiteral("product_code")},
    };
    for (int column = 0; column < ColumnCount; ++column) {
        if (names[size_t(column)].contains(name))
            return column;
    }
    return -1;
}

struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminated = false; // a quoted field still open at the end of the input
};

// Reads records one at a time, skipping comment and blank lines, counting lines.
class CsvReader
{
public:
    explicit CsvReader(const QString &text)
        : m_text(text)
    {
        if (m_text.startsWith(QChar(0xfeff)))
            m_pos = 1;
    }

    std::optional<Record> next()
    {
        skipCommentsAndBlankLines();
        if (m_pos >= m_text.size())
            return std::nullopt;
        Record record;
        record.line = m_line;
        QString field;  // unquoted text, or what follows a closing quote
        QString quoted; // the content of a quoted field
        bool wasQuoted = false;
        bool inQuotes = false;
        const auto endField = [&] {
            record.fields << (wasQuoted ? quoted + field.trimmed() : field.trimmed());
            field.clear();
            quoted.clear();
            wasQuoted = false;
        };
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                        quoted += c;
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    quoted += c;
                }
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (c == QLatin1Char('"') && !wasQuoted && field.trimmed().isEmpty()) {
                inQuotes = true;
                wasQuoted = true;
                field.clear();
            } else if (c == QLatin1Char(',')) {
                endField();
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                endField();
                return record;
            } else if (c != QLatin1Char('\r')) {
                field += c;
            }
        }
        record.unterminated = inQuotes;
        endField();
        return record;
    }

private:
    void skipCommentsAndBlankLines()
    {
        while (m_pos < m_text.size()) {
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
            if (end < 0)
                end = m_text.size();
            const QString line = m_text.mid(m_pos, end - m_pos).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                return;
            m_pos = end + 1;
            ++m_line;
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

BatchRow rowFrom(const Record &record, const std::array<int, ColumnCount> &order,
                 const TokenRequest &defaults)
{
    BatchRow row;
    row.line = record.line;
    if (record.unterminated) {
        row.problem = QCoreApplication::translate(
            "BatchRows", "A quoted field is not closed before the end of the input.");
        return row;
    }
    if (record.fields.size() != ColumnCount) {
        row.problem =
            (record.fields.size() < ColumnCount
                 ? QCoreApplication::translate(
                     "BatchRows", "Missing field: %1 fields where %2 are expected (%3).")
                 : QCoreApplication::translate(
                     "BatchRows", "Too many columns: %1 fields where %2 are expected (%3)."))
                .arg(record.fields.size())
                .arg(ColumnCount)
                .arg(QStringLiteral("tenant,store,scene,usage_scene,product"));
        return row;
    }
    const auto value = [&](int column, const QString &fallback) {
        const QString given = record.fields.at(order[size_t(column)]);
        return given.isEmpty() ? fallback : given;
    };
    row.request.tenantCode = value(0, defaults.tenantCode);
    row.request.storeId = value(1, defaults.storeId);
    row.request.sceneCode = value(2, defaults.sceneCode);
    row.request.usageScene = value(3, defaults.usageScene);
    row.request.productCode = value(4, defaults.productCode);
    row.request.token = defaults.token;
    QStringList problems;
    for (const FieldProblem &problem : row.request.validate())
        problems << problem.message;
    row.problem = joinSentences(problems);
    return row;
}

} // namespace

QStringList batchColumnNames()
{
    return {QStringLiteral("tenant"), QStringLiteral("store"), QStringLiteral("scene"),
            QStringLiteral("usage_scene"), QStringLiteral("product")};
}

BatchInput parseBatchRows(const QString &text, const TokenRequest &defaults)
{
    BatchInput input;
    CsvReader reader(text);
    std::array<int, ColumnCount> order = {0, 1, 2, 3, 4};
    bool first = true;
    while (const std::optional<Record> record = reader.next()) {
        if (first) {
            first = false;
            QList<int> columns;
            for (const QString &field : record->fields)
                columns << columnOf(field);
            if (!record->unterminated && !columns.contains(-1)) {
                // Every field names a column: a header.
                std::array<int, ColumnCount> seen = {-1, -1, -1, -1, -1};
                bool complete = columns.size() == ColumnCount;
                for (int i = 0; complete && i < columns.size(); ++i) {
                    complete = seen[size_t(columns[i])] < 0;
                    seen[size_t(columns[i])] = i;
                }
                if (!complete) {
                    input.error = QCoreApplication::translate(
                                      "BatchRows",
                                      "The header row (line %1) must name each of the "
                                      "columns %2 once.")
                                      .arg(record->line)
                                      .arg(batchColumnNames().join(QLatin1Char(',')));
                    input.rows.clear();
                    return input;
                }
                order = seen;
                continue;
            }
        }
        input.rows << rowFrom(*record, order, defaults);
    }
    return input;
}

QString compactJson(const QString &json)
{
    QString out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const QChar c : json) {
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
            || c == QLatin1Char('\t'))
            continue;
        if (c == QLatin1Char('"'))
            inString = true;
        out += c;
    }
    return out;
}

QString batchSuccessLine(int row, const QString &credentialJson)
{
    const QString members = compactJson(credentialJson).mid(1); // after the object's '{'
    QString line = QStringLiteral("{\"row\":%1,\"ok\":true").arg(row);
    if (members != QLatin1String("}"))
        line += QLatin1Char(',');
    return line + members + QLatin1Char('\n');
}

QString batchErrorLine(int row, const BatchRowError &error)
{
    const auto numberOrString = [](const QString &value) {
        bool numeric = false;
        const qint64 number = value.toLongLong(&numeric);
        return numeric ? QString::number(number) : jsonQuote(value);
    };
    QString object = QStringLiteral("{\"exit_code\":%1,\"message\":%2")
                         .arg(error.exitCode)
                         .arg(jsonQuote(error.message));
    if (!error.code.isEmpty())
        object += QStringLiteral(",\"code\":") + numberOrString(error.code);
    if (!error.subCode.isEmpty())
        object += QStringLiteral(",\"sub_code\":") + jsonQuote(error.subCode);
    if (!error.respCode.isEmpty())
        object += QStringLiteral(",\"resp_code\":") + numberOrString(error.respCode);
    return QStringLiteral("{\"row\":%1,\"ok\":false,\"error\":%2}}\n").arg(row).arg(object);
}

} // namespace TokenDesk
