// App secrets in the OS keychain through QtKeychain (Secret Service / KWallet, macOS
// Keychain, Windows Credential Manager). Never the insecure fallback.
#pragma once

#include "secretstore.h"

namespace TokenDesk {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    // Each job is abandoned with Outcome::TimedOut after this long. Default 10 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void readSecret(const QString &profile, QObject *context, Callback done) override;
    void writeSecret(const QString &profile, const QByteArray &secret, QObject *context,
                     Callback done) override;
    void removeSecret(const QString &profile, QObject *context, Callback done) override;
    QString description() const override;

    // The keychain service name: the app id, so every entry is TokenDesk's and easy to find.
    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout{10000};
};

// Maps a QtKeychain error code (never its message text) to an outcome and a message a person
// can act on. `serviceReachable` tells "no keychain at all" from other failures, which
// QtKeychain reports with the same code on Linux. Pure.
SecretStore::Result keychainFailure(int keychainError, SecretStore::Operation operation,
                                    bool serviceReachable, const QString &profile);

// Whether a keychain service can be reached at all (Linux: a session bus with a Secret Service
// or KWallet on it, running or activatable). Elsewhere always true. Platform code: keychainplatform.cpp.
bool keychainServiceReachable();

} // namespace TokenDesk
