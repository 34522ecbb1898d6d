// QtKeychain-backed secret store: heap jobs, auto-deleted, bounded by a timer.
#include "keychainsecretstore.h"

#include "appsettings.h"
#include "logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace TokenDesk {

namespace {

// The key says what the entry holds: the proxy password has a key of its own, every other entry
// is a profile's app secret. Messages name the right one.
QString operationText(SecretStore::Operation operation, const QString &key)
{
    const bool proxy = key == proxyPasswordKey();
    switch (operation) {
    case SecretStore::Operation::Read:
        return proxy
            ? QCoreApplication::translate("KeychainSecretStore", "read the proxy password from")
            : QCoreApplication::translate("KeychainSecretStore", "read the app secret from");
    case SecretStore::Operation::Write:
        return proxy
            ? QCoreApplication::translate("KeychainSecretStore", "store the proxy password in")
            : QCoreApplication::translate("KeychainSecretStore", "store the app secret in");
    case SecretStore::Operation::Remove:
        return proxy
            ? QCoreApplication::translate("KeychainSecretStore", "remove the proxy password from")
            : QCoreApplication::translate("KeychainSecretStore", "remove the app secret from");
    }
    return {};
}

QString noKeychainFix(const QString &key)
{
    if (key == proxyPasswordKey()) {
        // TOKENDESK_APP_SECRET stands in for an app secret only.
        return QCoreApplication::translate(
            "KeychainSecretStore",
            "Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session "
            "and try again.");
    }
    return QCoreApplication::translate(
        "KeychainSecretStore",
        "Start or unlock your keychain (gnome-keyring or KWallet) in this desktop session "
        "and try again; for automation set TOKENDESK_APP_SECRET instead.");
}

// Runs one job: starts it, arms the timeout, and calls `done` once with whichever comes first.
void runJob(QKeychain::Job *job, SecretStore::Operation operation, const QString &profile,
            std::chrono::milliseconds timeout, QObject *context, SecretStore::Callback done)
{
    struct Pending
    {
        bool answered = false;
        SecretStore::Callback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [pending, guard, hadContext](const SecretStore::Result &result) {
        if (pending->answered)
            return;
        pending->answered = true;
        if (hadContext && !guard)
            return;
        pending->done(result);
    };

    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: with KWallet it writes the secret in plain text
    job->setKey(profile);

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [answer, operation, profile] {
        qCWarning(lcKeychain) << "keychain job timed out";
        SecretStore::Result result;
        result.outcome = SecretStore::Outcome::TimedOut;
        result.message = QCoreApplication::translate(
                             "KeychainSecretStore",
                             "The keychain did not answer in time, so TokenDesk could not %1 it. "
                             "It may be waiting for an unlock prompt; unlock it and try again.")
                             .arg(operationText(operation, profile));
        answer(result);
        // The job stays alive until the service answers, then deletes itself.
    });
    QObject::connect(
        job, &QKeychain::Job::finished, job, [answer, operation, profile](QKeychain::Job *finished) {
            SecretStore::Result result;
            if (finished->error() == QKeychain::NoError) {
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.secret = read->binaryData();
            } else {
                qCInfo(lcKeychain) << "keychain job failed with code" << finished->error();
                const bool reachable = finished->error() == QKeychain::OtherError
                        || finished->error() == QKeychain::NoBackendAvailable
                    ? keychainServiceReachable()
                    : true;
                result = keychainFailure(finished->error(), operation, reachable, profile);
            }
            answer(result);
        });
    timer->start(timeout);
    job->start();
}

} // namespace

SecretStore::Result keychainFailure(int keychainError, SecretStore::Operation operation,
                                    bool serviceReachable, const QString &profile)
{
    SecretStore::Result result;
    switch (keychainError) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.outcome = SecretStore::Outcome::NotFound;
        result.message = secretNotFoundMessage(profile);
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.outcome = SecretStore::Outcome::Denied;
        result.message = QCoreApplication::translate(
                             "KeychainSecretStore",
                             "The keychain is locked or refused access, so TokenDesk could not %1 "
                             "it. Unlock the keychain (or allow TokenDesk when asked) and try "
                             "again.")
                             .arg(operationText(operation, profile));
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.outcome = SecretStore::Outcome::Unavailable;
        result.message = QCoreApplication::translate(
                             "KeychainSecretStore",
                             "No keychain service is available, so TokenDesk could not %1 it. %2")
                             .arg(operationText(operation, profile), noKeychainFix(profile));
        return result;
    default:
        break;
    }
    if (!serviceReachable) {
        result.outcome = SecretStore::Outcome::Unavailable;
        result.message = QCoreApplication::translate(
                             "KeychainSecretStore",
                             "No keychain service is reachable (no session bus, Secret Service or "
                             "KWallet), so TokenDesk could not %1 it. %2")
                             .arg(operationText(operation, profile), noKeychainFix(profile));
        return result;
    }
    result.outcome = SecretStore::Outcome::Failed;
    result.message = QCoreApplication::translate(
                         "KeychainSecretStore",
                         "The keychain failed (QtKeychain error %1) while TokenDesk tried to %2 "
                         "it. Check that the keychain is running and unlocked, then try again.")
                         .arg(keychainError)
                         .arg(operationText(operation, profile));
    return result;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

QString KeychainSecretStore::serviceName()
{
    return QLatin1String(AppId);
}

void KeychainSecretStore::readSecret(const QString &profile, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    runJob(job, Operation::Read, profile, m_timeout, context, std::move(done));
}

void KeychainSecretStore::writeSecret(const QString &profile, const QByteArray &secret,
                                      QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setBinaryData(secret);
    runJob(job, Operation::Write, profile, m_timeout, context, std::move(done));
}

void KeychainSecretStore::removeSecret(const QString &profile, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    runJob(job, Operation::Remove, profile, m_timeout, context, std::move(done));
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("KeychainSecretStore", "the system keychain");
}

} // namespace TokenDesk

// Compiled here rather than in the target's mocs_compilation.cpp: that one object holds every
// class's meta-object and would pull this file, and QtNetwork or QtKeychain, into the window,
// which links the core but loads the network module at run time (docs/architecture.md).
#include "moc_keychainsecretstore.cpp"
