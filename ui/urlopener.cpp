#include "ui/urlopener.h"

#include <QDesktopServices>

namespace tba {

UrlOpener desktopUrlOpener()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

} // namespace tba
