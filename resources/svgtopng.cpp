// Build tool: renders the SVG application icon to a square PNG of one size for the hicolor icon
// theme, with Qt's own SVG renderer, so the build needs no image tool beyond Qt.
// Usage: svgtopng INPUT.svg SIZE OUTPUT.png

#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "Usage: svgtopng INPUT.svg SIZE OUTPUT.png\n");
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
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "svgtopng: cannot write \"%s\".\n", argv[3]);
        return 1;
    }
    return 0;
}
