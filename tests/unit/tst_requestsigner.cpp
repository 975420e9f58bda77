#include "core/oauthbasestring.h"
#include "core/requestsigner.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tba;

namespace {

// Oracle's example credentials for NetSuite Token-Based Authentication.
const Credentials oracleExample = {
    QStringLiteral("ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4"),
    QStringLiteral("d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5"),
    QStringLiteral("2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc"),
    QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295"),
};
constexpr qint64 exampleTimestamp = 1508242306;
const QByteArray exampleNonce = "fjaLirsIcCGVZWzBX0pg";

RequestSigner exampleSigner(const QString &realm)
{
    return RequestSigner(
        oracleExample, realm, [] { return exampleTimestamp; },
        []() -> std::optional<QByteArray> { return exampleNonce; });
}

// The request and credentials of RFC 5849 section 3.4.1.
const QByteArray rfcBaseString =
    "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%"
    "25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%"
    "26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%"
    "3Dkkk9d7dh3k39sjv7";

QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    const QRegularExpression pattern(QStringLiteral("%1=\"([^\"]*)\"").arg(QLatin1String(name)));
    return pattern.match(QString::fromLatin1(header)).captured(1).toLatin1();
}

} // namespace

class RequestSignerTest : public QObject
{
    Q_OBJECT

private slots:
    void rfc5849BaseString();
    void rfc5849Examples_data();
    void rfc5849Examples();
    void oauthlibHmacSha256Vector();
    void netSuiteVectors_data();
    void netSuiteVectors();
    void netSuiteNegativeVectorsDiffer_data();
    void netSuiteNegativeVectorsDiffer();
    void headerHasEveryParameter();
    void queryStaysOutOfHeader();
    void baseStringUriNormalizesHostAndPort_data();
    void baseStringUriNormalizesHostAndPort();
    void randomNonceIsAlphanumericAndFresh();
    void failedNonceSourceIsAnError();
};

void RequestSignerTest::rfc5849BaseString()
{
    const QUrl url(QStringLiteral("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"));
    ParameterList parameters = queryParameters(url);
    // The form-encoded body "c2&a3=2+q" is signed too.
    parameters += ParameterList{{"c2", ""}, {"a3", "2 q"}};
    parameters += ParameterList{{"oauth_consumer_key", "9djdj82h48djs9d2"},
                                {"oauth_token", "kkk9d7dh3k39sjv7"},
                                {"oauth_signature_method", "HMAC-SHA1"},
                                {"oauth_timestamp", "137131201"},
                                {"oauth_nonce", "7d8f3e4a"}};
    QCOMPARE(signatureBaseString("post", url, parameters), rfcBaseString);
}

void RequestSignerTest::rfc5849Examples_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<ParameterList>("oauthParameters");
    QTest::addColumn<QString>("tokenSecret");
    QTest::addColumn<QByteArray>("signature");

    // The three requests of RFC 5849 section 1.2, consumer secret "kd94hf93k423kf44".
    QTest::newRow("temporary credentials")
        << QByteArray("POST") << QStringLiteral("https://photos.example.net/initiate")
        << ParameterList{{"oauth_consumer_key", "dpf43f3p2l4k3l03"},
                         {"oauth_signature_method", "HMAC-SHA1"},
                         {"oauth_timestamp", "137131200"},
                         {"oauth_nonce", "wIjqoS"},
                         {"oauth_callback", "http://printer.example.com/ready"}}
        << QString() << QByteArray("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
    QTest::newRow("token credentials")
        << QByteArray("POST") << QStringLiteral("https://photos.example.net/token")
        << ParameterList{{"oauth_consumer_key", "dpf43f3p2l4k3l03"},
                         {"oauth_token", "hh5s93j4hdidpola"},
                         {"oauth_signature_method", "HMAC-SHA1"},
                         {"oauth_timestamp", "137131201"},
                         {"oauth_nonce", "walatlh"},
                         {"oauth_verifier", "hfdp7dh39dks9884"}}
        << QStringLiteral("hdhd0244k9j7ao03") << QByteArray("gKgrFCywp7rO0OXSjdot/IHF7IU=");
    QTest::newRow("protected resource")
        << QByteArray("GET")
        << QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original")
        << ParameterList{{"oauth_consumer_key", "dpf43f3p2l4k3l03"},
                         {"oauth_token", "nnch734d00sl2jdk"},
                         {"oauth_signature_method", "HMAC-SHA1"},
                         {"oauth_timestamp", "137131202"},
                         {"oauth_nonce", "chapoH"}}
        << QStringLiteral("pfkkdhi9sl3r4s00") << QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
}

void RequestSignerTest::rfc5849Examples()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(ParameterList, oauthParameters);
    QFETCH(QString, tokenSecret);
    QFETCH(QByteArray, signature);

    const QUrl requestUrl(url);
    const QByteArray baseString =
        signatureBaseString(method, requestUrl, queryParameters(requestUrl) + oauthParameters);
    const SignedRequest result = RequestSigner::signBaseString(
        SignatureMethod::HmacSha1, QStringLiteral("kd94hf93k423kf44"), tokenSecret, baseString);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.signature, signature);
}

void RequestSignerTest::oauthlibHmacSha256Vector()
{
    // oauthlib's test suite signs the RFC 5849 section 3.4.1 base string with these secrets;
    // the second one has spaces, which the key must carry as %20.
    const QString clientSecret = QStringLiteral("ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ");
    const QString ownerSecret = QStringLiteral("just-a-string    asdasd");
    const SignedRequest sha256 = RequestSigner::signBaseString(
        SignatureMethod::HmacSha256, clientSecret, ownerSecret, rfcBaseString);
    QVERIFY2(sha256.ok(), qPrintable(sha256.error));
    QCOMPARE(sha256.signature, QByteArray("wdfdHUKXHbOnOGZP8WFAWMSAmWzN3EVBWWgXGlC/Eo4="));

    const SignedRequest sha1 = RequestSigner::signBaseString(
        SignatureMethod::HmacSha1, clientSecret, ownerSecret, rfcBaseString);
    QCOMPARE(sha1.signature, QByteArray("wsdNmjGB7lvis0UJuPAmjvX/PXw="));
}

void RequestSignerTest::netSuiteVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("record get") << QByteArray("GET")
                                << QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com/"
                                                  "services/rest/record/v1/customer?limit=1")
                                << QStringLiteral("1234567_SB1")
                                << QByteArray("pCtsiEsCvgZeR9YTRhZvMnWPpgWcIDNNED92pVIC+w4=");
    QTest::newRow("suiteql post") << QByteArray("POST")
                                  << QStringLiteral(
                                         "https://1234567-sb1.suitetalk.api.netsuite.com/"
                                         "services/rest/query/v1/suiteql?limit=5&offset=0")
                                  << QStringLiteral("1234567_SB1")
                                  << QByteArray("KJPHis32BzKmSJfD2FeQasZffMUd/PqYXg/w2Xr35eE=");
    QTest::newRow("production metadata")
        << QByteArray("GET")
        << QStringLiteral("https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/"
                          "metadata-catalog")
        << QStringLiteral("1234567") << QByteArray("X5YYbbqx9hswouZtf3xaZq/eZmq9K7VI145RNirEG8A=");
    QTest::newRow("lowercase method")
        << QByteArray("get")
        << QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite"
                          ".com/services/rest/record/v1/customer?limit=1")
        << QStringLiteral("1234567_SB1")
        << QByteArray("pCtsiEsCvgZeR9YTRhZvMnWPpgWcIDNNED92pVIC+w4=");
    QTest::newRow("default port and uppercase host")
        << QByteArray("GET")
        << QStringLiteral("https://1234567-SB1.SuiteTalk.api.netsuite.com:443/services/rest/record/"
                          "v1/customer?limit=1")
        << QStringLiteral("1234567_SB1")
        << QByteArray("pCtsiEsCvgZeR9YTRhZvMnWPpgWcIDNNED92pVIC+w4=");
}

void RequestSignerTest::netSuiteVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, realm);
    QFETCH(QByteArray, signature);

    const SignedRequest result = exampleSigner(realm).sign(method, QUrl(url));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.signature, signature);
    QCOMPARE(headerParameter(result.authorization, "oauth_signature"),
             QUrl::toPercentEncoding(QString::fromLatin1(signature)));
}

void RequestSignerTest::netSuiteNegativeVectorsDiffer_data()
{
    QTest::addColumn<QByteArray>("wrongSignature");
    QTest::newRow("query left out") << QByteArray("hZJ7mBloJDMr4EL480hcq4Lw4P9lhsuO4sMAqZbCQ5U=");
    QTest::newRow("realm signed") << QByteArray("80ny4DChiOCB7FeBo8ZCmQJdnYPncDwRVkDch05wqo0=");
}

void RequestSignerTest::netSuiteNegativeVectorsDiffer()
{
    QFETCH(QByteArray, wrongSignature);
    const SignedRequest result =
        exampleSigner(QStringLiteral("1234567_SB1"))
            .sign("GET", QUrl(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite."
                                             "com/services/rest/record/v1/customer?limit=1")));
    QVERIFY(result.ok());
    QVERIFY(result.signature != wrongSignature);
    QVERIFY(!result.baseString.contains("realm"));
}

void RequestSignerTest::headerHasEveryParameter()
{
    const SignedRequest result =
        exampleSigner(QStringLiteral("1234567_SB1"))
            .sign("GET", QUrl(QStringLiteral("https://1234567-sb1.suitetalk.api.netsuite.com/x")));
    QVERIFY(result.authorization.startsWith("OAuth realm=\"1234567_SB1\", "));
    QCOMPARE(headerParameter(result.authorization, "oauth_consumer_key"),
             oracleExample.consumerKey.toLatin1());
    QCOMPARE(headerParameter(result.authorization, "oauth_token"),
             oracleExample.tokenId.toLatin1());
    QCOMPARE(headerParameter(result.authorization, "oauth_signature_method"),
             QByteArray("HMAC-SHA256"));
    QCOMPARE(headerParameter(result.authorization, "oauth_timestamp"), QByteArray("1508242306"));
    QCOMPARE(headerParameter(result.authorization, "oauth_nonce"), exampleNonce);
    QCOMPARE(headerParameter(result.authorization, "oauth_version"), QByteArray("1.0"));
    QVERIFY(!result.authorization.contains(oracleExample.consumerSecret.toLatin1()));
    QVERIFY(!result.authorization.contains(oracleExample.tokenSecret.toLatin1()));
    QVERIFY(!result.authorization.contains('\n'));
}

void RequestSignerTest::queryStaysOutOfHeader()
{
    const SignedRequest result =
        exampleSigner(QStringLiteral("1234567"))
            .sign("GET", QUrl(QStringLiteral("https://h.example/p?limit=1&q=a%20b")));
    QVERIFY(!result.authorization.contains("limit"));
    QVERIFY(result.baseString.contains("limit%3D1"));
    QVERIFY(result.baseString.contains("q%3Da%2520b"));
}

void RequestSignerTest::baseStringUriNormalizesHostAndPort_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("uppercase scheme and host")
        << "HTTPS://Example.COM/Path" << QByteArray("https://example.com/Path");
    QTest::newRow("default https port")
        << "https://example.com:443/a" << QByteArray("https://example.com/a");
    QTest::newRow("default http port")
        << "http://example.com:80/a" << QByteArray("http://example.com/a");
    QTest::newRow("other port kept")
        << "https://example.com:8443/a" << QByteArray("https://example.com:8443/a");
    QTest::newRow("empty path") << "https://example.com" << QByteArray("https://example.com/");
    QTest::newRow("encoded path kept") << "https://example.com/a%20b/!transform"
                                       << QByteArray("https://example.com/a%20b/!transform");
    QTest::newRow("query and fragment dropped")
        << "https://example.com/a?b=c#d" << QByteArray("https://example.com/a");
}

void RequestSignerTest::baseStringUriNormalizesHostAndPort()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(baseStringUri(QUrl(url)), expected);
}

void RequestSignerTest::randomNonceIsAlphanumericAndFresh()
{
    const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]{20,}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::optional<QByteArray> nonce = RequestSigner::randomNonce();
        QVERIFY(nonce.has_value());
        QVERIFY2(alphanumeric.match(QString::fromLatin1(*nonce)).hasMatch(), nonce->constData());
        seen.insert(*nonce);
    }
    QCOMPARE(seen.size(), 1000);

    const RequestSigner signer(oracleExample, QStringLiteral("1234567"));
    const QUrl url(QStringLiteral("https://1234567.suitetalk.api.netsuite.com/x"));
    QVERIFY(headerParameter(signer.sign("GET", url).authorization, "oauth_nonce") !=
            headerParameter(signer.sign("GET", url).authorization, "oauth_nonce"));
}

void RequestSignerTest::failedNonceSourceIsAnError()
{
    const RequestSigner signer(
        oracleExample, QStringLiteral("1234567"), [] { return qint64(1); },
        []() -> std::optional<QByteArray> { return std::nullopt; });
    const SignedRequest result = signer.sign("GET", QUrl(QStringLiteral("https://a.example/")));
    QVERIFY(!result.ok());
    QVERIFY(result.authorization.isEmpty());
    QVERIFY(result.error.contains(QLatin1String("nonce")));
}

QTEST_GUILESS_MAIN(RequestSignerTest)
#include "tst_requestsigner.moc"
