#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace tba {

/// Creates an empty label for a message the admin may want to copy: it wraps, its text can be
/// selected with the mouse, and tests find it by `objectName`.
QLabel *createMessageLabel(const QString &objectName, QWidget *parent);

} // namespace tba
