#include "core/credentials.h"

#include <algorithm>
#include <iterator>

namespace tba {
namespace {

bool isInvisibleMark(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF) || c == QChar(0x200E) ||
           c == QChar(0x200F);
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

QString describeCharacter(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString Credentials::value(CredentialField field) const
{
    switch (field) {
    case CredentialField::ConsumerKey:
        return consumerKey;
    case CredentialField::ConsumerSecret:
        return consumerSecret;
    case CredentialField::TokenId:
        return tokenId;
    case CredentialField::TokenSecret:
        return tokenSecret;
    }
    return QString();
}

void Credentials::setValue(CredentialField field, const QString &value)
{
    switch (field) {
    case CredentialField::ConsumerKey:
        consumerKey = value;
        break;
    case CredentialField::ConsumerSecret:
        consumerSecret = value;
        break;
    case CredentialField::TokenId:
        tokenId = value;
        break;
    case CredentialField::TokenSecret:
        tokenSecret = value;
        break;
    }
}

QString CredentialValidator::fieldName(CredentialField field)
{
    switch (field) {
    case CredentialField::ConsumerKey:
        return tr("Consumer Key");
    case CredentialField::ConsumerSecret:
        return tr("Consumer Secret");
    case CredentialField::TokenId:
        return tr("Token ID");
    case CredentialField::TokenSecret:
        return tr("Token Secret");
    }
    return QString();
}

QByteArray CredentialValidator::environmentVariable(CredentialField field)
{
    switch (field) {
    case CredentialField::ConsumerKey:
        return "NETSUITE_CONSUMER_KEY";
    case CredentialField::ConsumerSecret:
        return "NETSUITE_CONSUMER_SECRET";
    case CredentialField::TokenId:
        return "NETSUITE_TOKEN_ID";
    case CredentialField::TokenSecret:
        return "NETSUITE_TOKEN_SECRET";
    }
    return QByteArray();
}

QString CredentialValidator::normalize(const QString &pasted)
{
    qsizetype begin = 0;
    qsizetype end = pasted.size();
    while (begin < end && isInvisibleMark(pasted.at(begin)))
        ++begin;
    while (end > begin && isInvisibleMark(pasted.at(end - 1)))
        --end;
    return pasted.mid(begin, end - begin);
}

QList<CredentialIssue> CredentialValidator::checkValue(CredentialField field, const QString &value)
{
    using Severity = CredentialIssue::Severity;
    const QString name = fieldName(field);
    if (value.isEmpty()) {
        return {{field, Severity::Error,
                 tr("%1 is empty. Paste it from NetSuite; it is shown only once, when the record "
                    "is saved.")
                     .arg(name)}};
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isSpace()) {
            return {{field, Severity::Error,
                     tr("%1 contains whitespace at position %2. Copy the value again without "
                        "spaces or line breaks.")
                         .arg(name)
                         .arg(i + 1)}};
        }
        if (c.unicode() > 0x7E || c.unicode() < 0x21) {
            return {{field, Severity::Error,
                     tr("%1 contains the character %2 at position %3, which NetSuite never "
                        "issues. Copy the value again from NetSuite or from a plain-text editor.")
                         .arg(name, describeCharacter(c))
                         .arg(i + 1)}};
        }
    }
    const bool hexShape =
        value.size() == 64 && std::all_of(value.cbegin(), value.cend(), isHexDigit);
    if (!hexShape) {
        return {{field, Severity::Warning,
                 tr("%1 is %n characters long; NetSuite usually issues 64 hexadecimal characters. "
                    "Check that the whole value was copied.",
                    nullptr, static_cast<int>(value.size()))
                     .arg(name)}};
    }
    return {};
}

QList<CredentialIssue> CredentialValidator::check(const Credentials &credentials)
{
    using Severity = CredentialIssue::Severity;
    QList<CredentialIssue> issues;
    for (const CredentialField field : allCredentialFields)
        issues += checkValue(field, credentials.value(field));

    const QString &key = credentials.consumerKey;
    if (!key.isEmpty() && key == credentials.tokenId) {
        issues.append({CredentialField::TokenId, Severity::Error,
                       tr("Token ID is the same as the Consumer Key. Paste the Token ID from the "
                          "access token record, not from the integration record.")});
    }
    constexpr int fieldCount = int(std::size(allCredentialFields));
    for (int i = 0; i < fieldCount; ++i) {
        for (int j = i + 1; j < fieldCount; ++j) {
            const CredentialField first = allCredentialFields[i];
            const CredentialField second = allCredentialFields[j];
            if (first == CredentialField::ConsumerKey && second == CredentialField::TokenId)
                continue;
            const QString value = credentials.value(first);
            if (!value.isEmpty() && value == credentials.value(second)) {
                issues.append({second, Severity::Error,
                               tr("The %1 is the same as the %2. The four values must all be "
                                  "different, so copy the %1 again from NetSuite.")
                                   .arg(fieldName(second), fieldName(first))});
            }
        }
    }
    return issues;
}

bool CredentialValidator::hasErrors(const QList<CredentialIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const CredentialIssue &issue) { return issue.isError(); });
}

} // namespace tba
