// Writes, reads, updates and deletes secrets through the real Secret Service: the gnome-keyring
// of the test session's private D-Bus session. Entries are checked independently with
// secret-tool, which reads the attributes qtkeychain's libsecret backend stores ("server" is the
// service name, "user" the key).

#include "core/profiles/connectionstore.h"
#include "core/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tba;

namespace {

Credentials exampleCredentials(char variant = 'a')
{
    const auto value = [variant](char field) -> QString {
        return QString(32, QLatin1Char(variant)) + QString(32, QLatin1Char(field));
    };
    return {value('1'), value('2'), value('3'), value('4')};
}

bool sameCredentials(const Credentials &a, const Credentials &b)
{
    return a.consumerKey == b.consumerKey && a.consumerSecret == b.consumerSecret &&
           a.tokenId == b.tokenId && a.tokenSecret == b.tokenSecret;
}

Profile exampleProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.accountId = QStringLiteral("1234567_SB1");
    profile.integrationName = QStringLiteral("AfterShip");
    return profile;
}

/// Runs an asynchronous call and waits for its callback; `finished` stays false on a hang.
template <typename Result, typename Start>
Result await(Start start, bool *finished)
{
    Result result{};
    *finished = false;
    start([&](const Result &value) {
        result = value;
        *finished = true;
    });
    *finished = QTest::qWaitFor([&] { return *finished; }, 60000);
    return result;
}

} // namespace

class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeReadUpdateDelete();
    void callbackRunsAfterCallReturns();
    void credentialsRoundTrip();
    void emptyFieldsKeepStoredValues();
    void deletingMissingCredentialsSucceeds();
    void entryKeysIgnoreProfileCase();
    void connectionSaveLoadAndUpdate();
    void connectionCreateRejectsTakenName();
    void connectionRejectsInvalidCredentialsBeforeKeychain();
    void connectionRenameMovesSecrets();
    void connectionRemoveDeletesEntries();

private:
    QString lookup(const QString &profile, const QString &field) const;
    SecretStoreResult readOne(const QString &profile, CredentialField field, QString *value);

    QString m_service;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionStore> m_connections;
};

void KeychainSecretStoreTest::init()
{
    QVERIFY2(qEnvironmentVariableIsSet("TBA_TEST_SESSION"),
             "run inside scripts/test-session.sh, which provides a throwaway keyring");
    // A service name of its own keeps this test's entries apart from other tests running at the
    // same time in the same keyring.
    m_service = QStringLiteral("tba-test-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QString::fromLatin1(QTest::currentTestFunction()));
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_secrets->setServiceName(m_service);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    m_connections = std::make_unique<ConnectionStore>(*m_profiles, *m_secrets);
}

void KeychainSecretStoreTest::cleanup()
{
    m_connections.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_dir.reset();
}

QString KeychainSecretStoreTest::lookup(const QString &profile, const QString &field) const
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                   QStringLiteral("user"),
                   m_service + QLatin1Char('/') + profile + QLatin1Char('/') + field});
    if (!process.waitForFinished(30000))
        return QStringLiteral("secret-tool hung");
    return QString::fromUtf8(process.readAllStandardOutput());
}

SecretStoreResult KeychainSecretStoreTest::readOne(const QString &profile, CredentialField field,
                                                   QString *value)
{
    bool finished = false;
    using Read = std::pair<SecretStoreResult, QString>;
    const Read read = await<Read>(
        [&](auto done) {
            m_secrets->readSecret(profile, field,
                                  [done](const SecretStoreResult &result, const QString &text) {
                                      done(Read{result, text});
                                  });
        },
        &finished);
    if (!finished)
        return {SecretStoreError::TimedOut, QStringLiteral("the test's wait ended")};
    *value = read.second;
    return read.first;
}

void KeychainSecretStoreTest::writeReadUpdateDelete()
{
    bool finished = false;
    SecretStoreResult result = await<SecretStoreResult>(
        [&](auto done) {
            m_secrets->writeSecret(QStringLiteral("p"), CredentialField::TokenSecret,
                                   QStringLiteral("first"), done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookup(QStringLiteral("p"), QStringLiteral("token-secret")), QStringLiteral("first"));

    QString value;
    result = readOne(QStringLiteral("p"), CredentialField::TokenSecret, &value);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(value, QStringLiteral("first"));

    result = await<SecretStoreResult>(
        [&](auto done) {
            m_secrets->writeSecret(QStringLiteral("p"), CredentialField::TokenSecret,
                                   QStringLiteral("second"), done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY(result.ok());
    result = readOne(QStringLiteral("p"), CredentialField::TokenSecret, &value);
    QCOMPARE(value, QStringLiteral("second"));

    result = await<SecretStoreResult>(
        [&](auto done) {
            m_secrets->deleteSecret(QStringLiteral("p"), CredentialField::TokenSecret, done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookup(QStringLiteral("p"), QStringLiteral("token-secret")), QString());
    result = readOne(QStringLiteral("p"), CredentialField::TokenSecret, &value);
    QCOMPARE(result.error, SecretStoreError::NotFound);
    QVERIFY(value.isEmpty());
}

void KeychainSecretStoreTest::callbackRunsAfterCallReturns()
{
    bool called = false;
    m_secrets->readSecret(QStringLiteral("p"), CredentialField::TokenId,
                          [&](const SecretStoreResult &, const QString &) { called = true; });
    QVERIFY(!called);
    QVERIFY(QTest::qWaitFor([&] { return called; }, 60000));

    called = false;
    writeCredentials(*m_secrets, QStringLiteral("p"), Credentials(),
                     [&](const SecretStoreResult &) { called = true; });
    QVERIFY(!called);
    QVERIFY(QTest::qWaitFor([&] { return called; }, 60000));
}

void KeychainSecretStoreTest::credentialsRoundTrip()
{
    bool finished = false;
    const SecretStoreResult written = await<SecretStoreResult>(
        [&](auto done) {
            writeCredentials(*m_secrets, QStringLiteral("p"), exampleCredentials(), done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(written.ok(), qPrintable(written.message));

    using Read = std::pair<SecretStoreResult, Credentials>;
    const Read read = await<Read>(
        [&](auto done) {
            readCredentials(*m_secrets, QStringLiteral("p"),
                            [done](const SecretStoreResult &result, const Credentials &values) {
                                done(Read{result, values});
                            });
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(read.first.ok(), qPrintable(read.first.message));
    QVERIFY(sameCredentials(read.second, exampleCredentials()));
}

void KeychainSecretStoreTest::emptyFieldsKeepStoredValues()
{
    bool finished = false;
    QVERIFY(await<SecretStoreResult>(
                [&](auto done) {
                    writeCredentials(*m_secrets, QStringLiteral("p"), exampleCredentials(), done);
                },
                &finished)
                .ok());
    Credentials edit;
    edit.tokenSecret = exampleCredentials('b').tokenSecret;
    QVERIFY(await<SecretStoreResult>(
                [&](auto done) { writeCredentials(*m_secrets, QStringLiteral("p"), edit, done); },
                &finished)
                .ok());
    QCOMPARE(lookup(QStringLiteral("p"), QStringLiteral("token-secret")),
             exampleCredentials('b').tokenSecret);
    QCOMPARE(lookup(QStringLiteral("p"), QStringLiteral("consumer-key")),
             exampleCredentials().consumerKey);
}

void KeychainSecretStoreTest::deletingMissingCredentialsSucceeds()
{
    bool finished = false;
    const SecretStoreResult result = await<SecretStoreResult>(
        [&](auto done) { deleteCredentials(*m_secrets, QStringLiteral("never-saved"), done); },
        &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void KeychainSecretStoreTest::entryKeysIgnoreProfileCase()
{
    QCOMPARE(m_secrets->entryKey(QStringLiteral("Prod"), CredentialField::ConsumerKey),
             m_service + QStringLiteral("/prod/consumer-key"));
    bool finished = false;
    QVERIFY(await<SecretStoreResult>(
                [&](auto done) {
                    m_secrets->writeSecret(QStringLiteral("Prod"), CredentialField::TokenId,
                                           QStringLiteral("value"), done);
                },
                &finished)
                .ok());
    QString value;
    QVERIFY(readOne(QStringLiteral("PROD"), CredentialField::TokenId, &value).ok());
    QCOMPARE(value, QStringLiteral("value"));
}

void KeychainSecretStoreTest::connectionSaveLoadAndUpdate()
{
    bool finished = false;
    ConnectionResult result = await<ConnectionResult>(
        [&](auto done) {
            m_connections->save(exampleProfile(QStringLiteral("live")), exampleCredentials(),
                                ConnectionStore::SaveMode::CreateOnly, done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(m_profiles->exists(QStringLiteral("live")));

    // An edit that changes the role and one secret, leaving the other three as stored.
    Profile edited = exampleProfile(QStringLiteral("live"));
    edited.roleName = QStringLiteral("New Role");
    Credentials changed;
    changed.tokenSecret = exampleCredentials('c').tokenSecret;
    result = await<ConnectionResult>(
        [&](auto done) {
            m_connections->save(edited, changed, ConnectionStore::SaveMode::Update, done);
        },
        &finished);
    QVERIFY2(result.ok(), qPrintable(result.message));

    using Load = std::pair<ConnectionResult, Credentials>;
    const Load loaded = await<Load>(
        [&](auto done) {
            m_connections->loadCredentials(QStringLiteral("live"),
                                           [done](const ConnectionResult &r, const Credentials &c) {
                                               done(Load{r, c});
                                           });
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(loaded.first.ok(), qPrintable(loaded.first.message));
    Credentials expected = exampleCredentials();
    expected.tokenSecret = exampleCredentials('c').tokenSecret;
    QVERIFY(sameCredentials(loaded.second, expected));
    QCOMPARE(m_profiles->load(QStringLiteral("live"))->roleName, QStringLiteral("New Role"));
}

void KeychainSecretStoreTest::connectionCreateRejectsTakenName()
{
    bool finished = false;
    QVERIFY(await<ConnectionResult>(
                [&](auto done) {
                    m_connections->save(exampleProfile(QStringLiteral("live")),
                                        exampleCredentials(), ConnectionStore::SaveMode::CreateOnly,
                                        done);
                },
                &finished)
                .ok());
    const ConnectionResult result = await<ConnectionResult>(
        [&](auto done) {
            m_connections->save(exampleProfile(QStringLiteral("LIVE")), exampleCredentials('z'),
                                ConnectionStore::SaveMode::CreateOnly, done);
        },
        &finished);
    QVERIFY(finished);
    QCOMPARE(result.profileError, ProfileError::AlreadyExists);
    QCOMPARE(lookup(QStringLiteral("live"), QStringLiteral("consumer-key")),
             exampleCredentials().consumerKey);
}

void KeychainSecretStoreTest::connectionRejectsInvalidCredentialsBeforeKeychain()
{
    Credentials invalid = exampleCredentials();
    invalid.tokenId = QStringLiteral("has space");
    bool finished = false;
    const ConnectionResult result = await<ConnectionResult>(
        [&](auto done) {
            m_connections->save(exampleProfile(QStringLiteral("live")), invalid,
                                ConnectionStore::SaveMode::CreateOnly, done);
        },
        &finished);
    QVERIFY(finished);
    QCOMPARE(result.profileError, ProfileError::InvalidValue);
    QVERIFY2(result.message.contains(QLatin1String("Token ID")), qPrintable(result.message));
    QCOMPARE(lookup(QStringLiteral("live"), QStringLiteral("consumer-key")), QString());
    QVERIFY(!m_profiles->exists(QStringLiteral("live")));
}

void KeychainSecretStoreTest::connectionRenameMovesSecrets()
{
    bool finished = false;
    QVERIFY(await<ConnectionResult>(
                [&](auto done) {
                    m_connections->save(exampleProfile(QStringLiteral("old")), exampleCredentials(),
                                        ConnectionStore::SaveMode::CreateOnly, done);
                },
                &finished)
                .ok());
    const ConnectionResult result = await<ConnectionResult>(
        [&](auto done) {
            m_connections->rename(QStringLiteral("old"), QStringLiteral("new"), done);
        },
        &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!m_profiles->exists(QStringLiteral("old")));
    QVERIFY(m_profiles->exists(QStringLiteral("new")));
    QCOMPARE(lookup(QStringLiteral("new"), QStringLiteral("token-secret")),
             exampleCredentials().tokenSecret);
    QCOMPARE(lookup(QStringLiteral("old"), QStringLiteral("token-secret")), QString());
}

void KeychainSecretStoreTest::connectionRemoveDeletesEntries()
{
    bool finished = false;
    QVERIFY(await<ConnectionResult>(
                [&](auto done) {
                    m_connections->save(exampleProfile(QStringLiteral("gone")),
                                        exampleCredentials(), ConnectionStore::SaveMode::CreateOnly,
                                        done);
                },
                &finished)
                .ok());
    QCOMPARE(lookup(QStringLiteral("gone"), QStringLiteral("consumer-secret")),
             exampleCredentials().consumerSecret);

    const ConnectionResult result = await<ConnectionResult>(
        [&](auto done) { m_connections->remove(QStringLiteral("gone"), done); }, &finished);
    QVERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!m_profiles->exists(QStringLiteral("gone")));
    for (const char *field : {"consumer-key", "consumer-secret", "token-id", "token-secret"})
        QCOMPARE(lookup(QStringLiteral("gone"), QLatin1String(field)), QString());
}

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "tst_keychainsecretstore.moc"
