#pragma once

#include <QWizard>

namespace tba {

/// The setup wizard's window: one page per step of setting up Token-Based Authentication.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(QWidget *parent = nullptr);
};

} // namespace tba
