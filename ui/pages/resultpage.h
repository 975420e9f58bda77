#pragma once

#include "ui/lazypage.h"

#include <functional>

class QGridLayout;
class QLabel;

namespace tba {

class SecretClipboard;
class WizardController;

/// The summary after saving: where the connection is stored, an export button, and a copy
/// button for each value the integration's connect form requires. A line under them reports
/// the last copy or export.
class ResultPage : public LazyPage
{
    Q_OBJECT

public:
    ResultPage(WizardController *controller, SecretClipboard *clipboard, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void buildContent() override;

private:
    void addCopyRow(const QString &name, const QString &objectName, bool secret,
                    std::function<QString()> value);
    void openExportDialog();

    WizardController *m_controller;
    SecretClipboard *m_clipboard;
    QLabel *m_summary = nullptr;
    QLabel *m_copyNote = nullptr;
    /// The result of the last copy or export.
    QLabel *m_status = nullptr;
    QGridLayout *m_copyRows = nullptr;
};

} // namespace tba
