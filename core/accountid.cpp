#include "core/accountid.h"

#include <QRegularExpression>

namespace tba {
namespace {

const QString &exampleText()
{
    static const QString text = QStringLiteral("1234567, 1234567_SB1 or TSTDRV1234567");
    return text;
}

bool looksLikeAddress(const QString &text)
{
    return text.contains(QLatin1String("://")) || text.contains(QLatin1Char('.')) ||
           text.contains(QLatin1Char('/'));
}

/// Returns `value` shortened for quoting in a message: whole up to 60 characters, otherwise its
/// first 40 and last 15 around an ellipsis, so that a long paste keeps the message readable.
QString quotable(const QString &value)
{
    constexpr qsizetype maxLength = 60;
    if (value.size() <= maxLength)
        return value;
    return value.left(40) + QChar(0x2026) + value.right(15);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<AccountId> AccountId::parse(const QString &input, QString *error)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("The account ID is empty. Copy it from Setup > Company > Company "
                           "Information, for example %1.")
                            .arg(exampleText()));
        return std::nullopt;
    }
    if (looksLikeAddress(trimmed))
        return parseAddress(trimmed, error);
    return parseBareId(trimmed, trimmed, error);
}

std::optional<AccountId> AccountId::parseBareId(const QString &id, const QString &input,
                                                QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(TSTDRV)?([0-9]{4,10})(?:[_-](SB[0-9]{1,3}|RP[0-9]{0,2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch()) {
        QString hint;
        static const QRegularExpression digitsThenSuffix(
            QStringLiteral("^[0-9]+[_-]([A-Za-z0-9]*)$"));
        const QRegularExpressionMatch suffix = digitsThenSuffix.match(id);
        if (suffix.hasMatch()) {
            hint = tr(" The part after the number must be SB followed by the sandbox number "
                      "(such as _SB1) or RP for a release preview.");
        } else if (id.contains(QRegularExpression(QStringLiteral("\\s")))) {
            hint = tr(" It must not contain spaces; use an underscore, as in 1234567_SB1.");
        }
        setError(error, tr("\"%1\" is not a NetSuite account ID.%2 Use the Account ID from "
                           "Setup > Company > Company Information, for example %3.")
                            .arg(quotable(input), hint, exampleText()));
        return std::nullopt;
    }

    const QString suffix = match.captured(3).toUpper();
    QString realm = match.captured(1).toUpper() + match.captured(2);
    AccountKind kind = AccountKind::Production;
    if (!match.captured(1).isEmpty()) {
        if (!suffix.isEmpty()) {
            setError(error, tr("\"%1\" is not a NetSuite account ID: a test drive account "
                               "(TSTDRV) has no sandbox or release preview. Use %2.")
                                .arg(quotable(input), realm));
            return std::nullopt;
        }
        kind = AccountKind::TestDrive;
    } else if (suffix.startsWith(QLatin1String("SB"))) {
        kind = AccountKind::Sandbox;
    } else if (suffix.startsWith(QLatin1String("RP"))) {
        kind = AccountKind::ReleasePreview;
    }
    if (!suffix.isEmpty())
        realm += QLatin1Char('_') + suffix;
    return AccountId(realm, kind);
}

std::optional<AccountId> AccountId::parseAddress(const QString &address, QString *error)
{
    QString withScheme = address;
    if (!address.contains(QLatin1String("://")))
        withScheme.prepend(QLatin1String("https://"));
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty()) {
        setError(error, tr("\"%1\" is neither a NetSuite account ID nor a NetSuite address. Use "
                           "the Account ID from Setup > Company > Company Information, for "
                           "example %2.")
                            .arg(quotable(address), exampleText()));
        return std::nullopt;
    }
    if (!host.endsWith(QLatin1String(".netsuite.com"))) {
        setError(error, tr("\"%1\" is not a NetSuite address (the host %2 is not under "
                           "netsuite.com). Paste the Account ID itself, for example %3.")
                            .arg(quotable(address), quotable(host), exampleText()));
        return std::nullopt;
    }
    const QString label = host.section(QLatin1Char('.'), 0, 0);
    QString labelError;
    std::optional<AccountId> id = parseBareId(label, label, &labelError);
    if (!id) {
        setError(error, tr("The address \"%1\" does not start with an account ID (it starts with "
                           "\"%2\"). Open NetSuite from your account's own link, such as "
                           "https://1234567.app.netsuite.com, or paste the Account ID itself, "
                           "for example %3.")
                            .arg(quotable(address), quotable(label), exampleText()));
    }
    return id;
}

QString AccountId::hostLabel() const
{
    return m_realm.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString AccountId::kindName() const
{
    switch (m_kind) {
    case AccountKind::Production:
        return tr("production");
    case AccountKind::Sandbox:
        return tr("sandbox");
    case AccountKind::ReleasePreview:
        return tr("release preview");
    case AccountKind::TestDrive:
        return tr("test drive");
    }
    return QString();
}

QUrl AccountId::domainUrl(const char *suffix) const
{
    return QUrl(QStringLiteral("https://") + hostLabel() + QLatin1String(suffix));
}

QUrl AccountId::restBaseUrl() const
{
    return domainUrl(".suitetalk.api.netsuite.com");
}

QUrl AccountId::restletBaseUrl() const
{
    return domainUrl(".restlets.api.netsuite.com");
}

QUrl AccountId::uiBaseUrl() const
{
    return domainUrl(".app.netsuite.com");
}

} // namespace tba
