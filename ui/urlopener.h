#pragma once

#include <QUrl>

#include <functional>

namespace tba {

/// Opens a URL outside the application, normally in the browser. Returns false when nothing
/// could open it. Injected so that tests record the URL instead of starting a browser.
using UrlOpener = std::function<bool(const QUrl &url)>;

/// Returns an opener that hands the URL to the desktop with QDesktopServices::openUrl().
UrlOpener desktopUrlOpener();

} // namespace tba
