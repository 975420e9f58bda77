#include "ui/applicationicon.h"

#include "ui/uilogging.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>

namespace tba {

QIcon applicationIcon()
{
    QIcon icon;
    // One file per size, such as 32.rgba: the raw pixels written by resources/svgtopng.cpp. The
    // folder contains nothing else. A name filter is left out because QDir matches it with a
    // regular expression, which would load PCRE2 at start-up.
    const QDir folder(QStringLiteral(":/window-icon"));
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcWizard) << "Cannot read the window icon" << name;
            continue;
        }
        const QByteArray pixels = file.readAll();
        const int size = name.section(QLatin1Char('.'), 0, 0).toInt();
        if (size <= 0 || pixels.size() != qsizetype(size) * size * 4) {
            qCWarning(lcWizard) << "Invalid window icon" << name << "of" << pixels.size()
                                << "bytes";
            continue;
        }
        const QImage image(reinterpret_cast<const uchar *>(pixels.constData()), size, size,
                           QImage::Format_RGBA8888);
        // fromImage() copies the pixels, so `pixels` may be freed once the pixmap exists.
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace tba
