#include "core/secrets/secretstore.h"

#include <memory>

namespace tba {
namespace {

constexpr int fieldCount = int(std::size(allCredentialFields));

// One step per field, each started from the previous one's callback, so the keychain sees one job
// at a time and the first failure stops the sequence.
struct WriteSequence : std::enable_shared_from_this<WriteSequence>
{
    SecretStore *store;
    QString profile;
    Credentials credentials;
    QList<CredentialField> fields; // the non-empty ones, in order
    SecretStore::Done done;

    void step()
    {
        if (fields.isEmpty()) {
            done({});
            return;
        }
        const CredentialField field = fields.takeFirst();
        store->writeSecret(profile, field, credentials.value(field),
                           [self = shared_from_this()](const SecretStoreResult &result) {
                               if (result.ok())
                                   self->step();
                               else
                                   self->done(result);
                           });
    }
};

struct ReadSequence : std::enable_shared_from_this<ReadSequence>
{
    SecretStore *store;
    QString profile;
    CredentialsDone done;
    Credentials credentials;
    int next = 0;

    void step()
    {
        const CredentialField field = allCredentialFields[next++];
        store->readSecret(profile, field,
                          [self = shared_from_this(), field](const SecretStoreResult &result,
                                                             const QString &value) {
                              if (!result.ok()) {
                                  self->done(result, Credentials());
                                  return;
                              }
                              self->credentials.setValue(field, value);
                              if (self->next == fieldCount)
                                  self->done({}, self->credentials);
                              else
                                  self->step();
                          });
    }
};

struct DeleteSequence : std::enable_shared_from_this<DeleteSequence>
{
    SecretStore *store;
    QString profile;
    SecretStore::Done done;
    int next = 0;

    void step()
    {
        const CredentialField field = allCredentialFields[next++];
        store->deleteSecret(profile, field,
                            [self = shared_from_this()](const SecretStoreResult &result) {
                                if (!result.ok() && result.error != SecretStoreError::NotFound) {
                                    self->done(result);
                                    return;
                                }
                                if (self->next == fieldCount)
                                    self->done({});
                                else
                                    self->step();
                            });
    }
};

} // namespace

void writeCredentials(SecretStore &store, const QString &profile, const Credentials &credentials,
                      SecretStore::Done done)
{
    auto sequence = std::make_shared<WriteSequence>();
    sequence->store = &store;
    sequence->profile = profile;
    sequence->credentials = credentials;
    sequence->done = std::move(done);
    for (const CredentialField field : allCredentialFields) {
        if (!credentials.value(field).isEmpty())
            sequence->fields.append(field);
    }
    if (sequence->fields.isEmpty()) {
        // Nothing to write: post the result, so done() never runs inside this call.
        QMetaObject::invokeMethod(
            &store, [sequence] { sequence->step(); }, Qt::QueuedConnection);
        return;
    }
    sequence->step();
}

void readCredentials(SecretStore &store, const QString &profile, CredentialsDone done)
{
    auto sequence = std::make_shared<ReadSequence>();
    sequence->store = &store;
    sequence->profile = profile;
    sequence->done = std::move(done);
    sequence->step();
}

void deleteCredentials(SecretStore &store, const QString &profile, SecretStore::Done done)
{
    auto sequence = std::make_shared<DeleteSequence>();
    sequence->store = &store;
    sequence->profile = profile;
    sequence->done = std::move(done);
    sequence->step();
}

} // namespace tba
