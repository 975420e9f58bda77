#pragma once

#include "core/connection/diagnosis.h"
#include "ui/lazypage.h"

class QLabel;
class QVBoxLayout;

namespace tba {

class WizardController;

/// The base of the five step pages: its content scrolls, so a page fits on small screens and at
/// 150 % or 200 % scaling; Next follows the controller's isStepComplete(); and refresh() runs
/// whenever the controller changes, once the content exists. Steps 1, 3 and 5 also show, above
/// the content, why an opened connection came without its secrets.
class SetupPage : public LazyPage
{
    Q_OBJECT

public:
    SetupPage(WizardController *controller, WizardStep step, QWidget *parent = nullptr);

    bool isComplete() const override;

protected:
    WizardController *controller() const { return m_controller; }
    /// The layout the page's widgets go into.
    QVBoxLayout *contentLayout() const { return m_content; }
    /// Adds `widget` below the scrolling content, where it stays in view above the wizard's
    /// buttons, such as an error about the last button click.
    void addFooter(QWidget *widget);
    /// Shows `footer`, a widget added with addFooter(), and makes the window taller if the page
    /// then needs more room than it has.
    void showFooter(QWidget *footer);
    /// Shows the controller's current state. Called after every change once the content exists;
    /// buildContent() calls it for the first time.
    virtual void refresh() {}

private:
    /// Shows the controller's openProblem() on the pages of steps 1, 3 and 5, where the account
    /// and the secret fields are.
    void showOpenProblem();

    WizardController *m_controller;
    WizardStep m_step;
    QVBoxLayout *m_content;
    /// Null until there is a problem to show, and always on the pages of steps 2 and 4.
    QLabel *m_openProblem = nullptr;
    QVBoxLayout *m_layout;
};

} // namespace tba
