#include "core/secrets/keychainsecretstore.h"

#include "core/secrets/keychainerror.h"
#include "core/secrets/secretservicelock.h"
#include "core/secrets/secretslogging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace tba {
namespace {

QString fieldKey(CredentialField field)
{
    switch (field) {
    case CredentialField::ConsumerKey:
        return QStringLiteral("consumer-key");
    case CredentialField::ConsumerSecret:
        return QStringLiteral("consumer-secret");
    case CredentialField::TokenId:
        return QStringLiteral("token-id");
    case CredentialField::TokenSecret:
        return QStringLiteral("token-secret");
    }
    return QString();
}

const char *jobName(const QKeychain::Job *job)
{
    if (qobject_cast<const QKeychain::ReadPasswordJob *>(job))
        return "read";
    if (qobject_cast<const QKeychain::WritePasswordJob *>(job))
        return "write";
    return "delete";
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent), m_serviceName(QCoreApplication::applicationName())
{
    if (m_serviceName.isEmpty())
        m_serviceName = QStringLiteral("netsuite-tba-wizard");
}

void KeychainSecretStore::setServiceName(const QString &serviceName)
{
    m_serviceName = serviceName;
}

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString KeychainSecretStore::entryKey(const QString &profile, CredentialField field) const
{
    return m_serviceName + QLatin1Char('/') + profile.toLower() + QLatin1Char('/') +
           fieldKey(field);
}

// Starts `job` and calls `finished` once, from the event loop: with the job's result when it
// finishes in time, or with the timeout's when the timeout comes first. A job that times out is
// not deleted, because qtkeychain's libsecret backend still has a pointer to it; it deletes
// itself if it ever finishes, and its late result is ignored.
static void runJob(KeychainSecretStore *store, QKeychain::Job *job,
                   std::chrono::milliseconds timeout,
                   std::function<void(QKeychain::Job *job)> onJobFinished,
                   std::function<void()> onTimeout)
{
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(store);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, store, [=] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        qCWarning(lcSecrets).nospace() << "keychain " << jobName(job) << " job for " << job->key()
                                       << " timed out after " << timeout.count() << " ms";
        onTimeout();
    });
    // The job is read here because auto-delete removes it after this signal. The callers post
    // their callback, so it never runs inside start().
    QObject::connect(job, &QKeychain::Job::finished, store, [=](QKeychain::Job *) {
        if (*settled)
            return;
        *settled = true;
        timer->stop();
        timer->deleteLater();
        onJobFinished(job);
    });
    timer->start(timeout);
    job->start();
}

// Calls `callback` later from `store`'s event loop, or never when the store is destroyed first.
static void post(KeychainSecretStore *store, std::function<void()> callback)
{
    QMetaObject::invokeMethod(store, std::move(callback), Qt::QueuedConnection);
}

// Maps a finished job to a result and logs failures.
static SecretStoreResult resultOf(const QKeychain::Job *job, const QString &profile,
                                  CredentialField field)
{
    const SecretStoreResult result =
        KeychainError::fromJob(int(job->error()), job->errorString(), profile, field);
    if (!result.ok() && result.error != SecretStoreError::NotFound) {
        qCWarning(lcSecrets).nospace() << "keychain " << jobName(job) << " job for " << job->key()
                                       << " failed: " << job->error() << ' ' << job->errorString();
    }
    return result;
}

void KeychainSecretStore::writeSecret(const QString &profile, CredentialField field,
                                      const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(entryKey(profile, field));
    job->setTextData(value);
    const std::chrono::milliseconds timeout = m_timeout;
    runJob(
        this, job, timeout,
        [=](QKeychain::Job *finished) {
            const SecretStoreResult result = resultOf(finished, profile, field);
            post(this, [=] { done(result); });
        },
        [=] { done(KeychainError::timedOut(timeout)); });
}

void KeychainSecretStore::readSecret(const QString &profile, CredentialField field, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(entryKey(profile, field));
    const std::chrono::milliseconds timeout = m_timeout;
    runJob(
        this, job, timeout,
        [=](QKeychain::Job *finished) {
            const SecretStoreResult result = resultOf(finished, profile, field);
            if (result.error == SecretStoreError::NotFound) {
                // A locked keyring hides its entries, so "not found" may mean "locked".
                probeDefaultCollectionLocked(this, timeout, [=](bool locked) {
                    done(locked ? KeychainError::locked() : result, QString());
                });
                return;
            }
            const QString value =
                result.ok() ? qobject_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                            : QString();
            post(this, [=] { done(result, value); });
        },
        [=] { done(KeychainError::timedOut(timeout), QString()); });
}

void KeychainSecretStore::deleteSecret(const QString &profile, CredentialField field, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(entryKey(profile, field));
    const std::chrono::milliseconds timeout = m_timeout;
    runJob(
        this, job, timeout,
        [=](QKeychain::Job *finished) {
            const SecretStoreResult result = resultOf(finished, profile, field);
            if (result.ok()) {
                // A delete in a locked keyring reports success but removes nothing.
                probeDefaultCollectionLocked(this, timeout, [=](bool locked) {
                    done(locked ? KeychainError::locked() : result);
                });
                return;
            }
            post(this, [=] { done(result); });
        },
        [=] { done(KeychainError::timedOut(timeout)); });
}

} // namespace tba
