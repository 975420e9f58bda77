#pragma once

class QWidget;

namespace tba {

/// Makes `window` at least as tall as its layout needs at its current width, counting labels
/// that wrap. Call after changing a text that may take more lines.
void growToFitContent(QWidget *window);

} // namespace tba
