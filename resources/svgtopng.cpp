// Build tool: renders the SVG application icon to a square image of one size with Qt's own SVG
// renderer, so the build needs no image tool beyond Qt. A .png output is for the hicolor icon
// theme. A .rgba output contains the raw pixels, 4 bytes each in the order red, green, blue, alpha
// (QImage::Format_RGBA8888), row by row, which the wizard reads for its window icon without
// starting an image decoder.
// Usage: svgtopng INPUT.svg SIZE OUTPUT.png|OUTPUT.rgba

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool writeRawPixels(const QImage &image, const QString &path)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGBA8888);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const qsizetype rowBytes = qsizetype(pixels.width()) * 4;
    for (int y = 0; y < pixels.height(); ++y) {
        if (file.write(reinterpret_cast<const char *>(pixels.constScanLine(y)), rowBytes) !=
            rowBytes)
            return false;
    }
    return file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "Usage: svgtopng INPUT.svg SIZE OUTPUT.png|OUTPUT.rgba\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[3]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr,
                     "svgtopng: invalid size \"%s\": use a whole number of pixels "
                     "from 1 to 4096.\n",
                     argv[2]);
        return 2;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svgtopng: cannot read \"%s\" as SVG.\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!(output.endsWith(QLatin1String(".rgba")) ? writeRawPixels(image, output)
                                                   : image.save(output, "PNG"))) {
        std::fprintf(stderr, "svgtopng: cannot write \"%s\".\n", argv[3]);
        return 1;
    }
    return 0;
}
