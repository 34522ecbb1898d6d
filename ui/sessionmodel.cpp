// The session list model.
#include "sessionmodel.h"

#include "statuscolours.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace TokenDesk {

SessionModel::SessionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(row.session.title() + QStringLiteral("  \u00B7  ") + row.timeLeft);
    case Qt::AccessibleTextRole:
        return sessionAccessibleText(row.session, row.state);
    case Qt::ToolTipRole: {
        const TokenRequest r = row.session.request.trimmed();
        const QDateTime expiry = row.session.localExpiry();
        return tr("%1\nScene %2 · usage scene %3 · %4\nExpires %5")
            .arg(sessionAccessibleText(row.session, row.state), r.sceneCode, r.usageScene,
                 row.session.connectionTitle,
                 expiry.isValid() ? QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat)
                                  : tr("at an unknown time"));
    }
    case Qt::ForegroundRole: {
        // The countdown's own colours, so a row and the countdown agree; a list draws on Base.
        const QColor colour =
            attentionColour(QGuiApplication::palette(), row.state.phase, QPalette::Base);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case SessionIdRole:
        return row.session.id;
    case PhaseRole:
        return int(row.state.phase);
    case TimeLeftRole:
        return row.timeLeft;
    case TitleRole:
        return row.session.title();
    default:
        return {};
    }
}

bool SessionModel::refresh(Row &row, const QDateTime &now) const
{
    const CountdownState state =
        countdownAt(row.session.issued, row.session.localExpiry(), now, m_warning);
    const QString text = sessionTimeLeftText(state);
    const bool changed = state.phase != row.state.phase || text != row.timeLeft;
    row.state = state;
    row.timeLeft = text;
    return changed;
}

quint64 SessionModel::upsert(Session session, const QDateTime &now)
{
    session.request.requestId.clear();
    if (const auto existing = find(session.connection, session.request)) {
        const int from = rowOf(*existing);
        session.id = *existing;
        if (from > 0) {
            beginMoveRows({}, from, from, {}, 0);
            m_rows.move(from, 0);
            endMoveRows();
        }
        Row &row = m_rows[0];
        row.session = std::move(session);
        refresh(row, now);
        Q_EMIT dataChanged(index(0), index(0));
        return row.session.id;
    }
    session.id = m_nextId++;
    Row row{std::move(session), {}, {}};
    refresh(row, now);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(row));
    endInsertRows();
    return m_rows.first().session.id;
}

bool SessionModel::update(quint64 id, const TokenResponse &response, qint64 gatewayClockOffset,
                          const QDateTime &issued, const QDateTime &now)
{
    const int at = rowOf(id);
    if (at < 0)
        return false;
    Row &row = m_rows[at];
    row.session.response = response;
    row.session.gatewayClockOffset = gatewayClockOffset;
    row.session.issued = issued;
    refresh(row, now);
    Q_EMIT dataChanged(index(at), index(at));
    return true;
}

bool SessionModel::remove(quint64 id)
{
    const int at = rowOf(id);
    if (at < 0)
        return false;
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
    return true;
}

const Session *SessionModel::session(quint64 id) const
{
    const int at = rowOf(id);
    return at < 0 ? nullptr : &m_rows.at(at).session;
}

const Session *SessionModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).session : nullptr;
}

int SessionModel::rowOf(quint64 id) const
{
    for (int at = 0; at < m_rows.size(); ++at) {
        if (m_rows.at(at).session.id == id)
            return at;
    }
    return -1;
}

std::optional<quint64> SessionModel::find(const QString &connection,
                                          const TokenRequest &request) const
{
    for (const Row &row : m_rows) {
        if (row.session.answers(connection, request))
            return row.session.id;
    }
    return std::nullopt;
}

QList<quint64> SessionModel::ids() const
{
    QList<quint64> all;
    for (const Row &row : m_rows)
        all << row.session.id;
    return all;
}

CountdownState SessionModel::stateOf(quint64 id) const
{
    const int at = rowOf(id);
    return at < 0 ? CountdownState() : m_rows.at(at).state;
}

void SessionModel::setWarningThreshold(std::chrono::seconds threshold)
{
    m_warning = threshold;
}

int SessionModel::tick(const QDateTime &now)
{
    int changed = 0;
    for (int at = 0; at < m_rows.size(); ++at) {
        if (refresh(m_rows[at], now)) {
            ++changed;
            Q_EMIT dataChanged(index(at), index(at));
        }
    }
    return changed;
}

bool SessionModel::hasLiveSessions() const
{
    for (const Row &row : m_rows) {
        if (row.state.phase == CountdownState::Phase::Normal
            || row.state.phase == CountdownState::Phase::Warning)
            return true;
    }
    return false;
}

} // namespace TokenDesk
