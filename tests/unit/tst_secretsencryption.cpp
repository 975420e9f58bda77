// Checks the passphrase encryption of exported secrets (scrypt and AES-256-GCM from OpenSSL 3):
// round trips, fresh salt and nonce, and that a wrong passphrase, any changed byte or any changed
// profile field fails with the same message.

#include "core/export/profiledocument.h"
#include "core/export/secretsencryption.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tba;

namespace {

Credentials exampleCredentials()
{
    return {QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"),
            QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5"),
            QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"),
            QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295")};
}

const QString passphrase = QStringLiteral("correct horse battery staple");

Profile exampleProfile()
{
    Profile profile;
    profile.name = QStringLiteral("production");
    profile.accountId = QStringLiteral("1234567_SB1");
    profile.restDomain = QUrl(QStringLiteral("https://1234567-sb1.restlets.api.netsuite.com"));
    profile.webservicesDomain =
        QUrl(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com"));
    profile.systemDomain = QUrl(QStringLiteral("https://1234567-sb1.app.netsuite.com"));
    profile.integrationName = QStringLiteral("AfterShip");
    profile.roleName = QStringLiteral("AfterShip Integration");
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    profile.lastCheck = CheckRecord{QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC), true,
                                    QStringLiteral("Connected")};
    return profile;
}

QByteArray exampleAssociatedData()
{
    return ProfileDocumentFormat::associatedData(exampleProfile(),
                                                 ProfileDocumentFormat::currentVersion);
}

/// Sets the member at a dotted `path` in `root`, or removes it when `value` is undefined.
void setMember(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(QLatin1Char('.'));
    if (keys.size() == 1) {
        if (value.isUndefined())
            root.remove(keys.constFirst());
        else
            root.insert(keys.constFirst(), value);
        return;
    }
    QJsonObject child = root.value(keys.constFirst()).toObject();
    setMember(child, keys.mid(1).join(QLatin1Char('.')), value);
    root.insert(keys.constFirst(), child);
}

bool sameCredentials(const Credentials &a, const Credentials &b)
{
    return a.consumerKey == b.consumerKey && a.consumerSecret == b.consumerSecret &&
           a.tokenId == b.tokenId && a.tokenSecret == b.tokenSecret;
}

} // namespace

Q_DECLARE_METATYPE(QJsonValue)

class SecretsEncryptionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrips();
    void usesFreshSaltAndNonce();
    void ciphertextHidesValues();
    void rejectsWrongPassphrase();
    void rejectsChangedByte_data();
    void rejectsChangedByte();
    void rejectsShortPassphrase();
    void roundTripsThroughFile();
    void rejectsChangedProfileField_data();
    void rejectsChangedProfileField();
    void rejectsOtherAssociatedData();
    void decryptsVersionOneFile();

private:
    EncryptedSecrets m_encrypted;
};

void SecretsEncryptionTest::initTestCase()
{
    QString error;
    const std::optional<EncryptedSecrets> encrypted = SecretsEncryption::encrypt(
        exampleCredentials(), passphrase, exampleAssociatedData(), &error);
    QVERIFY2(encrypted, qPrintable(error));
    m_encrypted = *encrypted;
}

void SecretsEncryptionTest::roundTrips()
{
    QCOMPARE(m_encrypted.scryptLog2N, SecretsEncryption::defaultLog2N);
    QCOMPARE(m_encrypted.salt.size(), 16);
    QCOMPARE(m_encrypted.nonce.size(), 12);
    QCOMPARE(m_encrypted.tag.size(), 16);
    QString error;
    const std::optional<Credentials> decrypted =
        SecretsEncryption::decrypt(m_encrypted, passphrase, exampleAssociatedData(), &error);
    QVERIFY2(decrypted, qPrintable(error));
    QVERIFY(sameCredentials(*decrypted, exampleCredentials()));
}

void SecretsEncryptionTest::usesFreshSaltAndNonce()
{
    QString error;
    const std::optional<EncryptedSecrets> second = SecretsEncryption::encrypt(
        exampleCredentials(), passphrase, exampleAssociatedData(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->salt != m_encrypted.salt);
    QVERIFY(second->nonce != m_encrypted.nonce);
    QVERIFY(second->ciphertext != m_encrypted.ciphertext);
}

void SecretsEncryptionTest::ciphertextHidesValues()
{
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.accountId = QStringLiteral("1234567");
    profile.createdAt = QDateTime::currentDateTimeUtc();
    const QByteArray file = ProfileDocumentFormat::serialize({profile, m_encrypted});
    for (const CredentialField field : allCredentialFields) {
        const QByteArray value = exampleCredentials().value(field).toLatin1();
        QVERIFY(!file.contains(value));
        QVERIFY(!file.contains(value.left(16)));
    }
}

void SecretsEncryptionTest::rejectsWrongPassphrase()
{
    QString error;
    QVERIFY(!SecretsEncryption::decrypt(m_encrypted, passphrase + QLatin1Char('!'),
                                        exampleAssociatedData(), &error));
    QVERIFY2(error.startsWith(QLatin1String("Wrong passphrase or damaged file")),
             qPrintable(error));
}

void SecretsEncryptionTest::rejectsChangedByte_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("index");

    QTest::newRow("ciphertext first") << "ciphertext" << 0;
    QTest::newRow("ciphertext last") << "ciphertext" << -1;
    QTest::newRow("salt") << "salt" << 3;
    QTest::newRow("nonce") << "nonce" << 11;
    QTest::newRow("tag") << "tag" << 7;
}

void SecretsEncryptionTest::rejectsChangedByte()
{
    QFETCH(QString, part);
    QFETCH(int, index);

    EncryptedSecrets damaged = m_encrypted;
    QByteArray *bytes = part == QLatin1String("ciphertext") ? &damaged.ciphertext
                        : part == QLatin1String("salt")     ? &damaged.salt
                        : part == QLatin1String("nonce")    ? &damaged.nonce
                                                            : &damaged.tag;
    const qsizetype position = index < 0 ? bytes->size() - 1 : index;
    (*bytes)[position] = char((*bytes)[position] ^ 0x01);

    QString error;
    QVERIFY(!SecretsEncryption::decrypt(damaged, passphrase, exampleAssociatedData(), &error));
    QVERIFY2(error.startsWith(QLatin1String("Wrong passphrase or damaged file")),
             qPrintable(error));
}

void SecretsEncryptionTest::rejectsShortPassphrase()
{
    QString error;
    QVERIFY(!SecretsEncryption::encrypt(exampleCredentials(), QStringLiteral("short"),
                                        exampleAssociatedData(), &error));
    QVERIFY2(error.contains(QLatin1String("at least 8")), qPrintable(error));
}

void SecretsEncryptionTest::roundTripsThroughFile()
{
    QString error;
    const std::optional<ProfileDocument> parsed = ProfileDocumentFormat::parse(
        ProfileDocumentFormat::serialize({exampleProfile(), m_encrypted}), &error);
    QVERIFY2(parsed && parsed->secrets, qPrintable(error));
    QCOMPARE(parsed->version, ProfileDocumentFormat::currentVersion);
    const std::optional<Credentials> decrypted = SecretsEncryption::decrypt(
        *parsed->secrets, passphrase,
        ProfileDocumentFormat::associatedData(parsed->profile, parsed->version), &error);
    QVERIFY2(decrypted, qPrintable(error));
    QVERIFY(sameCredentials(*decrypted, exampleCredentials()));
}

void SecretsEncryptionTest::rejectsChangedProfileField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue removed;
    QTest::newRow("name") << "profile.name" << QJsonValue(QStringLiteral("other"));
    QTest::newRow("accountId") << "profile.accountId" << QJsonValue(QStringLiteral("7654321"));
    QTest::newRow("permissionPreset")
        << "profile.permissionPreset" << QJsonValue(QStringLiteral("other-preset"));
    QTest::newRow("createdAt") << "profile.createdAt"
                               << QJsonValue(QStringLiteral("2026-01-31T12:00:01Z"));
    QTest::newRow("restDomain") << "profile.restDomain"
                                << QJsonValue(
                                       QStringLiteral("https://7654321.restlets.api.netsuite.com"));
    QTest::newRow("webservicesDomain")
        << "profile.webservicesDomain"
        << QJsonValue(QStringLiteral("https://7654321.suitetalk.api.netsuite.com"));
    QTest::newRow("systemDomain removed") << "profile.systemDomain" << removed;
    QTest::newRow("integrationName")
        << "profile.integrationName" << QJsonValue(QStringLiteral("Other"));
    QTest::newRow("roleName removed") << "profile.roleName" << removed;
    QTest::newRow("lastCheck.succeeded") << "profile.lastCheck.succeeded" << QJsonValue(false);
    QTest::newRow("lastCheck.summary")
        << "profile.lastCheck.summary" << QJsonValue(QStringLiteral("Connected!"));
    QTest::newRow("lastCheck.checkedAt")
        << "profile.lastCheck.checkedAt" << QJsonValue(QStringLiteral("2026-02-01T08:30:01Z"));
    QTest::newRow("lastCheck removed") << "profile.lastCheck" << removed;
    QTest::newRow("version lowered") << "version" << QJsonValue(1);
}

void SecretsEncryptionTest::rejectsChangedProfileField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    QJsonObject root =
        QJsonDocument::fromJson(ProfileDocumentFormat::serialize({exampleProfile(), m_encrypted}))
            .object();
    setMember(root, path, value);
    QString error;
    const std::optional<ProfileDocument> parsed =
        ProfileDocumentFormat::parse(QJsonDocument(root).toJson(), &error);
    QVERIFY2(parsed && parsed->secrets, qPrintable(error));
    QVERIFY(!SecretsEncryption::decrypt(
        *parsed->secrets, passphrase,
        ProfileDocumentFormat::associatedData(parsed->profile, parsed->version), &error));
    QVERIFY2(error.startsWith(QLatin1String("Wrong passphrase or damaged file")),
             qPrintable(error));
}

void SecretsEncryptionTest::rejectsOtherAssociatedData()
{
    QString error;
    QVERIFY(
        !SecretsEncryption::decrypt(m_encrypted, passphrase, QByteArrayLiteral("other"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Wrong passphrase or damaged file")),
             qPrintable(error));
}

// Version 1 files bound only the format name and version, and still import.
void SecretsEncryptionTest::decryptsVersionOneFile()
{
    QString error;
    const std::optional<EncryptedSecrets> encrypted =
        SecretsEncryption::encrypt(exampleCredentials(), passphrase,
                                   QByteArrayLiteral("netsuite-tba-wizard-profile/1"), &error);
    QVERIFY2(encrypted, qPrintable(error));
    QJsonObject root =
        QJsonDocument::fromJson(ProfileDocumentFormat::serialize({exampleProfile(), *encrypted}))
            .object();
    root.insert(QStringLiteral("version"), 1);
    const std::optional<ProfileDocument> parsed =
        ProfileDocumentFormat::parse(QJsonDocument(root).toJson(), &error);
    QVERIFY2(parsed && parsed->secrets, qPrintable(error));
    QCOMPARE(parsed->version, 1);
    const std::optional<Credentials> decrypted = SecretsEncryption::decrypt(
        *parsed->secrets, passphrase,
        ProfileDocumentFormat::associatedData(parsed->profile, parsed->version), &error);
    QVERIFY2(decrypted, qPrintable(error));
    QVERIFY(sameCredentials(*decrypted, exampleCredentials()));
}

QTEST_GUILESS_MAIN(SecretsEncryptionTest)
#include "tst_secretsencryption.moc"
