#pragma once

#include "core/credentials.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace tba {

/// Maps qtkeychain's outcomes to SecretStoreResult. Kept apart from the qtkeychain calls so the
/// mapping can be tested on its own, without a keychain.
class KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(tba::KeychainError)

public:
    /// Maps one finished job. `code` is a QKeychain::Error value (0 NoError, 1 EntryNotFound,
    /// 2 CouldNotDeleteEntry, 3 AccessDeniedByUser, 4 AccessDenied, 5 NoBackendAvailable,
    /// 6 NotImplemented, 7 OtherError) and `detail` its errorString(). The Secret Service reports
    /// a missing D-Bus session, a missing service and a locked keyring only through the text, so
    /// the text decides those cases.
    static SecretStoreResult fromJob(int code, const QString &detail, const QString &profile,
                                     CredentialField field);

    /// Returns the result for a keyring found locked by other means than the job's error.
    static SecretStoreResult locked();

    /// Returns the result for a job that did not finish within `timeout`.
    static SecretStoreResult timedOut(std::chrono::milliseconds timeout);

    /// Returns the message for `error`, saying what to do; `detail` is appended when not empty.
    static QString message(SecretStoreError error, const QString &detail = QString());
};

} // namespace tba
