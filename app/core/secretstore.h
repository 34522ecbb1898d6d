// Where app secrets live: one entry per profile, asynchronous, bounded in time. The keychain
// implementation is the only one the programs persist with; the memory one serves unit tests
// and the window's "this session only" choice.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace TokenDesk {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound,    // nothing stored for this profile
        Unavailable, // no keychain service reachable
        Denied,      // locked, or access refused
        TimedOut,    // the service did not answer in time
        Failed,      // anything else
    };
    Q_ENUM(Outcome)

    enum class Operation { Read, Write, Remove };

    struct Result
    {
        Outcome outcome = Outcome::Ok;
        QByteArray secret; // Read only
        QString message;   // translated, what to do; empty on Ok
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // Each calls `done` exactly once, later from the event loop, and only while `context`
    // lives. Secrets are never logged or put in a message.
    virtual void readSecret(const QString &profile, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &profile, const QByteArray &secret, QObject *context,
                             Callback done) = 0;
    virtual void removeSecret(const QString &profile, QObject *context, Callback done) = 0;

    // A name for the user: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;

protected:
    // Calls `done` from the event loop, guarded by `context`.
    static void deliverLater(QObject *context, Callback done, Result result);
};

// Holds secrets in process memory only; nothing survives the process.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void readSecret(const QString &profile, QObject *context, Callback done) override;
    void writeSecret(const QString &profile, const QByteArray &secret, QObject *context,
                     Callback done) override;
    void removeSecret(const QString &profile, QObject *context, Callback done) override;
    QString description() const override;

private:
    QHash<QString, QByteArray> m_secrets;
};

// The translated message for "nothing stored", shared by every store.
QString secretNotFoundMessage(const QString &profile);

} // namespace TokenDesk
