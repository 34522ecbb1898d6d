// The window's sessions, newest first, as a list model. One tick() recomputes every row's time
// left and signals only the rows whose text or state changed, so 50 sessions cost 50 small
// comparisons a second and no repaint of a row that did not change.
#pragma once

#include "countdown.h"
#include "session.h"

#include <QAbstractListModel>
#include <QList>

#include <chrono>
#include <optional>

namespace TokenDesk {

class SessionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        PhaseRole,    // CountdownState::Phase as int
        TimeLeftRole, // "52 min"
        TitleRole,    // "t-1 / poi-9 / oss"
    };

    explicit SessionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds `session` at the top, or, when one answers the same connection and request, replaces
    // it (keeping its id) and moves it to the top. Returns the session's id.
    quint64 upsert(Session session, const QDateTime &now);
    // Replaces the credential of the session `id` where it stands. False when there is none.
    bool update(quint64 id, const TokenResponse &response, qint64 gatewayClockOffset,
                const QDateTime &issued, const QDateTime &now);
    bool remove(quint64 id);

    const Session *session(quint64 id) const;
    const Session *sessionAt(int row) const;
    int rowOf(quint64 id) const; // -1 when absent
    std::optional<quint64> find(const QString &connection, const TokenRequest &request) const;
    QList<quint64> ids() const;
    CountdownState stateOf(quint64 id) const;

    void setWarningThreshold(std::chrono::seconds threshold);
    // Recomputes every row at `now`; dataChanged for the rows that changed. Returns how many.
    int tick(const QDateTime &now);
    // Whether any session is still counting down (the timer can stop when none is).
    bool hasLiveSessions() const;

private:
    struct Row
    {
        Session session;
        CountdownState state;
        QString timeLeft;
    };
    bool refresh(Row &row, const QDateTime &now) const; // true when its text or phase changed

    QList<Row> m_rows;
    quint64 m_nextId = 1;
    std::chrono::seconds m_warning{300};
};

} // namespace TokenDesk
