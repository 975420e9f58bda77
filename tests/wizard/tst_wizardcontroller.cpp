// The controller's state and rules, without a window and without a server: every lookup goes to
// a closed local port.
#include "wizardfixture.h"

#include "ui/wizardcontroller.h"
#include "ui/wizardpageid.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using tba::CredentialField;
using tba::NetSuitePage;
using tba::WizardController;
using tba::WizardStep;

Q_DECLARE_METATYPE(tba::NetSuitePage)

namespace {

const QString keyA =
    QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4");
const QString secretB =
    QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5");
const QString tokenC =
    QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc");
const QString secretD =
    QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295");

void tickAll(WizardController *controller, const QList<tba::ChecklistItem> &items)
{
    for (const tba::ChecklistItem &item : items)
        controller->setChecked(item.id, true);
}

} // namespace

class WizardControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountNormalizedAsTyped_data();
    void accountNormalizedAsTyped();
    void invalidAccountBlocksStep();
    void offlineLookupLetsAccountStepGoOn();
    void deepLinkUsesHostLabel_data();
    void deepLinkUsesHostLabel();
    void openPageUsesInjectedOpener();
    void openPageWithoutAccountOpensNothing();
    void featuresNeedEveryTick();
    void integrationNeedsRecordAndCredentials();
    void reusedIntegrationSkipsRecordTicks();
    void pastedCredentialIsTrimmed();
    void unusualShapeWarnsWithoutBlocking();
    void sameValueTwiceBlocks();
    void roleChecklistListsEachPermissionOnce();
    void roleNeedsEveryTick();
    void finishNeedsPassedTestOrConfirmation();
    void progressResumesWithoutSecrets();
    void invalidAccountInputNotPersisted();
    void startNewForgetsProgress();
    void invalidAdvancedSettingsRejected_data();
    void invalidAdvancedSettingsRejected();
    void lookupUrlWithPathAccepted();
    void profileNameDefaultsFromAccount();
    void invalidProfileNameBlocks();
    void takenProfileNameWarns();
    void profileWithoutSecretsReportsProblem();
    void unreadableProfileReportsProblem();
    void presetSuggestsRecordNames_data();
    void presetSuggestsRecordNames();

private:
    std::unique_ptr<WizardFixture> m_fixture;
};

void WizardControllerTest::init()
{
    m_fixture = std::make_unique<WizardFixture>();
    QVERIFY(m_fixture->dir.isValid());
    m_fixture->setAdvanced(WizardFixture::closedLocalUrl());
}

void WizardControllerTest::cleanup()
{
    m_fixture.reset();
}

void WizardControllerTest::accountNormalizedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("realm");
    QTest::newRow("production") << QStringLiteral("1234567") << QStringLiteral("1234567");
    QTest::newRow("sandbox with hyphen")
        << QStringLiteral(" 1234567-sb1 ") << QStringLiteral("1234567_SB1");
    QTest::newRow("address") << QStringLiteral("https://1234567-sb2.app.netsuite.com/app/center")
                             << QStringLiteral("1234567_SB2");
    QTest::newRow("test drive") << QStringLiteral("tstdrv1234567")
                                << QStringLiteral("TSTDRV1234567");
}

void WizardControllerTest::accountNormalizedAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, realm);
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(typed);
    QVERIFY(controller->account().has_value());
    QCOMPARE(controller->account()->realm(), realm);
    QVERIFY(controller->accountError().isEmpty());
}

void WizardControllerTest::invalidAccountBlocksStep()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567 SB1"));
    QVERIFY(!controller->account().has_value());
    QVERIFY(controller->accountError().contains(QStringLiteral("1234567 SB1")));
    QVERIFY(!controller->isStepComplete(WizardStep::Account));
}

void WizardControllerTest::offlineLookupLetsAccountStepGoOn()
{
    WizardController *controller = m_fixture->makeController();
    QSignalSpy finished(controller, &WizardController::lookupFinished);
    // The log names the status instead of printing the enum's number.
    QTest::ignoreMessage(QtInfoMsg, "Data-center lookup of \"1234567\" ended: Offline");
    controller->setAccountInput(QStringLiteral("1234567"));
    QVERIFY(!controller->isStepComplete(WizardStep::Account));
    QVERIFY(finished.wait());
    QCOMPARE(controller->lookupStatus(), tba::AccountLookup::Status::Offline);
    QVERIFY(controller->lookupMessage().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(controller->isStepComplete(WizardStep::Account));
}

void WizardControllerTest::deepLinkUsesHostLabel_data()
{
    QTest::addColumn<NetSuitePage>("page");
    QTest::addColumn<QString>("url");
    const QString base = QStringLiteral("https://1234567-sb1.app.netsuite.com");
    QTest::newRow("company information")
        << NetSuitePage::CompanyInformation
        << base + QStringLiteral("/app/common/otherlists/company.nl");
    QTest::newRow("enable features")
        << NetSuitePage::EnableFeatures << base + QStringLiteral("/app/setup/features.nl");
    QTest::newRow("new integration")
        << NetSuitePage::NewIntegration
        << base + QStringLiteral("/app/common/integration/integrapp.nl");
    QTest::newRow("integration list")
        << NetSuitePage::Integrations
        << base + QStringLiteral("/app/common/integration/integrapplist.nl");
    QTest::newRow("new role") << NetSuitePage::NewRole
                              << base + QStringLiteral("/app/setup/role.nl");
    QTest::newRow("employees") << NetSuitePage::Employees
                               << base + QStringLiteral("/app/common/entity/employeelist.nl");
    QTest::newRow("new access token")
        << NetSuitePage::NewAccessToken << base + QStringLiteral("/app/setup/accesstoken.nl");
}

void WizardControllerTest::deepLinkUsesHostLabel()
{
    QFETCH(NetSuitePage, page);
    QFETCH(QString, url);
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567_SB1"));
    QCOMPARE(controller->netSuiteUrl(page).toString(), url);
}

void WizardControllerTest::openPageUsesInjectedOpener()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567"));
    QVERIFY(controller->openNetSuitePage(NetSuitePage::NewRole));
    QCOMPARE(m_fixture->openedUrls.size(), 1);
    QCOMPARE(m_fixture->openedUrls.constFirst().toString(),
             QStringLiteral("https://1234567.app.netsuite.com/app/setup/role.nl"));
}

void WizardControllerTest::openPageWithoutAccountOpensNothing()
{
    WizardController *controller = m_fixture->makeController();
    QVERIFY(!controller->openNetSuitePage(NetSuitePage::NewRole));
    QVERIFY(m_fixture->openedUrls.isEmpty());
}

void WizardControllerTest::featuresNeedEveryTick()
{
    WizardController *controller = m_fixture->makeController();
    const QList<tba::ChecklistItem> items = controller->featureItems();
    QCOMPARE(items.size(), 4);
    for (const tba::ChecklistItem &item : items) {
        QVERIFY(!controller->isStepComplete(WizardStep::Features));
        QVERIFY2(!item.reason.isEmpty(), qPrintable(item.id));
        controller->setChecked(item.id, true);
    }
    QVERIFY(controller->isStepComplete(WizardStep::Features));
    controller->setChecked(items.constFirst().id, false);
    QVERIFY(!controller->isStepComplete(WizardStep::Features));
}

void WizardControllerTest::integrationNeedsRecordAndCredentials()
{
    WizardController *controller = m_fixture->makeController();
    QCOMPARE(controller->integrationName(), QStringLiteral("AfterShip Integration"));
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    QVERIFY(!controller->isStepComplete(WizardStep::IntegrationRecord));
    controller->setChecked(WizardController::integrationTbaItemId(), true);
    QVERIFY(controller->isStepComplete(WizardStep::IntegrationRecord));
    controller->setIntegrationName(QStringLiteral("  "));
    QVERIFY(!controller->isStepComplete(WizardStep::IntegrationRecord));
    controller->setIntegrationName(QStringLiteral("AfterShip Integration"));
    controller->setCredential(CredentialField::ConsumerSecret, QString());
    QVERIFY(!controller->isStepComplete(WizardStep::IntegrationRecord));
}

void WizardControllerTest::reusedIntegrationSkipsRecordTicks()
{
    WizardController *controller = m_fixture->makeController();
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    controller->setReuseExistingIntegration(true);
    QVERIFY(controller->isStepComplete(WizardStep::IntegrationRecord));
}

void WizardControllerTest::pastedCredentialIsTrimmed()
{
    WizardController *controller = m_fixture->makeController();
    controller->setCredential(CredentialField::TokenSecret,
                              QStringLiteral("\u200b ") + secretD + QStringLiteral("\r\n"));
    QCOMPARE(controller->credential(CredentialField::TokenSecret), secretD);
    QVERIFY(controller->credentialIssues(CredentialField::TokenSecret).isEmpty());
}

void WizardControllerTest::unusualShapeWarnsWithoutBlocking()
{
    WizardController *controller = m_fixture->makeController();
    controller->setChecked(WizardController::integrationTbaItemId(), true);
    controller->setCredential(CredentialField::ConsumerKey, QStringLiteral("shortkey"));
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    const QList<tba::CredentialIssue> issues =
        controller->credentialIssues(CredentialField::ConsumerKey);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.constFirst().isError());
    QVERIFY(issues.constFirst().message.contains(QStringLiteral("64")));
    QVERIFY(controller->isStepComplete(WizardStep::IntegrationRecord));
}

void WizardControllerTest::sameValueTwiceBlocks()
{
    WizardController *controller = m_fixture->makeController();
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::TokenId, keyA);
    const QList<tba::CredentialIssue> issues =
        controller->credentialIssues(CredentialField::TokenId);
    QVERIFY(tba::CredentialValidator::hasErrors(issues));
}

void WizardControllerTest::roleChecklistListsEachPermissionOnce()
{
    WizardController *controller = m_fixture->makeController();
    const QList<tba::ChecklistItem> items = controller->roleItems();
    QStringList titles;
    QStringList ids;
    for (const tba::ChecklistItem &item : items) {
        QVERIFY2(!titles.contains(item.title), qPrintable(item.title));
        QVERIFY2(!ids.contains(item.id), qPrintable(item.id));
        titles << item.title;
        ids << item.id;
    }
    const QString all = titles.join(QLatin1Char('\n'));
    for (const char *expected :
         {"Subsidiary Restrictions: All", "Lists > Customers", "Lists > Contacts",
          "Lists > Currency", "Lists > Items", "Lists > Perform Search", "Lists > Persist Search",
          "Reports > SuiteAnalytics Workbook", "Transactions > Sales Order",
          "Transactions > Item Fulfillment", "Transactions > Fulfill Sales Orders", "Transactions > Find Transaction",
          "Transactions > Return Authorization", "Setup > SOAP Web Services",
          "Setup > REST Web Services", "Access Tokens", "Lists > Employees"}) {
        QVERIFY2(all.contains(QLatin1String(expected)), expected);
    }
}

void WizardControllerTest::roleNeedsEveryTick()
{
    WizardController *controller = m_fixture->makeController();
    QVERIFY(!controller->isStepComplete(WizardStep::Role));
    tickAll(controller, controller->roleItems());
    QVERIFY(controller->isStepComplete(WizardStep::Role));
    controller->setRoleName(QString());
    QVERIFY(!controller->isStepComplete(WizardStep::Role));
}

void WizardControllerTest::finishNeedsPassedTestOrConfirmation()
{
    WizardController *controller = m_fixture->makeController();
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    controller->setCredential(CredentialField::TokenId, tokenC);
    controller->setCredential(CredentialField::TokenSecret, secretD);
    QVERIFY(!controller->canFinish());
    QVERIFY(!controller->isStepComplete(WizardStep::AccessToken));
    controller->setUntestedSaveConfirmed(true);
    QVERIFY(controller->canFinish());
    QVERIFY(controller->isStepComplete(WizardStep::AccessToken));
    controller->setCredential(CredentialField::TokenSecret, tokenC);
    QVERIFY(!controller->canFinish());
}

void WizardControllerTest::progressResumesWithoutSecrets()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567-sb1"));
    controller->setProfileName(QStringLiteral("shop-sandbox"));
    controller->setChecked(QStringLiteral("feature.restWebServices"), true);
    controller->setIntegrationName(QStringLiteral("Shop Integration"));
    controller->setRoleName(QStringLiteral("Shop Role"));
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    controller->setCredential(CredentialField::TokenId, tokenC);
    controller->setCredential(CredentialField::TokenSecret, secretD);
    controller->setCurrentPage(tba::RolePageId);
    m_fixture->destroyController();

    QFile file(m_fixture->settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("1234567-sb1"));
    for (const QString &secret : {keyA, secretB, tokenC, secretD})
        QVERIFY2(!stored.contains(secret.toLatin1()), "a secret reached the settings file");

    controller = m_fixture->makeController();
    QCOMPARE(controller->accountInput(), QStringLiteral("1234567-sb1"));
    QCOMPARE(controller->account()->realm(), QStringLiteral("1234567_SB1"));
    QCOMPARE(controller->profileName(), QStringLiteral("shop-sandbox"));
    QVERIFY(controller->isChecked(QStringLiteral("feature.restWebServices")));
    QVERIFY(!controller->isChecked(QStringLiteral("feature.clientSuiteScript")));
    QCOMPARE(controller->integrationName(), QStringLiteral("Shop Integration"));
    QCOMPARE(controller->roleName(), QStringLiteral("Shop Role"));
    QCOMPARE(controller->currentPage(), int(tba::RolePageId));
    QVERIFY(controller->credential(CredentialField::ConsumerKey).isEmpty());
    QVERIFY(controller->credential(CredentialField::TokenSecret).isEmpty());
}

void WizardControllerTest::invalidAccountInputNotPersisted()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567"));
    // A Consumer Key pasted into the account field by mistake.
    controller->setAccountInput(keyA);
    QCOMPARE(controller->accountInput(), keyA);
    QVERIFY(!controller->accountError().isEmpty());
    controller->setChecked(QStringLiteral("feature.restWebServices"), true);
    m_fixture->destroyController();

    QFile file(m_fixture->settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY2(!stored.contains(keyA.toLatin1()), "the invalid account input reached the settings");
    QVERIFY(stored.contains("feature.restWebServices"));

    controller = m_fixture->makeController();
    QVERIFY(controller->accountInput().isEmpty());
    QVERIFY(controller->isChecked(QStringLiteral("feature.restWebServices")));
}

void WizardControllerTest::startNewForgetsProgress()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567"));
    controller->setChecked(QStringLiteral("feature.restWebServices"), true);
    controller->setCredential(CredentialField::ConsumerKey, keyA);
    QVERIFY(controller->hasUnsavedInput());
    controller->startNew();
    QVERIFY(!controller->hasUnsavedInput());
    QVERIFY(controller->accountInput().isEmpty());
    QVERIFY(!controller->isChecked(QStringLiteral("feature.restWebServices")));
    QVERIFY(controller->credential(CredentialField::ConsumerKey).isEmpty());
    m_fixture->destroyController();
    controller = m_fixture->makeController();
    QVERIFY(controller->accountInput().isEmpty());
    QVERIFY(!controller->advancedSettings().lookupBaseUrl.isEmpty());
}

void WizardControllerTest::invalidAdvancedSettingsRejected_data()
{
    // A CA file of "<text>" is replaced by a readable file that contains no certificate.
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("restBaseUrl");
    QTest::addColumn<QString>("lookupUrl");
    QTest::addColumn<int>("timeoutSeconds");
    QTest::addColumn<QStringList>("expectedFragments");
    QTest::newRow("missing CA file") << QStringLiteral("/nonexistent/ca.pem") << QString()
                                     << QString() << 20
                                     << QStringList{QStringLiteral("/nonexistent/ca.pem")};
    QTest::newRow("CA file without certificate")
        << QStringLiteral("<text>") << QString() << QString() << 20
        << QStringList{QStringLiteral("notes.txt"), QStringLiteral("no PEM certificate")};
    QTest::newRow("plain http base URL")
        << QString() << QStringLiteral("http://127.0.0.1:1") << QString() << 20
        << QStringList{QStringLiteral("REST base URL"), QStringLiteral("suitetalk")};
    QTest::newRow("plain http lookup URL")
        << QString() << QString() << QStringLiteral("http://127.0.0.1:1") << 20
        << QStringList{QStringLiteral("lookup URL"), QStringLiteral("https://rest.netsuite.com")};
    QTest::newRow("base URL with password")
        << QString() << QStringLiteral("https://user:hunter2@127.0.0.1:1") << QString() << 20
        << QStringList{QStringLiteral("Invalid REST base URL \"https://127.0.0.1:1\""),
                       QStringLiteral("remove the user name and password")};
    QTest::newRow("lookup URL with password")
        << QString() << QString() << QStringLiteral("https://user:hunter2@127.0.0.1:1") << 20
        << QStringList{QStringLiteral("Invalid data-center lookup URL"),
                       QStringLiteral("remove the user name and password")};
    QTest::newRow("base URL with query")
        << QString() << QStringLiteral("https://127.0.0.1:1/?a=1") << QString() << 20
        << QStringList{QStringLiteral("REST base URL"), QStringLiteral("without a query"),
                       QStringLiteral("suitetalk")};
    QTest::newRow("lookup URL with fragment")
        << QString() << QString() << QStringLiteral("https://127.0.0.1:1/#top") << 20
        << QStringList{QStringLiteral("lookup URL"), QStringLiteral("without a query")};
    QTest::newRow("base URL with path")
        << QString() << QStringLiteral("https://127.0.0.1:1/services/rest") << QString() << 20
        << QStringList{QStringLiteral("REST base URL"),
                       QStringLiteral("without the path \"/services/rest\""),
                       QStringLiteral("suitetalk")};
    QTest::newRow("timeout zero") << QString() << QString() << QString() << 0
                                  << QStringList{QStringLiteral("timeout")};
    QTest::newRow("timeout too long") << QString() << QString() << QString() << 301
                                      << QStringList{QStringLiteral("timeout")};
}

void WizardControllerTest::invalidAdvancedSettingsRejected()
{
    QFETCH(QString, caFile);
    QFETCH(QString, restBaseUrl);
    QFETCH(QString, lookupUrl);
    QFETCH(int, timeoutSeconds);
    QFETCH(QStringList, expectedFragments);
    if (caFile == QLatin1String("<text>")) {
        caFile = m_fixture->dir.filePath(QStringLiteral("notes.txt"));
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }
    WizardController *controller = m_fixture->makeController();
    const tba::AdvancedSettings before = controller->advancedSettings();
    tba::AdvancedSettings settings = before;
    settings.caFile = caFile;
    settings.restBaseUrl = QUrl(restBaseUrl);
    if (!lookupUrl.isEmpty())
        settings.lookupBaseUrl = QUrl(lookupUrl);
    settings.timeoutSeconds = timeoutSeconds;
    QString error;
    QVERIFY(!controller->setAdvancedSettings(settings, &error));
    for (const QString &fragment : expectedFragments)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("suitetalk")) ||
                 expectedFragments.contains(QStringLiteral("suitetalk")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
    QVERIFY(controller->advancedSettings() == before);
    m_fixture->destroyController();
    QFile settingsFile(m_fixture->settingsPath());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY2(!settingsFile.readAll().contains("hunter2"), "a password reached the settings file");
}

void WizardControllerTest::lookupUrlWithPathAccepted()
{
    // The lookup appends /rest/datacenterurls to the path, as the command line's --lookup-url.
    WizardController *controller = m_fixture->makeController();
    tba::AdvancedSettings settings = controller->advancedSettings();
    settings.lookupBaseUrl =
        QUrl(WizardFixture::closedLocalUrl().toString() + QStringLiteral("/netsuite"));
    QString error;
    QVERIFY2(controller->setAdvancedSettings(settings, &error), qPrintable(error));
    QCOMPARE(controller->advancedSettings().lookupBaseUrl, settings.lookupBaseUrl);
}

void WizardControllerTest::profileNameDefaultsFromAccount()
{
    WizardController *controller = m_fixture->makeController();
    controller->setAccountInput(QStringLiteral("1234567_SB1"));
    QCOMPARE(controller->profileName(), QStringLiteral("aftership-1234567-sb1"));
    QVERIFY(controller->profileNameError().isEmpty());
}

void WizardControllerTest::invalidProfileNameBlocks()
{
    WizardController *controller = m_fixture->makeController();
    QSignalSpy finished(controller, &WizardController::lookupFinished);
    controller->setAccountInput(QStringLiteral("1234567"));
    QVERIFY(finished.wait());
    QVERIFY(controller->isStepComplete(WizardStep::Account));
    controller->setProfileName(QStringLiteral("my shop/prod"));
    const QString error = controller->profileNameError();
    // The field is labelled "Connection name", so the message calls it that.
    QVERIFY2(error.startsWith(QLatin1String("Invalid connection name \"my shop/prod\"")),
             qPrintable(error));
    QVERIFY(!controller->isStepComplete(WizardStep::Account));
}

void WizardControllerTest::takenProfileNameWarns()
{
    tba::Profile saved;
    saved.name = QStringLiteral("Production");
    saved.accountId = QStringLiteral("1234567");
    saved.integrationName = QStringLiteral("AfterShip");
    saved.createdAt = QDateTime::currentDateTimeUtc();
    const tba::ProfileResult created = m_fixture->profiles->create(saved);
    QVERIFY2(created.ok(), qPrintable(created.message));
    WizardController *controller = m_fixture->makeController();
    controller->setProfileName(QStringLiteral("staging"));
    QCOMPARE(controller->profileNameWarning(), QString());
    controller->setProfileName(QStringLiteral("production"));
    const QString warning = controller->profileNameWarning();
    QVERIFY2(warning.contains(QStringLiteral("already saved")), qPrintable(warning));
    // The saved name is shown as it was saved, not as typed.
    QVERIFY2(warning.contains(QStringLiteral("\"Production\"")), qPrintable(warning));
    QVERIFY(controller->profileNameError().isEmpty());
}

void WizardControllerTest::profileWithoutSecretsReportsProblem()
{
    // A profile imported without its secrets has a file but no keychain entry.
    tba::Profile imported;
    imported.name = QStringLiteral("imported");
    imported.accountId = QStringLiteral("1234567");
    imported.integrationName = QStringLiteral("AfterShip");
    imported.createdAt = QDateTime::currentDateTimeUtc();
    const tba::ProfileResult created = m_fixture->profiles->create(imported);
    QVERIFY2(created.ok(), qPrintable(created.message));
    WizardController *controller = m_fixture->makeController();
    QSignalSpy opened(controller, &WizardController::profileOpened);
    controller->openProfile(imported.name);
    QVERIFY(opened.wait(30000));
    QVERIFY(!opened.constFirst().constFirst().value<tba::ConnectionResult>().ok());
    const QString problem = controller->openProblem();
    QVERIFY2(problem.contains(QStringLiteral("\"imported\"")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("imported without them")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("step 3")), qPrintable(problem));

    controller->setCredential(CredentialField::ConsumerKey, keyA);
    controller->setCredential(CredentialField::ConsumerSecret, secretB);
    controller->setCredential(CredentialField::TokenId, tokenC);
    QVERIFY(!controller->openProblem().isEmpty());
    controller->setCredential(CredentialField::TokenSecret, secretD);
    QVERIFY2(controller->openProblem().isEmpty(), "the four values are typed in now");
}

void WizardControllerTest::unreadableProfileReportsProblem()
{
    QVERIFY(QDir().mkpath(m_fixture->profilesPath()));
    QFile damaged(QDir(m_fixture->profilesPath()).filePath(QStringLiteral("broken.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": ");
    damaged.close();
    WizardController *controller = m_fixture->makeController();
    QStringList errors;
    QVERIFY(controller->savedProfileNames(&errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(QStringLiteral("broken.json")),
             qPrintable(errors.constFirst()));

    QSignalSpy opened(controller, &WizardController::profileOpened);
    controller->openProfile(QStringLiteral("broken"));
    QCOMPARE(opened.size(), 1);
    const QString problem = controller->openProblem();
    QVERIFY2(problem.startsWith(QStringLiteral("Could not open the connection \"broken\".")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("broken.json")), qPrintable(problem));
    controller->startNew();
    QVERIFY(controller->openProblem().isEmpty());
}

void WizardControllerTest::presetSuggestsRecordNames_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("integrationName");
    QTest::addColumn<QString>("roleName");
    QTest::newRow("AfterShip") << QStringLiteral("aftership")
                               << QStringLiteral("AfterShip Integration")
                               << QStringLiteral("AfterShip Integration Role");
    QTest::newRow("any REST integration")
        << QStringLiteral("rest-basic") << QStringLiteral("REST Integration")
        << QStringLiteral("REST Integration Role");
}

void WizardControllerTest::presetSuggestsRecordNames()
{
    QFETCH(QString, presetId);
    QFETCH(QString, integrationName);
    QFETCH(QString, roleName);
    WizardController *controller = m_fixture->makeController();
    // Going through the other preset first shows that a suggested name follows the choice.
    for (const tba::IntegrationPreset &preset : tba::integrationPresets()) {
        if (preset.id != presetId)
            controller->setPresetId(preset.id);
    }
    controller->setPresetId(presetId);
    QCOMPARE(controller->presetId(), presetId);
    QCOMPARE(controller->integrationName(), integrationName);
    QCOMPARE(controller->roleName(), roleName);
}

QTEST_GUILESS_MAIN(WizardControllerTest)
#include "tst_wizardcontroller.moc"
