// The window icon compiled into the program, compared with the SVG it is rendered from.
#include "ui/applicationicon.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtTest>

namespace {

QImage renderSvg(int size)
{
    QSvgRenderer renderer(QStringLiteral(TBA_TEST_SOURCE_DIR "/../resources/app-icon.svg"));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

/// Returns the largest difference of one channel between two images of the same size.
int maxChannelDifference(const QImage &first, const QImage &second)
{
    const QImage a = first.convertToFormat(QImage::Format_ARGB32);
    const QImage b = second.convertToFormat(QImage::Format_ARGB32);
    int difference = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            difference = qMax(difference, qAbs(qRed(p) - qRed(q)));
            difference = qMax(difference, qAbs(qGreen(p) - qGreen(q)));
            difference = qMax(difference, qAbs(qBlue(p) - qBlue(q)));
            difference = qMax(difference, qAbs(qAlpha(p) - qAlpha(q)));
        }
    }
    return difference;
}

} // namespace

class ApplicationIconTest : public QObject
{
    Q_OBJECT

private slots:
    void hasWindowManagerSizes();
    void pixelsMatchSvg_data();
    void pixelsMatchSvg();
};

void ApplicationIconTest::hasWindowManagerSizes()
{
    QList<QSize> sizes = tba::applicationIcon().availableSizes();
    std::sort(sizes.begin(), sizes.end(),
              [](const QSize &a, const QSize &b) { return a.width() < b.width(); });
    const QList<QSize> expected = {QSize(16, 16), QSize(24, 24), QSize(32, 32),
                                   QSize(48, 48), QSize(64, 64), QSize(128, 128)};
    QCOMPARE(sizes, expected);
}

void ApplicationIconTest::pixelsMatchSvg_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16 pixels") << 16;
    QTest::newRow("48 pixels") << 48;
    QTest::newRow("128 pixels") << 128;
}

void ApplicationIconTest::pixelsMatchSvg()
{
    QFETCH(int, size);
    const QImage icon = tba::applicationIcon().pixmap(QSize(size, size)).toImage();
    QCOMPARE(icon.size(), QSize(size, size));
    const QImage expected = renderSvg(size);
    QVERIFY(expected.pixelColor(size / 2, size / 2).alpha() > 0);
    // Converting between premultiplied and straight alpha rounds each channel.
    QVERIFY2(maxChannelDifference(icon, expected) <= 2,
             qPrintable(QString::number(maxChannelDifference(icon, expected))));
}

QTEST_MAIN(ApplicationIconTest)
#include "tst_applicationicon.moc"
