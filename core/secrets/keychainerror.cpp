#include "core/secrets/keychainerror.h"

namespace tba {
namespace {

// QKeychain::Error values, repeated here so this file need not include qtkeychain.
enum KeychainCode
{
    NoError = 0,
    EntryNotFound = 1,
    CouldNotDeleteEntry = 2,
    AccessDeniedByUser = 3,
    AccessDenied = 4,
    NoBackendAvailable = 5,
    NotImplemented = 6,
};

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStoreError classify(int code, const QString &detail)
{
    if (code == NoError)
        return SecretStoreError::None;
    if (code == EntryNotFound)
        return SecretStoreError::NotFound;
    // libsecret's texts, as GLib and gnome-keyring word them: "Cannot autolaunch D-Bus without X11
    // $DISPLAY", "The name org.freedesktop.secrets was not provided by any .service files",
    // "Cannot create an item in a locked collection".
    if (containsAny(detail, {"locked"}))
        return SecretStoreError::Locked;
    if (code == NoBackendAvailable ||
        containsAny(detail, {"autolaunch", "org.freedesktop.secrets", "DBUS_SESSION_BUS_ADDRESS",
                             "ServiceUnknown", "Could not connect", "kwalletd"}))
        return SecretStoreError::NoService;
    if (code == AccessDenied || code == AccessDeniedByUser)
        return SecretStoreError::AccessDenied;
    return SecretStoreError::Other;
}

} // namespace

SecretStoreResult KeychainError::fromJob(int code, const QString &detail, const QString &profile,
                                         CredentialField field)
{
    const SecretStoreError error = classify(code, detail);
    if (error == SecretStoreError::None)
        return {};
    if (error == SecretStoreError::NotFound) {
        return {error, tr("No %1 is stored for profile \"%2\". Store the credentials again with "
                          "the save command or the wizard.")
                           .arg(CredentialValidator::fieldName(field), profile)};
    }
    const bool detailAddsNothing = error == SecretStoreError::Locked;
    return {error, message(error, detailAddsNothing ? QString() : detail)};
}

SecretStoreResult KeychainError::locked()
{
    return {SecretStoreError::Locked, message(SecretStoreError::Locked)};
}

SecretStoreResult KeychainError::timedOut(std::chrono::milliseconds timeout)
{
    const QString seconds = QString::number(double(timeout.count()) / 1000.0);
    return {SecretStoreError::TimedOut,
            tr("The keychain did not answer within %1 seconds. It may be waiting for an unlock "
               "prompt that cannot be shown: unlock the keyring, or run inside a desktop session, "
               "and try again.")
                .arg(seconds)};
}

QString KeychainError::message(SecretStoreError error, const QString &detail)
{
    QString text;
    switch (error) {
    case SecretStoreError::None:
        return QString();
    case SecretStoreError::NoService:
        text = tr("No keychain is reachable: no Secret Service (such as gnome-keyring) or KWallet "
                  "answers on the D-Bus session bus. Start or install gnome-keyring or KWallet, or "
                  "pass the credentials in the NETSUITE_* environment variables, or keep them in "
                  "an export encrypted with a passphrase. Nothing was written in plaintext.");
        break;
    case SecretStoreError::Locked:
        text = tr("The keyring is locked. Unlock it, for example with your desktop's password "
                  "and keys manager, and try again.");
        break;
    case SecretStoreError::AccessDenied:
        text = tr("Access to the keychain was denied. Allow this application to use the "
                  "keychain and try again.");
        break;
    case SecretStoreError::NotFound:
        text = tr("The keychain entry was not found.");
        break;
    case SecretStoreError::TimedOut:
        text = tr("The keychain did not answer in time.");
        break;
    case SecretStoreError::Other:
        text = tr("The keychain reported an error.");
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("Details: %1").arg(detail);
    return text;
}

} // namespace tba
