#include "ui/dialogfit.h"

#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace tba {

void growToFitContent(QWidget *window)
{
    if (!window->layout())
        return;
    window->layout()->activate();
    const int needed = window->hasHeightForWidth() ? window->heightForWidth(window->width())
                                                   : window->sizeHint().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

void fitWidthToText(QLineEdit *edit, const QString &text)
{
    // QLineEdit's size hint makes room for 17 "x" characters besides its frame and margins, so
    // that room is swapped for the text's width. The cursor takes a pixel or two more.
    const QFontMetrics metrics = edit->fontMetrics();
    const int frame =
        edit->sizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17;
    int width = frame + metrics.horizontalAdvance(text) + 2;
    if (const QScreen *screen = edit->screen())
        width = std::min(width, screen->availableSize().width() / 2);
    edit->setMinimumWidth(std::max(width, edit->minimumSizeHint().width()));
}

} // namespace tba
