#pragma once

#include "core/accountid.h"
#include "core/connection/connectiontest.h"
#include "core/connection/permissionpresets.h"
#include "core/credentials.h"
#include "core/export/exportformat.h"
#include "core/profiles/connectionstore.h"
#include "ui/accountlookup.h"
#include "ui/connectiontestmodel.h"
#include "ui/netsuitelinks.h"
#include "ui/setupchecklists.h"
#include "ui/urlopener.h"
#include "ui/wizardprogress.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace tba {

/// The services the controller uses. None is owned, and each must outlive the controller.
struct WizardServices
{
    /// Returns the network access manager. The controller calls it only when it is about to send
    /// a request, so that a session can create the manager then and start up without it.
    std::function<QNetworkAccessManager *()> network;
    /// Saves profiles with their secrets in the keychain.
    ConnectionStore *connections = nullptr;
    /// Keeps the non-secret progress between runs.
    QSettings *settings = nullptr;
    UrlOpener openUrl;
};

/// Owns the setup wizard's state and runs every action: the account lookup, the connection test,
/// saving, exporting and opening profiles, and opening NetSuite pages. Pages only collect input,
/// pass it here, and show what the controller reports. Uses no widget, so it is tested without a
/// window.
///
/// Every change emits changed(); the non-secret part is written to the settings at once, so a
/// closed wizard resumes where it stopped. An account field that contains no valid account ID
/// is written as empty. The four credentials are kept in memory only, until
/// save() stores them in the keychain.
class WizardController : public QObject
{
    Q_OBJECT

public:
    enum class TestState
    {
        NotRun,
        Running,
        Passed,
        Failed
    };

    /// The options of exportProfile().
    struct ExportOptions
    {
        ExportFormat format = ExportFormat::Json;
        QString path;
        bool includeSecrets = false;
        /// Encrypts the secrets of a Json export; the other formats hold them in plaintext.
        QString passphrase;
    };

    /// The id of the checklist item for "Token-Based Authentication ticked on the record".
    static QString integrationTbaItemId();
    /// Returns the suggested name of the integration record, such as "AfterShip Integration".
    static QString defaultIntegrationName(const IntegrationPreset &preset);
    /// Returns the suggested name of the role, such as "AfterShip Integration Role".
    static QString defaultRoleName(const IntegrationPreset &preset);
    /// The delay between the last change of the account ID and its lookup.
    static constexpr int lookupDelayMs = 500;

    explicit WizardController(const WizardServices &services, QObject *parent = nullptr);
    ~WizardController() override;

    // Step 1: the account, the preset and the profile name.
    QString accountInput() const { return m_progress.accountInput; }
    void setAccountInput(const QString &input);
    const std::optional<AccountId> &account() const { return m_account; }
    /// Returns the parse error of the account ID, or an empty string when it parses or is empty.
    QString accountError() const;
    /// Looks the account up now instead of after lookupDelayMs.
    void lookupAccount();
    AccountLookup::Status lookupStatus() const;
    QString lookupMessage() const;

    QString presetId() const { return m_progress.presetId; }
    void setPresetId(const QString &id);
    const IntegrationPreset &preset() const;

    /// Returns the name the profile is saved under: the one typed, or defaultProfileName().
    QString profileName() const;
    QString profileNameInput() const { return m_progress.profileName; }
    void setProfileName(const QString &name);
    /// Returns "<preset>-<host label>", such as "aftership-1234567-sb1".
    QString defaultProfileName() const;
    QString profileNameError() const;
    /// Returns a warning when a saved profile other than the edited one already has profileName()
    /// (ignoring case), or an empty string. Saving such a name needs the replace confirmation.
    QString profileNameWarning() const;
    /// Returns the name of the saved profile that `name` denotes, spelled as it was saved, such
    /// as "enc1" for "ENC1". Empty when no profile has that name.
    QString savedProfileNamed(const QString &name) const;

    // Steps 2 and 4: checklists.
    bool isChecked(const QString &itemId) const;
    void setChecked(const QString &itemId, bool checked);
    QList<ChecklistItem> featureItems() const { return featureChecklist(); }
    QList<ChecklistItem> roleItems() const { return roleChecklist(preset()); }

    // Step 3: the integration record.
    QString integrationName() const { return m_progress.integrationName; }
    void setIntegrationName(const QString &name);
    bool reusesExistingIntegration() const { return m_progress.reuseExistingIntegration; }
    void setReuseExistingIntegration(bool reuse);

    // Step 4: the role.
    QString roleName() const { return m_progress.roleName; }
    void setRoleName(const QString &name);

    // Steps 3 and 5: the four credentials, normalized as they are set.
    QString credential(CredentialField field) const { return m_credentials.value(field); }
    void setCredential(CredentialField field, const QString &value);
    /// Returns the errors and warnings of one field, including those that span two fields.
    QList<CredentialIssue> credentialIssues(CredentialField field) const;

    /// Returns true when everything `step` requires is done, so that Next may go on.
    bool isStepComplete(WizardStep step) const;

    AdvancedSettings advancedSettings() const { return m_progress.advanced; }
    /// Applies `settings` unless one is invalid; then returns false with `error` set.
    bool setAdvancedSettings(const AdvancedSettings &settings, QString *error);

    /// Returns the address of `page` in the account, or an empty URL while no valid account ID
    /// is known.
    QUrl netSuiteUrl(NetSuitePage page) const;
    /// Opens netSuiteUrl() with the URL opener. Returns false when there is no account ID yet or
    /// the opener failed.
    bool openNetSuitePage(NetSuitePage page);

    // Step 5: the connection test.
    void startConnectionTest();
    void cancelConnectionTest();
    TestState testState() const { return m_testState; }
    const ConnectionTestResult &testResult() const { return m_testResult; }
    ConnectionTestModel *testModel() { return &m_testModel; }
    /// Returns the reason the last test could not start, such as an unreadable CA file, or an
    /// empty string.
    QString testError() const { return m_testError; }
    bool untestedSaveConfirmed() const { return m_untestedSaveConfirmed; }
    /// Records that the administrator wants to save without a passing test.
    void setUntestedSaveConfirmed(bool confirmed);
    /// Returns true when the connection may be saved: the test passed, or saving it untested was
    /// confirmed; and no credential has an error.
    bool canFinish() const;

    // Saving and exporting.
    /// Saves the profile and its secrets. A new profile whose name is taken fails with
    /// ProfileError::AlreadyExists unless `replaceExisting`. Emits saveFinished().
    void save(bool replaceExisting = false);
    bool isSaving() const { return m_saving; }
    bool isSaved() const { return m_saved; }
    const Profile &savedProfile() const { return m_savedProfile; }
    /// Writes the saved profile to a file. Returns false with `error` set on failure.
    bool exportProfile(const ExportOptions &options, QString *error) const;

    /// Unticks the role checklist's item of each permission the last test found missing, so that
    /// step 4 is not complete until it is fixed. Returns those items' ids.
    QStringList uncheckMissingPermissions();

    // Profiles.
    /// Returns the names of the saved profiles. A profile file that cannot be read is left out
    /// and, when `errors` is given, described there, as the list command reports it.
    QStringList savedProfileNames(QStringList *errors = nullptr) const;
    /// Loads a saved profile and its secrets for editing or re-testing. Emits profileOpened().
    /// A controller that resumes such an edit reads the secrets from the keychain again and
    /// emits profileOpened() too.
    void openProfile(const QString &name);
    /// The saved profile being edited; empty for a new connection.
    QString editedProfile() const { return m_progress.editedProfile; }
    /// Returns why the last opened profile could not be opened or came without its secrets, in
    /// words the administrator can act on. Empty once all four credentials are filled in, and
    /// after a successful open or a new start.
    QString openProblem() const { return m_openProblem; }
    /// Forgets every input and the saved progress, for a new connection.
    void startNew();
    /// Returns true when something was typed or ticked since the last save, open or start.
    bool hasUnsavedInput() const { return m_dirty; }

    int currentPage() const { return m_progress.currentPage; }
    void setCurrentPage(int pageId);

signals:
    /// Any state changed; pages re-read what they show.
    void changed();
    /// The administrator changed an input, a credential or an advanced setting. Emitted before
    /// changed().
    void inputChanged();
    void lookupFinished();
    void testStarted();
    void testFinished();
    void saveFinished(const tba::ConnectionResult &result);
    void profileOpened(const tba::ConnectionResult &result);

private:
    enum class Change
    {
        Input,
        Credential,
        Setting
    };

    void noteChange(Change change);
    void persistProgress();
    void resetTest();
    void applyDefaults();
    void scheduleLookup();
    /// Reads the edited profile's secrets from the keychain into the fields still empty.
    void reloadEditedCredentials();
    /// Sets openProblem() from a failed read of the secrets of profile `name`.
    void noteSecretsUnreadable(const QString &name, const ConnectionResult &result);
    std::optional<QList<QSslCertificate>> caCertificates(QString *error) const;
    ConnectionSettings connectionSettings() const;
    Profile buildProfile() const;
    void applyProfile(const Profile &profile);
    bool allChecked(const QList<ChecklistItem> &items) const;
    void onTestFinished(const ConnectionTestResult &result);
    /// Returns the network access manager of the services, or nullptr when there is none.
    QNetworkAccessManager *network() const;
    /// Returns the connection test, creating it on the first call.
    ConnectionTest &connectionTest();
    bool isTestRunning() const { return m_test && m_test->isRunning(); }

    WizardServices m_services;
    WizardProgress m_progress;
    Credentials m_credentials;
    std::optional<AccountId> m_account;

    AccountLookup m_lookup;
    QTimer m_lookupTimer;

    /// Created by the first test, because it needs the network access manager.
    std::unique_ptr<ConnectionTest> m_test;
    ConnectionTestModel m_testModel;
    ConnectionTestResult m_testResult;
    TestState m_testState = TestState::NotRun;
    QString m_testError;
    bool m_untestedSaveConfirmed = false;
    bool m_discardingTest = false;

    bool m_saving = false;
    bool m_saved = false;
    Profile m_savedProfile;
    bool m_dirty = false;
    QString m_openProblem;
};

} // namespace tba
