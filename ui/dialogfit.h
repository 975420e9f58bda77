#pragma once

class QLineEdit;
class QString;
class QWidget;

namespace tba {

/// Makes `window` at least as tall as its layout needs at its current width, counting labels
/// that wrap. Call after changing a text that may take more lines.
void growToFitContent(QWidget *window);

/// Gives `edit` a minimum width that shows `text` whole in its font, such as a placeholder or a
/// full path, but at most half the screen's width.
void fitWidthToText(QLineEdit *edit, const QString &text);

} // namespace tba
