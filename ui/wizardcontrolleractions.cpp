// The controller's actions: the connection test, saving, exporting and opening profiles.
#include "ui/wizardcontroller.h"

#include "core/profiles/profile.h"
#include "ui/uilogging.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace tba {

std::optional<QList<QSslCertificate>> WizardController::caCertificates(QString *error) const
{
    if (m_progress.advanced.caFile.isEmpty())
        return QList<QSslCertificate>();
    return CaFileLoader::load(m_progress.advanced.caFile, error);
}

ConnectionSettings WizardController::connectionSettings() const
{
    ConnectionSettings settings;
    settings.accountInput = m_progress.accountInput;
    settings.credentials = m_credentials;
    settings.presetId = m_progress.presetId;
    if (!m_progress.advanced.lookupBaseUrl.isEmpty())
        settings.lookupBaseUrl = m_progress.advanced.lookupBaseUrl;
    settings.restBaseUrlOverride = m_progress.advanced.restBaseUrl;
    settings.requestTimeoutMs = m_progress.advanced.timeoutSeconds * 1000;
    return settings;
}

void WizardController::startConnectionTest()
{
    if (isTestRunning())
        return;
    ConnectionSettings settings = connectionSettings();
    QString error;
    const std::optional<QList<QSslCertificate>> certificates = caCertificates(&error);
    if (!certificates) {
        m_testError = error;
        m_testState = TestState::NotRun;
        emit changed();
        return;
    }
    settings.extraCaCertificates = *certificates;
    m_testError.clear();
    m_testState = TestState::Running;
    m_untestedSaveConfirmed = false;
    qCInfo(lcWizard) << "Starting the connection test of"
                     << (m_account ? m_account->realm() : QString());
    emit testStarted();
    emit changed();
    // Every run opens new connections, with the TLS settings of this run. Dropping connections
    // under a running lookup's request is not safe, so then the kept ones are used.
    QNetworkAccessManager *manager = network();
    if (manager && m_lookup.status() != AccountLookup::Status::Running)
        manager->clearConnectionCache();
    connectionTest().start(settings);
}

void WizardController::cancelConnectionTest()
{
    if (m_test)
        m_test->cancel();
}

void WizardController::onTestFinished(const ConnectionTestResult &result)
{
    if (m_discardingTest)
        return;
    m_testResult = result;
    m_testModel.setResult(result);
    m_testState = result.diagnosis.status == ConnectionStatus::Connected ? TestState::Passed
                                                                         : TestState::Failed;
    qCInfo(lcWizard) << "Connection test finished:" << statusKey(result.diagnosis.status);
    emit testFinished();
    emit changed();
}

void WizardController::resetTest()
{
    if (isTestRunning()) {
        // cancel() emits finished() at once, with a result for input that has just changed.
        m_discardingTest = true;
        m_test->cancel();
        m_discardingTest = false;
    }
    m_testState = TestState::NotRun;
    m_testResult = ConnectionTestResult();
    m_testModel.reset({});
    m_testError.clear();
    m_untestedSaveConfirmed = false;
}

void WizardController::setUntestedSaveConfirmed(bool confirmed)
{
    if (confirmed == m_untestedSaveConfirmed)
        return;
    m_untestedSaveConfirmed = confirmed;
    emit changed();
}

bool WizardController::canFinish() const
{
    if (m_testState == TestState::Running)
        return false;
    if (CredentialValidator::hasErrors(CredentialValidator::check(m_credentials)))
        return false;
    return m_testState == TestState::Passed || m_untestedSaveConfirmed;
}

Profile WizardController::buildProfile() const
{
    Profile profile;
    profile.name = profileName();
    profile.accountId = m_account ? m_account->realm() : QString();
    const DataCenterDomains domains = m_testResult.domains.isValid() ? m_testResult.domains
                                      : lookupStatus() == AccountLookup::Status::Found
                                          ? m_lookup.domains()
                                          : DataCenterDomains();
    profile.restDomain = domains.restDomain;
    profile.webservicesDomain = domains.webservicesDomain;
    profile.systemDomain = domains.systemDomain;
    profile.integrationName = m_progress.integrationName.trimmed();
    profile.roleName = m_progress.roleName.trimmed();
    profile.permissionPreset = m_progress.presetId;
    if (m_testState == TestState::Passed || m_testState == TestState::Failed) {
        CheckRecord check;
        check.checkedAt = QDateTime::currentDateTimeUtc();
        check.succeeded = m_testState == TestState::Passed;
        check.summary = m_testResult.diagnosis.headline;
        profile.lastCheck = check;
    }
    return profile;
}

void WizardController::save(bool replaceExisting)
{
    if (m_saving || !m_services.connections)
        return;
    const Profile profile = buildProfile();
    ConnectionStore::SaveMode mode = ConnectionStore::SaveMode::CreateOnly;
    if (!m_progress.editedProfile.isEmpty() &&
        ProfileName::same(m_progress.editedProfile, profile.name)) {
        mode = ConnectionStore::SaveMode::Update;
    } else if (replaceExisting) {
        mode = ConnectionStore::SaveMode::Replace;
    }
    m_saving = true;
    emit changed();
    qCInfo(lcWizard) << "Saving profile" << profile.name;
    QPointer<WizardController> self(this);
    m_services.connections->save(profile, m_credentials, mode,
                                 [self, profile](const ConnectionResult &result) {
                                     if (!self)
                                         return;
                                     self->m_saving = false;
                                     if (result.ok()) {
                                         self->m_saved = true;
                                         self->m_dirty = false;
                                         // The store fills in fields such as createdAt, and
                                         // an export without them is rejected by import.
                                         self->m_savedProfile =
                                             self->m_services.connections->profiles()
                                                 .load(profile.name)
                                                 .value_or(profile);
                                         self->m_progress.editedProfile = profile.name;
                                         if (self->m_services.settings)
                                             WizardProgress::clear(*self->m_services.settings);
                                         qCInfo(lcWizard) << "Saved profile" << profile.name;
                                     } else {
                                         qCWarning(lcWizard) << "Saving profile" << profile.name
                                                             << "failed:" << result.message;
                                     }
                                     emit self->saveFinished(result);
                                     emit self->changed();
                                 });
}

bool WizardController::exportProfile(const ExportOptions &options, QString *error) const
{
    if (!m_saved) {
        if (error)
            *error = tr("Save the connection before exporting it.");
        return false;
    }
    if (options.path.isEmpty()) {
        if (error)
            *error = tr("Choose the file to export to.");
        return false;
    }
    ExportRequest request;
    request.format = options.format;
    request.profile = m_savedProfile;
    if (options.includeSecrets)
        request.credentials = m_credentials;
    request.passphrase = options.passphrase;
    const std::optional<QByteArray> data = ProfileExporter::render(request, error);
    if (!data)
        return false;
    if (!ProfileExporter::writePrivateFile(options.path, *data, error))
        return false;
    qCInfo(lcWizard) << "Exported profile" << m_savedProfile.name << "as"
                     << ProfileExporter::formatName(options.format)
                     << (options.includeSecrets ? "with secrets" : "without secrets");
    return true;
}

QStringList WizardController::savedProfileNames(QStringList *errors) const
{
    QStringList names;
    if (!m_services.connections)
        return names;
    for (const Profile &profile : m_services.connections->profiles().list(errors))
        names << profile.name;
    return names;
}

void WizardController::applyProfile(const Profile &profile)
{
    WizardProgress progress;
    progress.advanced = m_progress.advanced;
    progress.accountInput = profile.accountId;
    progress.presetId = findIntegrationPreset(profile.permissionPreset)
                            ? profile.permissionPreset
                            : integrationPresets().constFirst().id;
    progress.profileName = profile.name;
    progress.integrationName = profile.integrationName;
    progress.reuseExistingIntegration = false;
    progress.roleName = profile.roleName;
    progress.editedProfile = profile.name;
    m_progress = progress;
    applyDefaults();
    // A saved profile went through every step, so its checklists start ticked.
    const QList<QList<ChecklistItem>> lists = {featureItems(), roleItems()};
    for (const QList<ChecklistItem> &items : lists) {
        for (const ChecklistItem &item : items)
            m_progress.checkedItems.insert(item.id);
    }
    m_progress.checkedItems.insert(integrationTbaItemId());
    m_credentials = Credentials();
    m_account = AccountId::parse(m_progress.accountInput);
    resetTest();
    m_lookup.cancel();
    if (m_account)
        lookupAccount();
}

void WizardController::openProfile(const QString &name)
{
    if (!m_services.connections)
        return;
    ProfileResult loadResult;
    const std::optional<Profile> profile =
        m_services.connections->profiles().load(name, &loadResult);
    if (!profile) {
        m_openProblem =
            tr("Could not open the connection \"%1\". %2").arg(name, loadResult.message);
        qCWarning(lcWizard) << "Opening profile" << name << "failed:" << loadResult.message;
        emit profileOpened(ConnectionResult::fromProfile(loadResult));
        emit changed();
        return;
    }
    m_openProblem.clear();
    applyProfile(*profile);
    m_saved = false;
    m_dirty = false;
    persistProgress();
    emit changed();
    qCInfo(lcWizard) << "Opened profile" << profile->name;

    QPointer<WizardController> self(this);
    m_services.connections->loadCredentials(
        profile->name, [self, name = profile->name](const ConnectionResult &result,
                                                    const Credentials &credentials) {
            if (!self)
                return;
            if (result.ok())
                self->m_credentials = credentials;
            else
                self->noteSecretsUnreadable(name, result);
            emit self->profileOpened(result);
            emit self->changed();
        });
}

QStringList WizardController::uncheckMissingPermissions()
{
    const QList<PermissionRequirement> &permissions = preset().permissions;
    QStringList itemIds;
    for (const QString &id : m_testResult.diagnosis.missingPermissions) {
        QString name;
        for (const PermissionRequirement &permission : permissions) {
            if (permission.id == id)
                name = permission.name;
        }
        // The checklist has one item per permission name, with the first id of that name.
        for (const PermissionRequirement &permission : permissions) {
            if (permission.name != name)
                continue;
            const QString itemId = QStringLiteral("permission.") + permission.id;
            if (!itemIds.contains(itemId))
                itemIds << itemId;
            break;
        }
    }
    for (const QString &itemId : std::as_const(itemIds))
        setChecked(itemId, false);
    return itemIds;
}

void WizardController::reloadEditedCredentials()
{
    if (!m_services.connections)
        return;
    QPointer<WizardController> self(this);
    m_services.connections->loadCredentials(
        m_progress.editedProfile,
        [self](const ConnectionResult &result, const Credentials &credentials) {
            if (!self)
                return;
            if (result.ok()) {
                // What was typed since the start wins over the stored value.
                for (const CredentialField field : allCredentialFields) {
                    if (self->m_credentials.value(field).isEmpty())
                        self->m_credentials.setValue(field, credentials.value(field));
                }
            } else {
                self->noteSecretsUnreadable(self->m_progress.editedProfile, result);
            }
            emit self->profileOpened(result);
            emit self->changed();
        });
}

void WizardController::noteSecretsUnreadable(const QString &name, const ConnectionResult &result)
{
    qCWarning(lcWizard) << "Reading the secrets of" << name << "failed:" << result.message;
    if (result.secretError == SecretStoreError::NotFound) {
        m_openProblem =
            tr("The keychain holds no secrets for the connection \"%1\", for example because it "
               "was imported without them. Paste the Consumer Key and Consumer Secret on step 3 "
               "and the Token ID and Token Secret on step 5; Finish stores them in the keychain.")
                .arg(name);
        return;
    }
    m_openProblem = tr("The secrets of the connection \"%1\" could not be read from the keychain, "
                       "so the Consumer Key, Consumer Secret, Token ID and Token Secret are empty. "
                       "%2 Then open the connection again, or paste the four values on steps 3 "
                       "and 5.")
                        .arg(name, result.message);
}

void WizardController::startNew()
{
    m_lookupTimer.stop();
    m_lookup.cancel();
    resetTest();
    WizardProgress progress;
    progress.advanced = m_progress.advanced;
    progress.presetId = integrationPresets().constFirst().id;
    m_progress = progress;
    applyDefaults();
    m_credentials = Credentials();
    m_account.reset();
    m_saved = false;
    m_saving = false;
    m_dirty = false;
    m_savedProfile = Profile();
    m_openProblem.clear();
    if (m_services.settings)
        WizardProgress::clear(*m_services.settings);
    emit changed();
}

} // namespace tba
