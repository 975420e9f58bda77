#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tba {

/// The first invalid field of a profile: its name in the file format, such as "accountId", and a
/// message that names the value and states what is expected.
struct FieldProblem
{
    QString field;
    QString message;
};

/// Checks the values of a profile, the same way for a profile being saved and one being imported.
class ProfileValidation
{
    Q_DECLARE_TR_FUNCTIONS(tba::ProfileValidation)

public:
    static constexpr int maxTextLength = 256;
    static constexpr int maxSummaryLength = 2000;

    /// Returns the first problem in field order, or nothing when every field is valid.
    static std::optional<FieldProblem> check(const Profile &profile);

    /// Returns the problem with a domain from the data-center lookup: an https URL with a host
    /// under netsuite.com, or a loopback host (127.0.0.0/8, ::1, localhost) for the local
    /// emulator, and nothing after the host and port. An empty URL is valid.
    static std::optional<QString> checkDomain(const QUrl &domain);

    /// Checks a domain as written in a file, and names it as written in the message.
    static std::optional<QString> checkDomainText(const QString &text);

private:
    static std::optional<QString> checkDomain(const QUrl &domain, const QString &text);
};

} // namespace tba
