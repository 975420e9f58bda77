#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

/// Prints "shown" on standard output once `widget`'s window is exposed, so that the start-up
/// benchmark can stop its clock, then quits the application.
class QuitWhenShown : public QObject
{
public:
    explicit QuitWhenShown(QWidget *widget) : QObject(widget)
    {
        widget->winId();
        widget->windowHandle()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_done) {
            m_done = true;
            std::puts("shown");
            std::fflush(stdout);
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
