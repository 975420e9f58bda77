#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace tba {

/// A decoded request parameter: name and value as UTF-8 bytes, before any percent-encoding.
using Parameter = QPair<QByteArray, QByteArray>;
using ParameterList = QList<Parameter>;

/// Returns the query parameters of `url` in order, form-decoded ("+" is a space), with repeated
/// names kept. A parameter without "=" has an empty value.
ParameterList queryParameters(const QUrl &url);

/// Returns the base string URI of RFC 5849 section 3.4.1.2: lowercase scheme and host, the port
/// only when it is not the scheme's default, the path exactly as it is sent ("/" when empty), and
/// no query or fragment.
QByteArray baseStringUri(const QUrl &url);

/// Returns the normalized parameter string of RFC 5849 section 3.4.1.3.2: each name and value
/// percent-encoded, sorted by name and then by value, joined as "name=value" with "&".
QByteArray normalizeParameters(const ParameterList &parameters);

/// Returns the signature base string of RFC 5849 section 3.4.1.1. `parameters` must contain every
/// parameter to sign: the query's, the oauth_* ones (without oauth_signature and realm) and, for a
/// form-encoded body only, the body's. The function encodes and sorts them and adds none.
QByteArray signatureBaseString(const QByteArray &method, const QUrl &url,
                               const ParameterList &parameters);

} // namespace tba
