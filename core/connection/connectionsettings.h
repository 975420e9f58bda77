#pragma once

#include "core/accountid.h"
#include "core/credentials.h"
#include "core/requestsigner.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace tba {

/// Everything a ConnectionTest needs to know before it starts. A plain value: copy it freely.
struct ConnectionSettings
{
    /// The account ID as the administrator typed it; ConnectionTest parses and validates it.
    QString accountInput;
    /// The four credential values, normalized or not; ConnectionTest normalizes and validates them.
    Credentials credentials;

    /// Scheme and host of the data-center lookup, "https://rest.netsuite.com" by default. The
    /// request goes to "<lookupBaseUrl>/rest/datacenterurls?account=<REALM>".
    QUrl lookupBaseUrl = defaultLookupBaseUrl();
    /// When set, replaces the REST domain (webservicesDomain) and the lookup is skipped.
    QUrl restBaseUrlOverride;

    /// Extra trusted certificate authorities, for example a corporate TLS-inspecting proxy's, added
    /// to the system's. Verification is always on; there is no setting that turns it off.
    QList<QSslCertificate> extraCaCertificates;

    /// Time allowed for each request, from sending it to the end of its (bounded) body.
    int requestTimeoutMs = 20000;
    /// The most of a response body that is kept; the rest is discarded unread.
    qint64 maxBodyBytes = 1024 * 1024;
    /// The maximum number of permission probes in flight at once. NetSuite accounts have low
    /// concurrency limits.
    int maxConcurrentProbes = 4;

    /// The integration whose permissions are audited: an IntegrationPreset id such as "aftership".
    QString presetId = QStringLiteral("aftership");

    /// The clock and nonce source used for signing and for the clock check. Tests inject them.
    RequestSigner::Clock clock = RequestSigner::systemClock;
    RequestSigner::NonceSource nonceSource = RequestSigner::randomNonce;

    static QUrl defaultLookupBaseUrl() { return QUrl(QStringLiteral("https://rest.netsuite.com")); }

    /// Returns true when lookupBaseUrl is NetSuite's own lookup. Only then may a failed lookup
    /// fall back to the host built from the account ID: a lookup pointed elsewhere (a test server,
    /// a proxy) must never lead to a request to NetSuite's real hosts.
    bool usesDefaultLookup() const;
};

/// Checks an address given in place of one of NetSuite's: the REST base URL, which replaces the
/// looked-up REST domain, and the data-center lookup URL. The command line and the wizard share
/// these rules, so that a connection one of them tests can always be saved.
class ServiceUrl
{
    Q_DECLARE_TR_FUNCTIONS(tba::ServiceUrl)

public:
    enum class Kind
    {
        RestBase, ///< a domain only: the test adds "/services/rest/..." itself
        Lookup,   ///< may have a path, which "/rest/datacenterurls" is appended to
    };

    /// Parses `text` as an absolute https address with a host and without a user name, password,
    /// query or fragment. A RestBase address also has no path beyond "/". On failure, returns
    /// nothing and sets `error` to a message that starts "Invalid <label>". The message names the
    /// value without its user name and password, and the fix.
    static std::optional<QUrl> parse(const QString &text, Kind kind, const QString &label,
                                     QString *error);

    /// Returns `text` with any user name and password removed from its authority.
    static QString withoutUserInfo(const QString &text);

    /// Returns a valid address of `kind` for messages, such as https://rest.netsuite.com.
    static QString example(Kind kind);
};

/// Reads certificate authorities from a PEM file, for ConnectionSettings::extraCaCertificates.
class CaFileLoader
{
    Q_DECLARE_TR_FUNCTIONS(tba::CaFileLoader)

public:
    /// Returns the certificates in `path`, or nothing with `error` set when the file cannot be read
    /// or contains no PEM certificate.
    static std::optional<QList<QSslCertificate>> load(const QString &path, QString *error);
};

} // namespace tba
