// Runs one SecretStore call to its callback, for tests.
#pragma once

#include "secretstore.h"

#include <QTest>

#include <optional>

namespace TestSupport {

// `call(context, done)` starts the store operation; returns its result, or Failed with
// "no answer" when the callback never came within `timeoutMs`.
template<typename Call>
TokenDesk::SecretStore::Result awaitSecretStore(Call call, int timeoutMs = 15000)
{
    QObject context;
    std::optional<TokenDesk::SecretStore::Result> result;
    call(&context, [&result](const TokenDesk::SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        qWarning("the secret store never answered");
    return result.value_or(TokenDesk::SecretStore::Result{
        TokenDesk::SecretStore::Outcome::Failed, {}, QStringLiteral("no answer")});
}

// The secret stored under `key`, or empty when there is none (or the store failed).
inline QByteArray secretIn(TokenDesk::SecretStore &store, const QString &key)
{
    const auto result = awaitSecretStore(
        [&](QObject *context, auto done) { store.readSecret(key, context, std::move(done)); });
    return result.ok() ? result.secret : QByteArray();
}

// Stores `secret` under `key`; a failure fails the calling test.
inline void putSecret(TokenDesk::SecretStore &store, const QString &key, const QByteArray &secret)
{
    const auto result = awaitSecretStore([&](QObject *context, auto done) {
        store.writeSecret(key, secret, context, std::move(done));
    });
    QVERIFY(result.ok());
}

} // namespace TestSupport
