// The rows of `tokendesk-cli fetch --batch` and the NDJSON lines it prints for them. Pure: text in,
// rows and lines out, so the parsing is tested without a process or a gateway.
#pragma once

#include "tokenrequest.h"

#include <QList>
#include <QString>

namespace TokenDesk {

struct BatchRow
{
    // The 1-based line of the input where the row starts: header, comments and blank lines
    // count, so `sed -n 'Np'` shows it. A quoted field may carry the row over several lines.
    int line = 0;
    TokenRequest request; // the five fields, the defaults filled in where the row left one empty
    QString problem;      // translated; non-empty for a bad row, which is never sent
};

struct BatchInput
{
    QList<BatchRow> rows; // data rows in input order, bad ones included
    QString error;        // translated; non-empty when the input as a whole is unusable
};

// The column names a header row may use (any order, case-insensitive, '-' read as '_'):
// tenant, store, scene, usage_scene, product, or the API's names (op_tenant_code, op_poi_id,
// scene_code, usage_scene, product_code).
QStringList batchColumnNames();

// Reads CSV rows of tenant,store,scene,usage_scene,product (RFC 4180 quoting; fields trimmed
// unless quoted). A line whose first non-blank character is '#' is a comment; blank lines are
// skipped; a first row naming the columns is a header and sets their order. A row with fewer or
// more than five fields, or an invalid field, becomes a row with a problem. An empty field takes
// its value from `defaults` (the request options) when that has one.
BatchInput parseBatchRows(const QString &text, const TokenRequest &defaults = {});

// What a failed row reports in its "error" object.
struct BatchRowError
{
    int exitCode = 0; // as `fetch` would exit for this row alone
    QString message;  // one line, as `fetch` would print it
    QString code;     // TOP's code (error_response), when there is one
    QString subCode;  // TOP's sub_code, when there is one
    QString respCode; // the service's resp_code (resp_success false), when there is one
};

// One NDJSON line (ending in '\n') for a row that succeeded: "row", "ok": true, then the members
// of `credentialJson` (the `fetch -o json` object, any layout) in their order.
QString batchSuccessLine(int row, const QString &credentialJson);

// One NDJSON line for a row that failed: "row", "ok": false and "error": {"exit_code",
// "message", "code", "sub_code", "resp_code"}, the last three only when known.
QString batchErrorLine(int row, const BatchRowError &error);

// `json` without the white space between its tokens, strings untouched: one line of NDJSON.
QString compactJson(const QString &json);

} // namespace TokenDesk
