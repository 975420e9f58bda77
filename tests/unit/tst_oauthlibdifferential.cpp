// Signs a few hundred generated requests with our signer and with python3-oauthlib, and requires
// both to produce the same base string and signature for every one.

#include "core/percentencoding.h"
#include "core/requestsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace tba;

namespace {

constexpr int requestCount = 400;
const QString oauthlibScript = QStringLiteral(TBA_TEST_SOURCE_DIR "/tools/oauthlib_sign.py");

struct GeneratedRequest
{
    QByteArray method;
    QUrl url;
    Credentials credentials;
    QString realm;
    QByteArray nonce;
    qint64 timestamp = 0;
};

/// Builds random requests whose values stress the encoding rules.
class RequestGenerator
{
public:
    explicit RequestGenerator(quint32 seed) : m_random(seed) {}

    GeneratedRequest next()
    {
        GeneratedRequest request;
        request.method = pick<QByteArray>({"GET", "POST", "PUT", "PATCH", "DELETE", "get"});
        request.url = QUrl(QString::fromLatin1(host() + path() + query()), QUrl::StrictMode);
        request.credentials = {secretLike(), secretLike(), secretLike(), secretLike()};
        request.realm = pick<QString>({QStringLiteral("1234567"), QStringLiteral("1234567_SB1"),
                                       QStringLiteral("TSTDRV7654321")});
        request.nonce = alphanumeric(20 + int(m_random.bounded(13)));
        request.timestamp = 1500000000 + qint64(m_random.bounded(300000000));
        return request;
    }

private:
    template <typename T>
    T pick(std::initializer_list<T> values)
    {
        return *(values.begin() + m_random.bounded(int(values.size())));
    }

    QByteArray alphanumeric(int length)
    {
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QByteArray out;
        for (int i = 0; i < length; ++i)
            out += alphabet.at(m_random.bounded(int(alphabet.size())));
        return out;
    }

    QByteArray host()
    {
        return pick<QByteArray>({"https://1234567.suitetalk.api.netsuite.com",
                                 "https://1234567-SB1.SuiteTalk.api.netsuite.com",
                                 "HTTPS://tstdrv7654321.suitetalk.api.netsuite.com:443",
                                 "https://127.0.0.1:8443", "http://localhost:8080",
                                 "http://example.com:80"});
    }

    QByteArray path()
    {
        QByteArray out = "/services/rest/record/v1";
        const int segments = int(m_random.bounded(4));
        for (int i = 0; i < segments; ++i) {
            out += '/' + pick<QByteArray>({"customer", "salesOrder", "42", "!transform",
                                           "itemFulfillment", "a%20b", "caf%C3%A9", "~user", "x(1)",
                                           "it's", "semi;colon", "a+b", "%7Ename"});
        }
        return out;
    }

    /// Returns a value drawn from characters that encoding rules treat differently.
    QString value()
    {
        static const QStringList pieces = {
            QStringLiteral("a"), QStringLiteral("Z9"),  QStringLiteral(" "), QStringLiteral("+"),
            QStringLiteral("~"), QStringLiteral("!"),   QStringLiteral("*"), QStringLiteral("'"),
            QStringLiteral("("), QStringLiteral(")"),   QStringLiteral("&"), QStringLiteral("="),
            QStringLiteral("%"), QStringLiteral("/"),   QStringLiteral("?"), QStringLiteral(":"),
            QStringLiteral("@"), QStringLiteral("-._"), QStringLiteral("é"), QStringLiteral("日本"),
            QStringLiteral("😀"), QStringLiteral("\""),  QStringLiteral("#"), QStringLiteral(","),
        };
        QString out;
        const int length = int(m_random.bounded(6));
        for (int i = 0; i < length; ++i)
            out += pieces.at(m_random.bounded(int(pieces.size())));
        return out;
    }

    /// Encodes one query component as a client might: spaces as "+" or "%20", and the
    /// sub-delimiters !*'() and ~ either raw or escaped.
    QByteArray encodeComponent(const QString &text)
    {
        QByteArray out;
        for (const QChar c : text) {
            const QByteArray utf8 = QString(c).toUtf8();
            if (c == QLatin1Char(' ')) {
                out += m_random.bounded(2) ? "+" : "%20";
            } else if (QByteArrayLiteral("!*'()~").contains(utf8) && m_random.bounded(2)) {
                out += utf8;
            } else {
                out += percentEncode(utf8);
            }
        }
        return out;
    }

    QByteArray query()
    {
        const int count = int(m_random.bounded(6));
        if (count == 0)
            return QByteArray();
        QByteArray out = "?";
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                out += '&';
            out += encodeComponent(
                pick<QString>({QStringLiteral("limit"), QStringLiteral("q"), QStringLiteral("a"),
                               QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("é"),
                               QStringLiteral("x+y")}));
            const int form = int(m_random.bounded(6));
            if (form == 0)
                continue; // a name without "="
            out += '=';
            if (form == 1)
                continue; // an empty value
            out += encodeComponent(value());
        }
        return out;
    }

    QString secretLike()
    {
        if (m_random.bounded(3))
            return QString::fromLatin1(alphanumeric(64));
        return QString::fromLatin1(alphanumeric(8)) + value();
    }

    QRandomGenerator m_random;
};

QJsonObject toJson(const GeneratedRequest &request)
{
    return {
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), QString::fromLatin1(request.url.toEncoded())},
        {QStringLiteral("consumer_key"), request.credentials.consumerKey},
        {QStringLiteral("consumer_secret"), request.credentials.consumerSecret},
        {QStringLiteral("token"), request.credentials.tokenId},
        {QStringLiteral("token_secret"), request.credentials.tokenSecret},
        {QStringLiteral("nonce"), QString::fromLatin1(request.nonce)},
        {QStringLiteral("timestamp"), QString::number(request.timestamp)},
        {QStringLiteral("realm"), request.realm},
    };
}

} // namespace

class OauthlibDifferentialTest : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithOauthlib();
};

void OauthlibDifferentialTest::agreesWithOauthlib()
{
    RequestGenerator generator(20261204);
    QList<GeneratedRequest> requests;
    QJsonArray input;
    for (int i = 0; i < requestCount; ++i) {
        requests << generator.next();
        QVERIFY2(requests.last().url.isValid(), qPrintable(requests.last().url.errorString()));
        input.append(toJson(requests.last()));
    }

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {oauthlibScript});
    QVERIFY2(python.waitForStarted(), qPrintable(python.errorString()));
    python.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray output = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(output.size(), requestCount);

    int withPlus = 0, withNonAscii = 0, withRepeatedName = 0, withTransform = 0, withEmpty = 0;
    for (int i = 0; i < requestCount; ++i) {
        const GeneratedRequest &request = requests.at(i);
        const QByteArray sentUrl = request.url.toEncoded();
        const RequestSigner signer(
            request.credentials, request.realm, [&] { return request.timestamp; },
            [&]() -> std::optional<QByteArray> { return request.nonce; });
        const SignedRequest ours = signer.sign(request.method, request.url);
        QVERIFY2(ours.ok(), qPrintable(ours.error));

        const QJsonObject theirs = output.at(i).toObject();
        const QByteArray context =
            "request " + QByteArray::number(i) + ": " + request.method + ' ' + sentUrl;
        QVERIFY2(ours.baseString == theirs.value(QLatin1String("base_string")).toString().toUtf8(),
                 context.constData());
        QVERIFY2(ours.signature == theirs.value(QLatin1String("signature")).toString().toLatin1(),
                 context.constData());

        const QByteArray query = request.url.query(QUrl::FullyEncoded).toLatin1();
        withPlus += query.contains('+');
        withNonAscii += query.contains("%C3%A9") || query.contains("%F0%9F");
        withRepeatedName += query.count("a=") + query.count("&a&") > 1;
        withTransform += sentUrl.contains("!transform");
        withEmpty += query.contains("=&") || query.endsWith('=');
    }
    // The generator must keep producing the hard cases, or agreement proves little.
    QVERIFY(withPlus > 20);
    QVERIFY(withNonAscii > 20);
    QVERIFY(withRepeatedName > 10);
    QVERIFY(withTransform > 20);
    QVERIFY(withEmpty > 10);
}

QTEST_GUILESS_MAIN(OauthlibDifferentialTest)
#include "tst_oauthlibdifferential.moc"
