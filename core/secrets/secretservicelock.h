#pragma once

#include <QObject>

#include <chrono>
#include <functional>

namespace tba {

/// Asks the Secret Service on the D-Bus session bus whether its default collection is locked.
///
/// qtkeychain's libsecret backend (qtkeychain 0.13) cannot tell a locked keyring from a missing
/// entry: a read finds nothing and a delete reports success while the entries stay. This probe
/// lets the store report SecretStoreError::Locked in those cases. `done` is called once from the
/// event loop, with false when the collection is unlocked or the question cannot be asked (no
/// session bus, no Secret Service, KWallet, macOS or Windows), or never when `context` is
/// destroyed first.
void probeDefaultCollectionLocked(QObject *context, std::chrono::milliseconds timeout,
                                  std::function<void(bool locked)> done);

} // namespace tba
