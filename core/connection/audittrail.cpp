#include "core/connection/audittrail.h"

namespace tba {
namespace {

struct DetailEntry
{
    const char *detail;
    const char *id;
    const char *summary;
    const char *fix;
    const char *menuPath;
    WizardStep step;
};

// Detail values from NetSuite's "Troubleshoot Token-based Authentication" (subsect_156935170194).
const DetailEntry entries[] = {
    {"InvalidSignature", "audit-invalid-signature",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "The signature did not match: the Consumer Secret or Token Secret is wrong "
                       "or the two were swapped, or the account ID differs from the account the "
                       "token belongs to."),
     QT_TRANSLATE_NOOP(
         "tba::LoginAuditTrailDecoder",
         "Paste both secrets again into their own fields and check that the account "
         "ID matches exactly, including a sandbox's _SB1 suffix. If a secret is lost, "
         "create a new access token."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder", "Setup > Users/Roles > Access Tokens > New"),
     WizardStep::AccessToken},
    {"InvalidTimestamp", "audit-invalid-timestamp",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "The request's time was more than 5 minutes off NetSuite's clock."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Set this computer's clock to synchronize automatically and check its time "
                       "zone setting, then test again."),
     "", WizardStep::None},
    {"NonceUsed", "audit-nonce-used",
     QT_TRANSLATE_NOOP(
         "tba::LoginAuditTrailDecoder",
         "The same nonce and timestamp reached NetSuite twice: something between this "
         "computer and NetSuite replayed the request."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Test again. If it repeats, ask your network team whether a proxy retries "
                       "requests; the credentials themselves are not at fault."),
     "", WizardStep::None},
    {"consumer_key_unknown", "audit-consumer-key-unknown",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "NetSuite knows no integration with this Consumer Key in this account: the "
                       "key is wrong, or the integration record was deleted or made in another "
                       "account."),
     QT_TRANSLATE_NOOP(
         "tba::LoginAuditTrailDecoder",
         "Paste the Consumer Key again. If it is lost, reset the credentials on the "
         "integration record (this invalidates the old ones) and create a new token."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder", "Setup > Integration > Manage Integrations"),
     WizardStep::IntegrationRecord},
    {"consumer_key_refused", "audit-consumer-key-refused",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "The integration record is Blocked, or Token-Based Authentication is not "
                       "checked on it."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Open the integration record, set State to Enabled and check "
                       "Token-Based Authentication under Authentication."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder", "Setup > Integration > Manage Integrations"),
     WizardStep::IntegrationRecord},
    {"FeatureDisabled", "audit-feature-disabled",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "The Token-Based Authentication feature is off in this account."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Check Token-Based Authentication under SuiteCloud > Manage Authentication "
                       "and save."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Setup > Company > Enable Features > SuiteCloud"),
     WizardStep::Features},
    {"MissingTokenPassportRequiredFields", "audit-missing-fields",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "A required OAuth field was missing from the request: something between "
                       "this computer and NetSuite removed or rewrote the Authorization header."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Ask your network team whether a proxy rewrites Authorization headers, and "
                       "test from another network."),
     "", WizardStep::None},
    {"nonce_rejected", "audit-nonce-rejected",
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "NetSuite rejected the nonce as too short or malformed. This program sends "
                       "24 letters and digits, so the request was altered on the way."),
     QT_TRANSLATE_NOOP("tba::LoginAuditTrailDecoder",
                       "Ask your network team whether a proxy rewrites Authorization headers."),
     "", WizardStep::None},
};

} // namespace

std::optional<Cause> LoginAuditTrailDecoder::decode(const QString &detail)
{
    const QString wanted = detail.trimmed();
    for (const DetailEntry &entry : entries) {
        if (wanted.compare(QLatin1String(entry.detail), Qt::CaseInsensitive) != 0)
            continue;
        Cause cause;
        cause.id = QString::fromLatin1(entry.id);
        cause.summary = tr(entry.summary);
        cause.fix = tr(entry.fix);
        if (*entry.menuPath)
            cause.menuPath = tr(entry.menuPath);
        cause.wizardStep = entry.step;
        return cause;
    }
    return std::nullopt;
}

QStringList LoginAuditTrailDecoder::knownDetails()
{
    QStringList details;
    for (const DetailEntry &entry : entries)
        details << QString::fromLatin1(entry.detail);
    return details;
}

} // namespace tba
