#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QUrl>

class QSettings;

namespace tba {

/// Settings the administrator rarely changes, kept behind the Advanced button.
struct AdvancedSettings
{
    Q_DECLARE_TR_FUNCTIONS(tba::AdvancedSettings)

public:
    static constexpr int defaultTimeoutSeconds = 20;
    static constexpr int minTimeoutSeconds = 1;
    static constexpr int maxTimeoutSeconds = 300;

    /// A PEM file of extra certificate authorities, such as a TLS-inspecting proxy's. Empty: none.
    QString caFile;
    /// Replaces the REST domain from the data-center lookup. Empty: use the lookup.
    QUrl restBaseUrl;
    /// The address the data-center lookup is sent to. Empty: https://rest.netsuite.com.
    QUrl lookupBaseUrl;
    int timeoutSeconds = defaultTimeoutSeconds;

    /// Returns a message naming the first invalid setting, or an empty string.
    QString validate() const;

    bool operator==(const AdvancedSettings &other) const;
};

/// The part of the wizard's input that is kept between runs so that a half-finished setup
/// resumes where it stopped. It contains no secret: the four credentials stay in memory until they
/// are saved to the keychain.
struct WizardProgress
{
    QString accountInput;
    QString presetId;
    QString profileName;
    QString integrationName;
    bool reuseExistingIntegration = false;
    QString roleName;
    QSet<QString> checkedItems;
    /// The page shown when the wizard was closed, by WizardPageId value.
    int currentPage = 0;
    /// The saved profile being edited; empty for a new connection.
    QString editedProfile;
    AdvancedSettings advanced;

    /// Reads the progress from `settings`; a missing value keeps its default.
    static WizardProgress load(QSettings &settings);
    void save(QSettings &settings) const;
    /// Removes the setup progress for a new setup. The advanced settings stay, because they
    /// describe the network rather than one setup.
    static void clear(QSettings &settings);
};

} // namespace tba
