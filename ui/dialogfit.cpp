#include "ui/dialogfit.h"

#include <QLayout>
#include <QWidget>

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

} // namespace tba
