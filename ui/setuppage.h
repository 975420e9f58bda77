#pragma once

#include "core/connection/diagnosis.h"
#include "ui/lazypage.h"

class QVBoxLayout;

namespace tba {

class WizardController;

/// The base of the five step pages: its content scrolls, so a page fits on small screens and at
/// 150 % or 200 % scaling; Next follows the controller's isStepComplete(); and refresh() runs
/// whenever the controller changes, once the content exists.
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
    /// Shows the controller's current state. Called after every change once the content exists;
    /// buildContent() calls it for the first time.
    virtual void refresh() {}

private:
    WizardController *m_controller;
    WizardStep m_step;
    QVBoxLayout *m_content;
};

} // namespace tba
