#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tba {

/// Returns `length` random characters from [A-Za-z0-9], drawn from OpenSSL's CSPRNG without
/// modulo bias, or nothing when the generator fails (its error is logged).
std::optional<QByteArray> randomAlphanumeric(int length);

/// Returns `length` random bytes from OpenSSL's CSPRNG, or nothing when the generator fails.
std::optional<QByteArray> randomBytes(int length);

/// Overwrites a buffer this code owns so a secret does not linger in freed memory. Detaches first,
/// so only this copy is wiped; other implicitly shared copies keep their data.
void wipe(QByteArray &buffer);

/// Returns the text of OpenSSL's most recent error on this thread and clears the queue.
QString lastOpenSslError();

} // namespace tba
