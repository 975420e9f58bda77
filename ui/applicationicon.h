#pragma once

#include <QIcon>

namespace tba {

/// Returns the application icon for the wizard's windows, at 16 to 128 pixels.
///
/// The pixels are rendered from resources/app-icon.svg at build time and compiled into the
/// program, so neither the icon theme nor an image decoder is used. Looking the icon up in the
/// hicolor theme loaded Qt's SVG icon engine, and on X11 QXcbWindow::setWindowIcon() (Qt 6.4)
/// converts every size an icon has, which for the theme's icon went up to 512 pixels.
QIcon applicationIcon();

} // namespace tba
