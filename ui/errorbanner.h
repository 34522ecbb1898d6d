// A dismissible banner that says what went wrong in plain words, with the technical details
// (code, sub_code, sub_msg, request_id) one click away and copyable for a support ticket.
#pragma once

#include "statuscolours.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QPushButton;
class QVBoxLayout;

namespace TokenDesk {

struct FetchError;

class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    using Severity = BannerTone; // picks the icon and the tint

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message`; `details` (may be empty) go behind the "Details" toggle.
    void showMessage(const QString &message, const QString &details = {},
                     Severity severity = Severity::Error);
    // The message is the core's hint; details list every field the gateway sent.
    void showFetchError(const FetchError &error);
    void dismiss();

    QString message() const;
    QString details() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QPlainTextEdit *detailsView();

    Severity m_severity = Severity::Error;
    bool m_applyingPalette = false;
    QLabel *m_iconLabel;
    QLabel *m_messageLabel;
    QToolButton *m_detailsButton;
    QPushButton *m_copyDetailsButton;
    QToolButton *m_closeButton;
    QVBoxLayout *m_layout = nullptr;
    QPlainTextEdit *m_detailsView = nullptr; // made on first use: detailsView()
    QString m_details;
};

// Every field of `error` a support engineer asks for, one "name: value" per line.
QString fetchErrorDetails(const FetchError &error);

} // namespace TokenDesk
