// The request inspector: the last request as sent (parameters, `param` indented, never the app
// secret), the HTTP status, timing and gateway request_id, and the answer with every credential
// blanked out; "Copy redacted" hands all of it to a support ticket.
#pragma once

#include "redaction.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RequestInspector;
}

namespace TokenDesk {

class RequestInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RequestInspector(QWidget *parent = nullptr);
    ~RequestInspector() override;

    // Shows `record` (TokenClient::exchangeFinished). The request's own `token` inside `param`
    // is blanked here, so what is shown, record() and the copied report never hold it.
    void showRecord(const RequestRecord &record);
    // Back to the empty state.
    void clear();
    bool hasRecord() const { return m_hasRecord; }
    // What is shown: the record given, `token` blanked; a default one when empty.
    RequestRecord record() const { return m_record; }

Q_SIGNALS:
    void copied(); // "Copy redacted" put the report on the clipboard, for a status line

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyRedacted();
    void render();

    const std::unique_ptr<Ui::RequestInspector> m_ui;
    RequestRecord m_record;
    bool m_hasRecord = false;
};

// `record` with the value of the request's `token` member blanked wherever it occurs in the
// parameters: it may be a credential, and redactedReport() prints `param` as sent.
RequestRecord withRequestTokenRedacted(const RequestRecord &record);

} // namespace TokenDesk
