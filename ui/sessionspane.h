// The session list beside the form: select a session to show it, Delete or Remove to drop it,
// Remove expired, and a context menu that MainWindow fills (Refresh, Copy as, Serve, Remove).
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QListView;

namespace Ui {
class SessionsPane;
}

namespace TokenDesk {

class SessionModel;

class SessionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPane(QWidget *parent = nullptr);
    ~SessionsPane() override;

    void setModel(SessionModel *model); // not owned
    QListView *list() const;

    std::optional<quint64> selectedSession() const;
    void selectSession(quint64 id);
    // Selects the n-th row (0-based), as Ctrl+1..9 do. False when there is none.
    bool selectRow(int row);

Q_SIGNALS:
    void sessionSelected(quint64 id);
    void removeRequested(quint64 id);
    void removeExpiredRequested();
    void contextMenuRequested(quint64 id, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateState();

    const std::unique_ptr<Ui::SessionsPane> m_ui;
    SessionModel *m_model = nullptr;
};

} // namespace TokenDesk
