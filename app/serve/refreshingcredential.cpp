// Refresh rules for the served credential.
#include "refreshingcredential.h"

#include <QCoreApplication>

namespace TokenDesk {

qint64 refreshMarginSeconds(qint64 lifetimeSeconds, std::optional<qint64> configured)
{
    if (configured)
        return qMax<qint64>(0, *configured);
    return qMin(RefreshingCredential::DefaultMarginSeconds, qMax<qint64>(0, lifetimeSeconds / 2));
}

RefreshingCredential::RefreshingCredential(CredentialSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_source, &CredentialSource::fetched, this, &RefreshingCredential::onFetched);
    connect(m_source, &CredentialSource::failed, this, &RefreshingCredential::onFailed);
}

void RefreshingCredential::setClock(Clock clock)
{
    if (clock)
        m_clock = std::move(clock);
}

void RefreshingCredential::setRefreshMargin(std::optional<qint64> seconds)
{
    m_configuredMargin = seconds;
}

void RefreshingCredential::hold(const TokenResponse &response, qint64 gatewayClockOffset)
{
    m_held = response;
    m_offset = gatewayClockOffset;
    m_heldSince = gatewayNow();
    m_lastFailure.reset();
}

QDateTime RefreshingCredential::gatewayNow() const
{
    return m_clock().toUTC().addSecs(m_offset);
}

qint64 RefreshingCredential::secondsLeft() const
{
    if (!m_held || !m_held->credential.expiration.isValid())
        return 0;
    return gatewayNow().secsTo(m_held->credential.expiration);
}

bool RefreshingCredential::isFresh() const
{
    if (!m_held)
        return false;
    const qint64 lifetime = m_heldSince.secsTo(m_held->credential.expiration);
    return secondsLeft() > refreshMarginSeconds(lifetime, m_configuredMargin);
}

bool RefreshingCredential::failedRecently() const
{
    return m_lastFailure && m_lastFailureAt.secsTo(m_clock().toUTC()) < FailureHoldSeconds;
}

RefreshingCredential::Outcome RefreshingCredential::heldOrFailure() const
{
    Outcome outcome;
    if (m_held && secondsLeft() > 0) {
        outcome.response = m_held;
        outcome.gatewayClockOffset = m_offset;
        return outcome;
    }
    if (m_lastFailure) {
        outcome.error = *m_lastFailure;
    } else {
        outcome.error.kind = FetchError::Kind::Network;
        outcome.error.message = QCoreApplication::translate("RefreshingCredential",
                                                            "No credential has been fetched yet.");
    }
    return outcome;
}

void RefreshingCredential::obtain(Callback done)
{
    if (isFresh()) {
        done(heldOrFailure());
        return;
    }
    // The first refresh of a credential is waited for: the gateway usually answers at once, and
    // the client then gets the full lifetime. Once one has failed, a client is not made to wait
    // for a gateway that is down while the held credential still works: it gets that, and the
    // refresh is tried again behind it.
    if (m_lastFailure && secondsLeft() > 0) {
        if (!m_refreshing && !failedRecently())
            startRefresh();
        done(heldOrFailure());
        return;
    }
    if (!m_refreshing && failedRecently()) {
        done(heldOrFailure());
        return;
    }
    m_waiting.push_back(std::move(done));
    if (!m_refreshing)
        startRefresh();
}

void RefreshingCredential::startRefresh()
{
    m_refreshing = true;
    ++m_upstreamFetches;
    m_source->fetch();
}

void RefreshingCredential::onFetched(const TokenResponse &response, qint64 offset)
{
    m_refreshing = false;
    const QDateTime expiration = response.credential.expiration;
    if (!expiration.isValid() || m_clock().toUTC().addSecs(offset).secsTo(expiration) <= 0) {
        // A credential that is already dead, or whose end is unknown, must not replace one
        // that still works, and must not be handed to a client as if it did.
        FetchError error;
        error.kind = FetchError::Kind::Malformed;
        error.message = QCoreApplication::translate(
            "RefreshingCredential",
            "The gateway sent a credential that has no readable expiration or has already "
            "expired.");
        onFailed(error);
        return;
    }
    hold(response, offset);
    Q_EMIT refreshed(response, offset);
    answerWaiting(heldOrFailure());
}

void RefreshingCredential::onFailed(const FetchError &error)
{
    m_refreshing = false;
    m_lastFailure = error;
    m_lastFailureAt = m_clock().toUTC();
    Q_EMIT refreshFailed(error);
    answerWaiting(heldOrFailure());
}

void RefreshingCredential::answerWaiting(const Outcome &outcome)
{
    // A callback may call obtain() again; it must see an empty list, not this one.
    std::vector<Callback> waiting;
    waiting.swap(m_waiting);
    for (const Callback &done : waiting)
        done(outcome);
}

} // namespace TokenDesk
