#include "ui/wizardcontroller.h"

#include "core/profiles/connectionstore.h"
#include "core/profiles/profile.h"
#include "core/profiles/profilestore.h"
#include "ui/uilogging.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace tba {

QString WizardController::integrationTbaItemId()
{
    return QStringLiteral("integration.tokenBasedAuthentication");
}

WizardController::WizardController(const WizardServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_lookup([this] { return network(); })
{
    if (m_services.settings)
        m_progress = WizardProgress::load(*m_services.settings);
    if (!findIntegrationPreset(m_progress.presetId))
        m_progress.presetId = integrationPresets().constFirst().id;
    applyDefaults();
    m_account = AccountId::parse(m_progress.accountInput);

    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(lookupDelayMs);
    connect(&m_lookupTimer, &QTimer::timeout, this, &WizardController::lookupAccount);
    connect(&m_lookup, &AccountLookup::finished, this, [this] {
        emit lookupFinished();
        emit changed();
    });

    if (m_account)
        scheduleLookup();
    // Resuming the edit of a saved connection: its secrets are in the keychain, never in the
    // saved progress.
    if (!m_progress.editedProfile.isEmpty())
        reloadEditedCredentials();
}

WizardController::~WizardController()
{
    m_lookup.cancel();
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
    }
}

QNetworkAccessManager *WizardController::network() const
{
    return m_services.network ? m_services.network() : nullptr;
}

ConnectionTest &WizardController::connectionTest()
{
    if (m_test)
        return *m_test;
    m_test = std::make_unique<ConnectionTest>(network());
    connect(m_test.get(), &ConnectionTest::started, this,
            [this](const QList<PermissionReport> &permissions) { m_testModel.reset(permissions); });
    connect(m_test.get(), &ConnectionTest::stepChanged, &m_testModel,
            &ConnectionTestModel::updateStep);
    connect(m_test.get(), &ConnectionTest::permissionChanged, &m_testModel,
            &ConnectionTestModel::updatePermission);
    connect(m_test.get(), &ConnectionTest::finished, this, &WizardController::onTestFinished);
    return *m_test;
}

QString WizardController::defaultIntegrationName(const IntegrationPreset &preset)
{
    return tr("%1 Integration").arg(preset.recordNamePrefix);
}

QString WizardController::defaultRoleName(const IntegrationPreset &preset)
{
    return tr("%1 Integration Role").arg(preset.recordNamePrefix);
}

void WizardController::applyDefaults()
{
    if (m_progress.integrationName.isEmpty())
        m_progress.integrationName = defaultIntegrationName(preset());
    if (m_progress.roleName.isEmpty())
        m_progress.roleName = defaultRoleName(preset());
}

void WizardController::setAccountInput(const QString &input)
{
    if (input == m_progress.accountInput)
        return;
    m_progress.accountInput = input;
    const std::optional<AccountId> parsed = AccountId::parse(input);
    const bool realmChanged = parsed.has_value() != m_account.has_value() ||
                              (parsed && m_account && !(*parsed == *m_account));
    m_account = parsed;
    if (realmChanged) {
        m_lookup.cancel();
        m_lookupTimer.stop();
        if (m_account)
            scheduleLookup();
        resetTest();
    }
    noteChange(Change::Input);
}

QString WizardController::accountError() const
{
    if (m_progress.accountInput.trimmed().isEmpty())
        return QString();
    QString error;
    AccountId::parse(m_progress.accountInput, &error);
    return error;
}

void WizardController::scheduleLookup()
{
    m_lookupTimer.start();
}

void WizardController::lookupAccount()
{
    m_lookupTimer.stop();
    if (!m_account)
        return;
    QString error;
    const std::optional<QList<QSslCertificate>> certificates = caCertificates(&error);
    ProbePolicy policy;
    policy.timeoutMs = m_progress.advanced.timeoutSeconds * 1000;
    if (certificates)
        policy.extraCaCertificates = *certificates;
    const QUrl base = m_progress.advanced.lookupBaseUrl.isEmpty()
                          ? ConnectionSettings::defaultLookupBaseUrl()
                          : m_progress.advanced.lookupBaseUrl;
    m_lookup.start(m_account->realm(), base, policy);
    emit changed();
}

AccountLookup::Status WizardController::lookupStatus() const
{
    if (!m_account || m_lookup.realm() != m_account->realm())
        return AccountLookup::Status::NotRun;
    return m_lookup.status();
}

QString WizardController::lookupMessage() const
{
    return lookupStatus() == AccountLookup::Status::NotRun ? QString() : m_lookup.message();
}

void WizardController::setPresetId(const QString &id)
{
    if (id == m_progress.presetId || !findIntegrationPreset(id))
        return;
    const QString oldIntegration = defaultIntegrationName(preset());
    const QString oldRole = defaultRoleName(preset());
    m_progress.presetId = id;
    if (m_progress.integrationName == oldIntegration)
        m_progress.integrationName.clear();
    if (m_progress.roleName == oldRole)
        m_progress.roleName.clear();
    applyDefaults();
    resetTest();
    noteChange(Change::Input);
}

const IntegrationPreset &WizardController::preset() const
{
    const IntegrationPreset *found = findIntegrationPreset(m_progress.presetId);
    return found ? *found : integrationPresets().constFirst();
}

QString WizardController::profileName() const
{
    const QString typed = m_progress.profileName.trimmed();
    return typed.isEmpty() ? defaultProfileName() : typed;
}

void WizardController::setProfileName(const QString &name)
{
    if (name == m_progress.profileName)
        return;
    m_progress.profileName = name;
    noteChange(Change::Input);
}

QString WizardController::defaultProfileName() const
{
    if (!m_account)
        return m_progress.presetId;
    return m_progress.presetId + QLatin1Char('-') + m_account->hostLabel();
}

QString WizardController::profileNameError() const
{
    QString error;
    ProfileName::isValid(profileName(), tr("connection name"), &error);
    return error;
}

QString WizardController::profileNameWarning() const
{
    const QString name = profileName();
    if (!m_services.connections || !profileNameError().isEmpty())
        return QString();
    if (!m_progress.editedProfile.isEmpty() && ProfileName::same(m_progress.editedProfile, name))
        return QString();
    const QString savedName = savedProfileNamed(name);
    if (savedName.isEmpty())
        return QString();
    return tr("A connection named \"%1\" is already saved. Finish will ask before replacing "
              "it; choose another name to keep both.")
        .arg(savedName);
}

QString WizardController::savedProfileNamed(const QString &name) const
{
    if (!m_services.connections || !m_services.connections->profiles().exists(name))
        return QString();
    const std::optional<Profile> saved = m_services.connections->profiles().load(name);
    return saved ? saved->name : name;
}

bool WizardController::isChecked(const QString &itemId) const
{
    return m_progress.checkedItems.contains(itemId);
}

void WizardController::setChecked(const QString &itemId, bool checked)
{
    if (checked == isChecked(itemId))
        return;
    if (checked)
        m_progress.checkedItems.insert(itemId);
    else
        m_progress.checkedItems.remove(itemId);
    noteChange(Change::Input);
}

void WizardController::setIntegrationName(const QString &name)
{
    if (name == m_progress.integrationName)
        return;
    m_progress.integrationName = name;
    noteChange(Change::Input);
}

void WizardController::setReuseExistingIntegration(bool reuse)
{
    if (reuse == m_progress.reuseExistingIntegration)
        return;
    m_progress.reuseExistingIntegration = reuse;
    noteChange(Change::Input);
}

void WizardController::setRoleName(const QString &name)
{
    if (name == m_progress.roleName)
        return;
    m_progress.roleName = name;
    noteChange(Change::Input);
}

void WizardController::setCredential(CredentialField field, const QString &value)
{
    const QString normalized = CredentialValidator::normalize(value);
    if (normalized == m_credentials.value(field))
        return;
    m_credentials.setValue(field, normalized);
    if (!m_openProblem.isEmpty() && !m_credentials.consumerKey.isEmpty() &&
        !m_credentials.consumerSecret.isEmpty() && !m_credentials.tokenId.isEmpty() &&
        !m_credentials.tokenSecret.isEmpty()) {
        m_openProblem.clear();
    }
    resetTest();
    noteChange(Change::Credential);
}

QList<CredentialIssue> WizardController::credentialIssues(CredentialField field) const
{
    QList<CredentialIssue> issues;
    for (const CredentialIssue &issue : CredentialValidator::check(m_credentials)) {
        if (issue.field == field)
            issues.append(issue);
    }
    return issues;
}

bool WizardController::allChecked(const QList<ChecklistItem> &items) const
{
    for (const ChecklistItem &item : items) {
        if (!isChecked(item.id))
            return false;
    }
    return true;
}

bool WizardController::isStepComplete(WizardStep step) const
{
    switch (step) {
    case WizardStep::None:
        return true;
    case WizardStep::Account: {
        const AccountLookup::Status lookup = lookupStatus();
        return m_account && profileNameError().isEmpty() &&
               lookup != AccountLookup::Status::NotRun &&
               lookup != AccountLookup::Status::Running &&
               lookup != AccountLookup::Status::NotFound;
    }
    case WizardStep::Features:
        return allChecked(featureItems());
    case WizardStep::IntegrationRecord: {
        const bool recordDone =
            m_progress.reuseExistingIntegration ||
            (!m_progress.integrationName.trimmed().isEmpty() && isChecked(integrationTbaItemId()));
        return recordDone &&
               !CredentialValidator::hasErrors(credentialIssues(CredentialField::ConsumerKey)) &&
               !CredentialValidator::hasErrors(credentialIssues(CredentialField::ConsumerSecret));
    }
    case WizardStep::Role:
        return !m_progress.roleName.trimmed().isEmpty() && allChecked(roleItems());
    case WizardStep::AccessToken:
        return canFinish() && !m_saving;
    }
    return false;
}

bool WizardController::setAdvancedSettings(const AdvancedSettings &settings, QString *error)
{
    const QString problem = settings.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (settings == m_progress.advanced)
        return true;
    m_progress.advanced = settings;
    resetTest();
    // Kept connections carry the old CA file's trust and the old hosts. Nothing may be in flight
    // when they are dropped, and the lookup starts again below.
    m_lookup.cancel();
    if (QNetworkAccessManager *manager = network())
        manager->clearConnectionCache();
    noteChange(Change::Setting);
    if (m_account)
        lookupAccount();
    return true;
}

QUrl WizardController::netSuiteUrl(NetSuitePage page) const
{
    return m_account ? netSuitePageUrl(*m_account, page) : QUrl();
}

bool WizardController::openNetSuitePage(NetSuitePage page)
{
    const QUrl url = netSuiteUrl(page);
    if (url.isEmpty() || !m_services.openUrl)
        return false;
    qCInfo(lcWizard) << "Opening" << url.toString();
    return m_services.openUrl(url);
}

void WizardController::setCurrentPage(int pageId)
{
    // QWizard reports -1 while it is cleared or destroyed; that is no page to resume at.
    if (pageId <= 0 || pageId == m_progress.currentPage)
        return;
    m_progress.currentPage = pageId;
    persistProgress();
}

void WizardController::noteChange(Change change)
{
    m_dirty = true;
    m_saved = false;
    if (change != Change::Credential)
        persistProgress();
    emit inputChanged();
    emit changed();
}

void WizardController::persistProgress()
{
    if (!m_services.settings || m_saved)
        return;
    WizardProgress stored = m_progress;
    // Text that is no account ID may be a secret pasted into the wrong field, so it stays in
    // memory and never reaches the settings file.
    if (!m_account)
        stored.accountInput.clear();
    stored.save(*m_services.settings);
}

} // namespace tba
