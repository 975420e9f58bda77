// The controller's actions against the real parts: the NetSuite emulator on 127.0.0.1 and the
// test session's keyring. No window.
#include "emulatorprocess.h"
#include "wizardfixture.h"

#include "core/export/profiledocument.h"
#include "ui/wizardcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using tba::CredentialField;
using tba::WizardController;
using tba::WizardStep;

class WizardFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lookupConfirmsAccount();
    void lookupReportsUnknownAccount();
    void passingTestSavesToKeychain();
    void exportWithoutSecretsHoldsNone();
    void changedCaFileAppliesToNextTest();
    void wrongTokenSecretDiagnosed();
    void missingPermissionNamed();
    void editAfterTestNeedsRetest();
    void editDuringTestDiscardsRun();
    void openedProfileRetestsFromKeychain();
    void resumedEditReloadsSecrets();
    void takenNameNeedsReplace();

private:
    /// Starts the emulator with `config` and builds a controller whose lookup and CA point at it.
    WizardController *startWith(const QJsonObject &config = {});
    void enterAccount(WizardController *controller);
    void enterCredentials(WizardController *controller, const QString &tokenSecret = QString());
    void runTest(WizardController *controller);
    void save(WizardController *controller, bool replace = false);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<WizardFixture> m_fixture;
};

void WizardFlowTest::init()
{
    m_fixture = std::make_unique<WizardFixture>();
    QVERIFY(m_fixture->dir.isValid());
}

void WizardFlowTest::cleanup()
{
    m_fixture.reset();
    m_emulator.reset();
}

WizardController *WizardFlowTest::startWith(const QJsonObject &config)
{
    m_emulator = std::make_unique<EmulatorProcess>();
    QString error;
    if (!m_emulator->start(config, QStringLiteral("ca"), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    m_fixture->setAdvanced(m_emulator->baseUrl(), m_emulator->caFile());
    return m_fixture->makeController();
}

void WizardFlowTest::enterAccount(WizardController *controller)
{
    QSignalSpy finished(controller, &WizardController::lookupFinished);
    controller->setAccountInput(m_emulator->account());
    QVERIFY(finished.wait());
    QCOMPARE(controller->lookupStatus(), tba::AccountLookup::Status::Found);
}

void WizardFlowTest::enterCredentials(WizardController *controller, const QString &tokenSecret)
{
    const tba::Credentials credentials = m_emulator->credentials();
    for (const CredentialField field : tba::allCredentialFields)
        controller->setCredential(field, credentials.value(field));
    if (!tokenSecret.isEmpty())
        controller->setCredential(CredentialField::TokenSecret, tokenSecret);
}

void WizardFlowTest::runTest(WizardController *controller)
{
    QSignalSpy finished(controller, &WizardController::testFinished);
    controller->startConnectionTest();
    QCOMPARE(controller->testState(), WizardController::TestState::Running);
    QVERIFY(!controller->canFinish());
    QVERIFY(finished.wait(60000));
}

void WizardFlowTest::save(WizardController *controller, bool replace)
{
    QSignalSpy finished(controller, &WizardController::saveFinished);
    controller->save(replace);
    QVERIFY(finished.wait(30000));
}

void WizardFlowTest::lookupConfirmsAccount()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    QVERIFY(controller->lookupMessage().contains(m_emulator->account()));
    QVERIFY(controller->isStepComplete(WizardStep::Account));
}

void WizardFlowTest::lookupReportsUnknownAccount()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    QSignalSpy finished(controller, &WizardController::lookupFinished);
    controller->setAccountInput(QStringLiteral("7654321"));
    QVERIFY(finished.wait());
    QCOMPARE(controller->lookupStatus(), tba::AccountLookup::Status::NotFound);
    QVERIFY(controller->lookupMessage().contains(QStringLiteral("7654321")));
    QVERIFY(!controller->isStepComplete(WizardStep::Account));
}

void WizardFlowTest::passingTestSavesToKeychain()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);
    QVERIFY(controller->canFinish());
    QCOMPARE(controller->testModel()->state(
                 tba::ConnectionTestModel::rowOfStep(tba::ConnectionStep::Login)),
             tba::StepState::Passed);

    save(controller);
    QVERIFY(controller->isSaved());
    QVERIFY(!controller->hasUnsavedInput());
    const QString name = controller->savedProfile().name;
    QCOMPARE(name, QStringLiteral("aftership-1234567-sb1"));
    QVERIFY(m_fixture->profiles->exists(name));
    const std::optional<tba::Profile> profile = m_fixture->profiles->load(name);
    QVERIFY(profile.has_value());
    QCOMPARE(profile->accountId, m_emulator->account());
    QVERIFY(profile->lastCheck.has_value());
    QVERIFY(profile->lastCheck->succeeded);

    tba::Credentials stored;
    QVERIFY(readStoredCredentials(m_fixture->secrets, name, &stored));
    for (const CredentialField field : tba::allCredentialFields)
        QCOMPARE(stored.value(field), m_emulator->credentials().value(field));
}

void WizardFlowTest::exportWithoutSecretsHoldsNone()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    runTest(controller);
    save(controller);
    QVERIFY(controller->isSaved());

    WizardController::ExportOptions options;
    options.path = m_fixture->dir.filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(controller->exportProfile(options, &error), qPrintable(error));
    QFile file(options.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.contains(m_emulator->account().toUtf8()));
    for (const CredentialField field : tba::allCredentialFields)
        QVERIFY(!data.contains(m_emulator->credentials().value(field).toUtf8()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // The file must pass the same validation that import applies, with the stored profile's
    // fields such as createdAt.
    const std::optional<tba::ProfileDocument> document =
        tba::ProfileDocumentFormat::parse(data, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->profile.createdAt.isValid());
    QCOMPARE(document->profile.name, controller->savedProfile().name);
}

void WizardFlowTest::changedCaFileAppliesToNextTest()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    EmulatorProcess other;
    QString error;
    QVERIFY2(other.start({}, QStringLiteral("ca"), &error), qPrintable(error));
    enterAccount(controller);
    enterCredentials(controller);
    tba::AdvancedSettings settings = controller->advancedSettings();
    // A fixed base URL, so that no test run falls back to NetSuite's real host.
    settings.restBaseUrl = m_emulator->baseUrl();
    QVERIFY2(controller->setAdvancedSettings(settings, &error), qPrintable(error));
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);

    // The other emulator's CA did not sign this emulator's certificate: a connection kept from
    // the first run must not carry the old trust over.
    settings.caFile = other.caFile();
    QVERIFY2(controller->setAdvancedSettings(settings, &error), qPrintable(error));
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Failed);
}

void WizardFlowTest::wrongTokenSecretDiagnosed()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    const QString wrong = QString(64, QLatin1Char('0'));
    enterCredentials(controller, wrong);
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Failed);
    const tba::Diagnosis &diagnosis = controller->testResult().diagnosis;
    QCOMPARE(diagnosis.status, tba::ConnectionStatus::AuthenticationRejected);
    QVERIFY(!diagnosis.causes.isEmpty());
    QVERIFY(!controller->canFinish());
    QCOMPARE(controller->credential(CredentialField::TokenSecret), wrong);
    QCOMPARE(controller->credential(CredentialField::ConsumerKey),
             m_emulator->credentials().consumerKey);
}

void WizardFlowTest::missingPermissionNamed()
{
    WizardController *controller = startWith(
        {{QStringLiteral("missing_permissions"), QJsonArray{QStringLiteral("salesOrder")}}});
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Failed);
    QCOMPARE(controller->testResult().diagnosis.status, tba::ConnectionStatus::PermissionsMissing);
    const tba::ConnectionTestModel *model = controller->testModel();
    const int row = model->rowOfPermissionNamed(QStringLiteral("Transactions > Sales Order"));
    QVERIFY(row >= 0);
    QCOMPARE(model->state(row), tba::StepState::Failed);
    const int passedRow = model->rowOfPermissionNamed(QStringLiteral("Lists > Customers"));
    QCOMPARE(model->state(passedRow), tba::StepState::Passed);
}

void WizardFlowTest::editAfterTestNeedsRetest()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller, QString(64, QLatin1Char('0')));
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Failed);
    controller->setCredential(CredentialField::TokenSecret, m_emulator->credentials().tokenSecret);
    QCOMPARE(controller->testState(), WizardController::TestState::NotRun);
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);
}

void WizardFlowTest::editDuringTestDiscardsRun()
{
    WizardController *controller = startWith({{QStringLiteral("delay_ms"), 300}});
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    QSignalSpy finished(controller, &WizardController::testFinished);
    controller->startConnectionTest();
    QCOMPARE(controller->testState(), WizardController::TestState::Running);
    controller->setCredential(CredentialField::TokenSecret, QString(64, QLatin1Char('0')));
    QCOMPARE(controller->testState(), WizardController::TestState::NotRun);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(controller->testModel()->state(
                 tba::ConnectionTestModel::rowOfStep(tba::ConnectionStep::Login)),
             tba::StepState::Pending);
    QVERIFY(!finished.wait(1000));
    QCOMPARE(controller->testState(), WizardController::TestState::NotRun);
}

void WizardFlowTest::openedProfileRetestsFromKeychain()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    runTest(controller);
    save(controller);
    const QString name = controller->savedProfile().name;
    m_fixture->destroyController();

    controller = m_fixture->makeController();
    QVERIFY(controller->savedProfileNames().contains(name));
    QSignalSpy opened(controller, &WizardController::profileOpened);
    controller->openProfile(name);
    QVERIFY(opened.wait(30000));
    QVERIFY(opened.constFirst().constFirst().value<tba::ConnectionResult>().ok());
    QCOMPARE(controller->editedProfile(), name);
    QCOMPARE(controller->credential(CredentialField::TokenSecret),
             m_emulator->credentials().tokenSecret);
    QVERIFY(controller->isStepComplete(WizardStep::Features));
    runTest(controller);
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);
    save(controller);
    QVERIFY(controller->isSaved());
}

void WizardFlowTest::resumedEditReloadsSecrets()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    runTest(controller);
    save(controller);
    const QString name = controller->savedProfile().name;
    m_fixture->destroyController();
    controller = m_fixture->makeController();
    QSignalSpy opened(controller, &WizardController::profileOpened);
    controller->openProfile(name);
    QVERIFY(opened.wait(30000));
    // Closed without saving, then started again.
    m_fixture->destroyController();

    controller = m_fixture->makeController();
    QCOMPARE(controller->editedProfile(), name);
    QSignalSpy reloaded(controller, &WizardController::profileOpened);
    QVERIFY(reloaded.wait(30000));
    QVERIFY(reloaded.constFirst().constFirst().value<tba::ConnectionResult>().ok());
    for (const CredentialField field : tba::allCredentialFields)
        QCOMPARE(controller->credential(field), m_emulator->credentials().value(field));
}

void WizardFlowTest::takenNameNeedsReplace()
{
    WizardController *controller = startWith();
    QVERIFY(controller);
    enterAccount(controller);
    enterCredentials(controller);
    controller->setUntestedSaveConfirmed(true);
    save(controller);
    QVERIFY(controller->isSaved());
    controller->startNew();
    enterAccount(controller);
    enterCredentials(controller);
    controller->setUntestedSaveConfirmed(true);

    QSignalSpy finished(controller, &WizardController::saveFinished);
    controller->save();
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<tba::ConnectionResult>();
    QCOMPARE(result.profileError, tba::ProfileError::AlreadyExists);
    QVERIFY(!controller->isSaved());
    save(controller, true);
    QVERIFY(controller->isSaved());
}

QTEST_GUILESS_MAIN(WizardFlowTest)
#include "tst_wizardflow.moc"
