// Checks the profile store on a real temporary folder: create, list, load, update, rename, remove
// and check records, name rules, file modes and invalid files.

#include "core/profiles/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tba;

#include <sys/stat.h>

namespace {

/// Returns the permission bits of `path`, such as 0600, or -1 when it cannot be read.
int unixMode(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

Profile exampleProfile(const QString &name = QStringLiteral("production"))
{
    Profile profile;
    profile.name = name;
    profile.accountId = QStringLiteral("1234567_SB1");
    profile.restDomain = QUrl(QStringLiteral("https://1234567-sb1.restlets.api.netsuite.com"));
    profile.webservicesDomain =
        QUrl(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com"));
    profile.systemDomain = QUrl(QStringLiteral("https://1234567-sb1.app.netsuite.com"));
    profile.integrationName = QStringLiteral("AfterShip");
    profile.roleName = QStringLiteral("AfterShip Integration");
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    return profile;
}

} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createThenLoadRoundTrips();
    void createRejectsTakenNameInAnyCase();
    void createSetsMissingCreationTime();
    void filesAreOwnerOnly();
    void listSortsAndSkipsInvalidFiles();
    void updateKeepsCreationTime();
    void updateRequiresExistingProfile();
    void renameMovesProfile();
    void renameRejectsTakenName();
    void renameChangesCaseOnly();
    void removeDeletesFile();
    void recordCheckStoresTimeAndSummary();
    void rejectsInvalidNames_data();
    void rejectsInvalidNames();
    void acceptsNamesNearWindowsDevices_data();
    void acceptsNamesNearWindowsDevices();
    void rejectsInvalidFields_data();
    void rejectsInvalidFields();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void ProfileStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles")));
}

void ProfileStoreTest::createThenLoadRoundTrips()
{
    Profile profile = exampleProfile();
    profile.lastCheck = CheckRecord{QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC), true,
                                    QStringLiteral("Connected")};
    QVERIFY(m_store->create(profile).ok());
    ProfileResult result;
    const std::optional<Profile> loaded = m_store->load(QStringLiteral("PRODUCTION"), &result);
    QVERIFY2(loaded, qPrintable(result.message));
    QCOMPARE(*loaded, profile);
}

void ProfileStoreTest::createRejectsTakenNameInAnyCase()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    const ProfileResult result = m_store->create(exampleProfile(QStringLiteral("Production")));
    QCOMPARE(result.error, ProfileError::AlreadyExists);
    // The message names the stored profile, not the name as typed.
    QVERIFY2(result.message.contains(QLatin1String("\"production\"")), qPrintable(result.message));
}

void ProfileStoreTest::createSetsMissingCreationTime()
{
    Profile profile = exampleProfile();
    profile.createdAt = QDateTime();
    QVERIFY(m_store->create(profile).ok());
    const std::optional<Profile> loaded = m_store->load(profile.name);
    QVERIFY(loaded);
    QVERIFY(loaded->createdAt.isValid());
}

void ProfileStoreTest::filesAreOwnerOnly()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    const QString file = m_store->directory() + QStringLiteral("/production.json");
    QCOMPARE(unixMode(file), 0600);
    QCOMPARE(unixMode(m_store->directory()), 0700);
}

void ProfileStoreTest::listSortsAndSkipsInvalidFiles()
{
    QVERIFY(m_store->create(exampleProfile(QStringLiteral("zulu"))).ok());
    QVERIFY(m_store->create(exampleProfile(QStringLiteral("Alpha"))).ok());
    QFile broken(m_store->directory() + QStringLiteral("/broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"netsuite-tba-wizard-profile\", \"version\": 1");
    broken.close();

    QStringList errors;
    const QList<Profile> profiles = m_store->list(&errors);
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(profiles.at(1).name, QStringLiteral("zulu"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(QLatin1String("broken.json")),
             qPrintable(errors.constFirst()));
}

void ProfileStoreTest::updateKeepsCreationTime()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    Profile edited = exampleProfile();
    edited.roleName = QStringLiteral("Another Role");
    edited.createdAt = QDateTime();
    QVERIFY(m_store->update(edited).ok());
    const std::optional<Profile> loaded = m_store->load(edited.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->roleName, QStringLiteral("Another Role"));
    QCOMPARE(loaded->createdAt, exampleProfile().createdAt);
}

void ProfileStoreTest::updateRequiresExistingProfile()
{
    QCOMPARE(m_store->update(exampleProfile()).error, ProfileError::NotFound);
}

void ProfileStoreTest::renameMovesProfile()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    QVERIFY(m_store->rename(QStringLiteral("production"), QStringLiteral("live")).ok());
    QVERIFY(!m_store->exists(QStringLiteral("production")));
    const std::optional<Profile> loaded = m_store->load(QStringLiteral("live"));
    QVERIFY(loaded);
    QCOMPARE(loaded->name, QStringLiteral("live"));
    QCOMPARE(loaded->accountId, QStringLiteral("1234567_SB1"));
}

void ProfileStoreTest::renameRejectsTakenName()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    QVERIFY(m_store->create(exampleProfile(QStringLiteral("live"))).ok());
    const ProfileResult taken =
        m_store->rename(QStringLiteral("production"), QStringLiteral("LIVE"));
    QCOMPARE(taken.error, ProfileError::AlreadyExists);
    QVERIFY2(taken.message.contains(QLatin1String("\"live\"")), qPrintable(taken.message));
    QCOMPARE(m_store->rename(QStringLiteral("missing"), QStringLiteral("other")).error,
             ProfileError::NotFound);
    QCOMPARE(m_store->rename(QStringLiteral("production"), QStringLiteral("bad name")).error,
             ProfileError::InvalidName);
    QVERIFY(m_store->exists(QStringLiteral("production")));
}

void ProfileStoreTest::renameChangesCaseOnly()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    QVERIFY(m_store->rename(QStringLiteral("production"), QStringLiteral("Production")).ok());
    const std::optional<Profile> loaded = m_store->load(QStringLiteral("production"));
    QVERIFY(loaded);
    QCOMPARE(loaded->name, QStringLiteral("Production"));
}

void ProfileStoreTest::removeDeletesFile()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    QVERIFY(m_store->remove(QStringLiteral("Production")).ok());
    QVERIFY(!m_store->exists(QStringLiteral("production")));
    QCOMPARE(m_store->remove(QStringLiteral("production")).error, ProfileError::NotFound);
}

void ProfileStoreTest::recordCheckStoresTimeAndSummary()
{
    QVERIFY(m_store->create(exampleProfile()).ok());
    const CheckRecord check{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), false,
                            QStringLiteral("Connected; 2 permissions missing")};
    QVERIFY(m_store->recordCheck(QStringLiteral("production"), check).ok());
    const std::optional<Profile> loaded = m_store->load(QStringLiteral("production"));
    QVERIFY(loaded);
    QVERIFY(loaded->lastCheck);
    QCOMPARE(*loaded->lastCheck, check);
    QCOMPARE(m_store->recordCheck(QStringLiteral("missing"), check).error, ProfileError::NotFound);
}

void ProfileStoreTest::rejectsInvalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("my profile");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("parent folder") << QStringLiteral("..");
    QTest::newRow("leading dot") << QStringLiteral(".hidden");
    QTest::newRow("leading dash") << QStringLiteral("-x");
    QTest::newRow("non-ASCII") << QStringLiteral("produção");
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'));
    QTest::newRow("trailing line break") << QStringLiteral("production\n");
    QTest::newRow("inner line break") << QStringLiteral("prod\nuction");
    QTest::newRow("Windows device CON") << QStringLiteral("CON");
    QTest::newRow("Windows device lower case") << QStringLiteral("nul");
    QTest::newRow("Windows device mixed case") << QStringLiteral("Aux");
    QTest::newRow("Windows device PRN with extension") << QStringLiteral("prn.txt");
    QTest::newRow("Windows device COM1") << QStringLiteral("com1");
    QTest::newRow("Windows device COM9 with extension") << QStringLiteral("COM9.json");
    QTest::newRow("Windows device LPT1") << QStringLiteral("LPT1");
    QTest::newRow("Windows device LPT9") << QStringLiteral("lpt9.a.b");
}

void ProfileStoreTest::rejectsInvalidNames()
{
    QFETCH(QString, name);
    const ProfileResult result = m_store->create(exampleProfile(name));
    QCOMPARE(result.error, ProfileError::InvalidName);
    QVERIFY(m_store->list().isEmpty());
}

void ProfileStoreTest::acceptsNamesNearWindowsDevices_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("COM0") << QStringLiteral("com0");
    QTest::newRow("COM10") << QStringLiteral("COM10");
    QTest::newRow("device as prefix") << QStringLiteral("console");
    QTest::newRow("device after dash") << QStringLiteral("my-con");
    QTest::newRow("device as extension") << QStringLiteral("backup.nul");
    QTest::newRow("device with a fifth letter") << QStringLiteral("LPT1X");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a'));
}

void ProfileStoreTest::acceptsNamesNearWindowsDevices()
{
    QFETCH(QString, name);
    const ProfileResult result = m_store->create(exampleProfile(name));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void ProfileStoreTest::rejectsInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("account ID") << "accountId"
                                << "12ab";
    QTest::newRow("account ID not a realm") << "accountId"
                                            << "1234567-sb1";
    QTest::newRow("domain over http") << "restDomain"
                                      << "http://1234567.restlets.api.netsuite.com";
    QTest::newRow("domain on another host") << "restDomain"
                                            << "https://evil.example.com";
    QTest::newRow("domain with path") << "systemDomain"
                                      << "https://1234567.app.netsuite.com/app";
    QTest::newRow("auth method") << "authMethod"
                                 << "oauth2";
    QTest::newRow("preset") << "permissionPreset"
                            << "After Ship";
    QTest::newRow("role with control") << "roleName"
                                       << "Role\n2";
}

void ProfileStoreTest::rejectsInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    Profile profile = exampleProfile();
    if (field == QLatin1String("accountId"))
        profile.accountId = value;
    else if (field == QLatin1String("restDomain"))
        profile.restDomain = QUrl(value);
    else if (field == QLatin1String("systemDomain"))
        profile.systemDomain = QUrl(value);
    else if (field == QLatin1String("authMethod"))
        profile.authMethod = value;
    else if (field == QLatin1String("permissionPreset"))
        profile.permissionPreset = value;
    else if (field == QLatin1String("roleName"))
        profile.roleName = value;
    const ProfileResult result = m_store->create(profile);
    QCOMPARE(result.error, ProfileError::InvalidValue);
    QVERIFY2(result.message.contains(field), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profilestore.moc"
