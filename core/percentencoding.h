#pragma once

#include <QByteArray>

namespace tba {

/// Percent-encodes UTF-8 bytes as RFC 3986 section 2.1 and RFC 5849 section 3.6 require: every byte
/// except ALPHA, DIGIT, "-", ".", "_" and "~" becomes "%XX" with uppercase hex, so a space is
/// "%20".
QByteArray percentEncode(const QByteArray &utf8);

/// Decodes an application/x-www-form-urlencoded component: "+" becomes a space and "%XX" a byte.
/// A "%" not followed by two hex digits is kept as it is, as browsers and Python's unquote do.
QByteArray formDecode(const QByteArray &encoded);

} // namespace tba
