#include "core/percentencoding.h"

#include <QtTest>

using tba::formDecode;
using tba::percentEncode;

class PercentEncodingTest : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void roundTripsEveryByte();
};

void PercentEncodingTest::encode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unreserved kept") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~");
    QTest::newRow("space is %20") << QByteArray("a b") << QByteArray("a%20b");
    QTest::newRow("plus encoded") << QByteArray("a+b") << QByteArray("a%2Bb");
    QTest::newRow("sub-delims encoded") << QByteArray("!*'()") << QByteArray("%21%2A%27%28%29");
    QTest::newRow("gen-delims encoded")
        << QByteArray(":/?#[]@") << QByteArray("%3A%2F%3F%23%5B%5D%40");
    QTest::newRow("percent encoded") << QByteArray("%") << QByteArray("%25");
    QTest::newRow("uppercase hex for utf-8")
        << QString::fromUtf8("é").toUtf8() << QByteArray("%C3%A9");
    QTest::newRow("nul and high bytes") << QByteArray("\x00\xff", 2) << QByteArray("%00%FF");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void PercentEncodingTest::encode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(percentEncode(input), expected);
}

void PercentEncodingTest::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plus is space") << QByteArray("a+b") << QByteArray("a b");
    QTest::newRow("escaped plus") << QByteArray("a%2Bb") << QByteArray("a+b");
    QTest::newRow("lowercase hex") << QByteArray("%c3%a9") << QString::fromUtf8("é").toUtf8();
    QTest::newRow("double escape decoded once") << QByteArray("%253D") << QByteArray("%3D");
    QTest::newRow("lone percent kept") << QByteArray("100%") << QByteArray("100%");
    QTest::newRow("bad hex kept") << QByteArray("%zz%4") << QByteArray("%zz%4");
}

void PercentEncodingTest::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(formDecode(input), expected);
}

void PercentEncodingTest::roundTripsEveryByte()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    const QByteArray encoded = percentEncode(all);
    QCOMPARE(formDecode(encoded), all);
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains(' '));
}

QTEST_GUILESS_MAIN(PercentEncodingTest)
#include "tst_percentencoding.moc"
