// Checks the versioned JSON profile format: round trips, the version rule, the size limit, and
// that every invalid field is rejected by name.

#include "core/export/exportformat.h"
#include "core/export/profiledocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tba;

namespace {

Profile exampleProfile()
{
    Profile profile;
    profile.name = QStringLiteral("production");
    profile.accountId = QStringLiteral("1234567");
    profile.webservicesDomain = QUrl(QStringLiteral("https://1234567.suitetalk.api.netsuite.com"));
    profile.integrationName = QStringLiteral("AfterShip");
    profile.createdAt = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    return profile;
}

EncryptedSecrets exampleSecrets()
{
    EncryptedSecrets secrets;
    secrets.scryptLog2N = 17;
    secrets.scryptR = 8;
    secrets.scryptP = 1;
    secrets.salt = QByteArray(16, 's');
    secrets.nonce = QByteArray(12, 'n');
    secrets.ciphertext = QByteArray(200, 'c');
    secrets.tag = QByteArray(16, 't');
    return secrets;
}

QJsonObject exampleJson()
{
    return QJsonDocument::fromJson(
               ProfileDocumentFormat::serialize({exampleProfile(), exampleSecrets()}))
        .object();
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

} // namespace

Q_DECLARE_METATYPE(QJsonValue)

class ProfileDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsWithoutSecrets();
    void roundTripsWithSecrets();
    void writesVersionAndFormat();
    void rejectsNewerVersion();
    void rejectsOtherFormat();
    void rejectsTruncatedFile();
    void namesOtherExportFormat_data();
    void namesOtherExportFormat();
    void rejectsOversizedFile();
    void namesFirstInvalidField_data();
    void namesFirstInvalidField();
    void acceptsMissingOptionalFields();
    void acceptsNetSuiteAndLoopbackDomains_data();
    void acceptsNetSuiteAndLoopbackDomains();
    void namesInvalidDomainAsWritten();
};

void ProfileDocumentTest::roundTripsWithoutSecrets()
{
    Profile profile = exampleProfile();
    profile.lastCheck = CheckRecord{QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC), true,
                                    QStringLiteral("Connected")};
    QString error;
    const std::optional<ProfileDocument> parsed =
        ProfileDocumentFormat::parse(ProfileDocumentFormat::serialize({profile, {}}), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->profile, profile);
    QVERIFY(!parsed->secrets);
}

void ProfileDocumentTest::roundTripsWithSecrets()
{
    QString error;
    const std::optional<ProfileDocument> parsed = ProfileDocumentFormat::parse(
        ProfileDocumentFormat::serialize({exampleProfile(), exampleSecrets()}), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->secrets);
    QCOMPARE(parsed->secrets->scryptLog2N, 17);
    QCOMPARE(parsed->secrets->salt, exampleSecrets().salt);
    QCOMPARE(parsed->secrets->nonce, exampleSecrets().nonce);
    QCOMPARE(parsed->secrets->ciphertext, exampleSecrets().ciphertext);
    QCOMPARE(parsed->secrets->tag, exampleSecrets().tag);
}

void ProfileDocumentTest::writesVersionAndFormat()
{
    const QJsonObject json = exampleJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(),
             QStringLiteral("netsuite-tba-wizard-profile"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
}

void ProfileDocumentTest::rejectsNewerVersion()
{
    QJsonObject json = exampleJson();
    json.insert(QStringLiteral("version"), 3);
    json.insert(QStringLiteral("futureMember"), true);
    QString error;
    QVERIFY(!ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error));
    QVERIFY2(error.contains(QLatin1String("version 3")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

void ProfileDocumentTest::rejectsOtherFormat()
{
    QString error;
    QVERIFY(!ProfileDocumentFormat::parse("{\"values\": []}", &error));
    QVERIFY2(error.contains(QLatin1String("not a profile")), qPrintable(error));
    QVERIFY(!ProfileDocumentFormat::parse("[1, 2]", &error));
    QVERIFY2(error.contains(QLatin1String("not a profile")), qPrintable(error));
}

void ProfileDocumentTest::rejectsTruncatedFile()
{
    const QByteArray whole = ProfileDocumentFormat::serialize({exampleProfile(), exampleSecrets()});
    for (const qsizetype length :
         {qsizetype(0), qsizetype(1), whole.size() / 2, whole.size() - 2}) {
        QString error;
        QVERIFY(!ProfileDocumentFormat::parse(whole.left(length), &error));
        QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    }
}

void ProfileDocumentTest::namesOtherExportFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("env") << int(ExportFormat::Env) << QStringLiteral("env");
    QTest::newRow("ini") << int(ExportFormat::Ini) << QStringLiteral("ini");
    QTest::newRow("postman") << int(ExportFormat::Postman) << QStringLiteral("postman");
}

void ProfileDocumentTest::namesOtherExportFormat()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    ExportRequest request;
    request.format = ExportFormat(format);
    request.profile = exampleProfile();
    QString error;
    const std::optional<QByteArray> data = ProfileExporter::render(request, &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(!ProfileDocumentFormat::parse(*data, &error));
    QVERIFY2(error.contains(QStringLiteral("in the %1 format").arg(name)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Only exports in the json format can be imported")),
             qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("truncated")), qPrintable(error));
}

void ProfileDocumentTest::rejectsOversizedFile()
{
    QJsonObject json = exampleJson();
    setMember(json, QStringLiteral("profile.roleName"),
              QString(int(ProfileDocumentFormat::maxFileSize), QLatin1Char('r')));
    QString error;
    QVERIFY(!ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error));
    QVERIFY2(error.contains(QLatin1String("1 MiB")), qPrintable(error));
}

void ProfileDocumentTest::namesFirstInvalidField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("version missing") << "version" << missing;
    QTest::newRow("version zero") << "version" << QJsonValue(0);
    QTest::newRow("version fraction") << "version" << QJsonValue(1.5);
    QTest::newRow("unknown member") << "extra" << QJsonValue(1);
    QTest::newRow("profile missing") << "profile" << missing;
    QTest::newRow("profile not object") << "profile" << QJsonValue(QStringLiteral("x"));
    QTest::newRow("name missing") << "profile.name" << missing;
    QTest::newRow("name invalid") << "profile.name" << QJsonValue(QStringLiteral("../etc"));
    QTest::newRow("name not string") << "profile.name" << QJsonValue(7);
    QTest::newRow("account invalid") << "profile.accountId" << QJsonValue(QStringLiteral("12ab"));
    QTest::newRow("auth method") << "profile.authMethod" << QJsonValue(QStringLiteral("oauth2"));
    QTest::newRow("preset") << "profile.permissionPreset" << QJsonValue(QStringLiteral("A B"));
    QTest::newRow("created missing") << "profile.createdAt" << missing;
    QTest::newRow("created not a time")
        << "profile.createdAt" << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("domain http") << "profile.restDomain"
                                 << QJsonValue(QStringLiteral("http://example.com"));
    QTest::newRow("domain with query")
        << "profile.webservicesDomain" << QJsonValue(QStringLiteral("https://example.com/?a=1"));
    QTest::newRow("domain other host")
        << "profile.restDomain" << QJsonValue(QStringLiteral("https://evil.example.com"));
    QTest::newRow("domain netsuite.com as prefix")
        << "profile.restDomain" << QJsonValue(QStringLiteral("https://netsuite.com.example.com"));
    QTest::newRow("domain ending in netsuite.com")
        << "profile.systemDomain" << QJsonValue(QStringLiteral("https://evilnetsuite.com"));
    QTest::newRow("domain other IPv4 address")
        << "profile.systemDomain" << QJsonValue(QStringLiteral("https://10.0.0.1"));
    QTest::newRow("domain other IPv6 address")
        << "profile.webservicesDomain" << QJsonValue(QStringLiteral("https://[2001:db8::1]:5"));
    QTest::newRow("domain with leading space")
        << "profile.restDomain" << QJsonValue(QStringLiteral(" https://a.netsuite.com"));
    QTest::newRow("integration too long")
        << "profile.integrationName" << QJsonValue(QString(300, QLatin1Char('i')));
    QTest::newRow("unknown profile member")
        << "profile.password" << QJsonValue(QStringLiteral("x"));
    QTest::newRow("check succeeded") << "profile.lastCheck.succeeded" << QJsonValue(1);
    QTest::newRow("check time") << "profile.lastCheck.checkedAt" << QJsonValue(QStringLiteral("x"));
    QTest::newRow("kdf name") << "secrets.kdf.name" << QJsonValue(QStringLiteral("pbkdf2"));
    QTest::newRow("kdf cost too high") << "secrets.kdf.log2N" << QJsonValue(30);
    QTest::newRow("kdf cost too low") << "secrets.kdf.log2N" << QJsonValue(4);
    QTest::newRow("kdf r") << "secrets.kdf.r" << QJsonValue(1);
    QTest::newRow("salt short") << "secrets.kdf.salt" << QJsonValue(QStringLiteral("c2FsdA=="));
    QTest::newRow("salt not base64") << "secrets.kdf.salt" << QJsonValue(QStringLiteral("@@@@"));
    QTest::newRow("cipher name") << "secrets.cipher.name" << QJsonValue(QStringLiteral("AES-128"));
    QTest::newRow("nonce size") << "secrets.cipher.nonce"
                                << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA=="));
    QTest::newRow("tag missing") << "secrets.cipher.tag" << missing;
    QTest::newRow("ciphertext empty") << "secrets.ciphertext" << QJsonValue(QString());
}

void ProfileDocumentTest::namesFirstInvalidField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    QJsonObject json = exampleJson();
    // A check record, so that its members can be broken too.
    setMember(json, QStringLiteral("profile.lastCheck"),
              QJsonObject{{QStringLiteral("checkedAt"), QStringLiteral("2026-02-01T08:00:00Z")},
                          {QStringLiteral("succeeded"), true},
                          {QStringLiteral("summary"), QStringLiteral("Connected")}});
    setMember(json, path, value);
    QString error;
    QVERIFY(!ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error));
    QVERIFY2(error.contains(QLatin1Char('"') + path + QLatin1Char('"')), qPrintable(error));
}

void ProfileDocumentTest::acceptsMissingOptionalFields()
{
    QJsonObject json = exampleJson();
    for (const char *path :
         {"profile.restDomain", "profile.webservicesDomain", "profile.systemDomain",
          "profile.integrationName", "profile.roleName", "profile.lastCheck", "secrets"})
        setMember(json, QLatin1String(path), QJsonValue(QJsonValue::Undefined));
    QString error;
    const std::optional<ProfileDocument> parsed =
        ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(parsed->profile.webservicesDomain.isEmpty());
}

void ProfileDocumentTest::acceptsNetSuiteAndLoopbackDomains_data()
{
    QTest::addColumn<QString>("domain");

    QTest::newRow("netsuite.com") << "https://1234567-sb1.suitetalk.api.netsuite.com";
    QTest::newRow("netsuite.com upper case") << "https://1234567.APP.NetSuite.com";
    QTest::newRow("IPv4 loopback with port") << "https://127.0.0.1:8443";
    QTest::newRow("IPv4 loopback range") << "https://127.1.2.3";
    QTest::newRow("localhost") << "https://localhost:5";
    QTest::newRow("IPv6 loopback") << "https://[::1]:5";
}

void ProfileDocumentTest::acceptsNetSuiteAndLoopbackDomains()
{
    QFETCH(QString, domain);

    QJsonObject json = exampleJson();
    setMember(json, QStringLiteral("profile.restDomain"), domain);
    QString error;
    const std::optional<ProfileDocument> parsed =
        ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->profile.restDomain, QUrl(domain));
}

void ProfileDocumentTest::namesInvalidDomainAsWritten()
{
    QJsonObject json = exampleJson();
    setMember(json, QStringLiteral("profile.restDomain"),
              QStringLiteral(" https://a.netsuite.com"));
    QString error;
    QVERIFY(!ProfileDocumentFormat::parse(QJsonDocument(json).toJson(), &error));
    QVERIFY2(error.contains(QLatin1String("\" https://a.netsuite.com\"")), qPrintable(error));
}

QTEST_GUILESS_MAIN(ProfileDocumentTest)
#include "tst_profiledocument.moc"
