// The list of past fetches: when, with which profile and form, the request ids, expiry and
// outcome. Metadata only: never a secret, a credential or the request's `token`.
#pragma once

#include "securitytoken.h"
#include "tokenrequest.h"

#include <QDateTime>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

namespace TokenDesk {

struct FetchError;

struct HistoryEntry
{
    QDateTime at; // when the fetch ended, UTC
    QString profile;
    TokenRequest request;     // the form as sent; `token` is always empty here
    QString requestId;        // request_id inside param
    QString respRequestId;    // the service's resp_request_id
    QString gatewayRequestId; // the gateway's request_id
    QDateTime expiry;         // of the credential, UTC; invalid when none or unknown
    QString outcome;          // "ok", or the error code text ("25", "isv.…", "network", …)
    QString message;          // one line for people, never a secret

    // `profile` for the window's own connections, which are not profiles: the embedded demo
    // gateway, and one made from --gateway/--app-key. Shown as "Demo" and "Command line".
    static constexpr QLatin1StringView DemoConnection{"@demo"};
    static constexpr QLatin1StringView CommandLineConnection{"@command-line"};
    // What entries written before the two were told apart say for either.
    static constexpr QLatin1StringView EitherConnection{"@session"};

    // An entry for a credential received: ids and expiry, but none of its secret values.
    static HistoryEntry fromResponse(const QDateTime &at, const QString &profile,
                                     const TokenRequest &request, const TokenResponse &response);
    // An entry for a failed fetch; the outcome is the most specific code the error has.
    static HistoryEntry fromError(const QDateTime &at, const QString &profile,
                                  const TokenRequest &request, const FetchError &error);

    friend bool operator==(const HistoryEntry &a, const HistoryEntry &b);
};

class HistoryStore
{
public:
    static constexpr int MaxEntries = 200;

    // The app's own settings file, next to the profiles.
    HistoryStore();
    // Any QSettings (tests); the store does not own it.
    explicit HistoryStore(QSettings *settings);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Newest (most recently added) first. Entries a hand edit made unreadable are skipped.
    QList<HistoryEntry> entries() const;
    // Adds at the front, dropping the oldest beyond MaxEntries. The request's token is dropped.
    void add(const HistoryEntry &entry);
    void clear();

private:
    void write(const QList<HistoryEntry> &entries);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace TokenDesk
