#include "ui/setupwizard.h"

#include "ui/advancedsettingsdialog.h"
#include "ui/pages/accountpage.h"
#include "ui/pages/featurespage.h"
#include "ui/pages/integrationpage.h"
#include "ui/pages/resultpage.h"
#include "ui/pages/rolepage.h"
#include "ui/pages/tokenpage.h"
#include "ui/wizardcontroller.h"
#include "ui/wizardpageid.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

namespace tba {

SetupWizard::SetupWizard(WizardController *controller, SecretClipboard *clipboard, QWidget *parent)
    : QWizard(parent), m_controller(controller), m_resumeTarget(controller->currentPage())
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("NetSuite Token-Based Authentication Setup"));
    setOption(QWizard::NoBackButtonOnStartPage);
    // Once saved, Close is the only way out: Cancel would discard nothing.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    setButtonText(QWizard::CustomButton1, tr("Ad&vanced..."));
    setButtonText(QWizard::CustomButton2, tr("&Open saved..."));
    setButtonText(QWizard::CustomButton3, tr("Ne&w setup"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("advancedButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("openSavedButton"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("newSetupButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("closeButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton3, QWizard::CustomButton1,
                     QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});

    setPage(AccountPageId, new AccountPage(controller, this));
    setPage(FeaturesPageId, new FeaturesPage(controller, this));
    setPage(IntegrationPageId, new IntegrationPage(controller, this));
    setPage(RolePageId, new RolePage(controller, this));
    auto *tokenPage = new TokenPage(controller, this);
    setPage(TokenPageId, tokenPage);
    setPage(ResultPageId, new ResultPage(controller, clipboard, this));
    setStartId(AccountPageId);

    // Sized in characters and text lines, so the window grows with the font and the scaling, but
    // never beyond the screen: the pages scroll instead.
    const QFontMetrics metrics = fontMetrics();
    const QSize preferred(metrics.averageCharWidth() * 110, metrics.height() * 44);
    resize(screen() ? preferred.boundedTo(screen()->availableSize()) : preferred);

    connect(this, &QWizard::currentIdChanged, controller, &WizardController::setCurrentPage);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::focusFirstControl);
    connect(this, &QWizard::customButtonClicked, this, [this](int button) {
        if (button == QWizard::CustomButton1)
            openAdvancedSettings();
        else if (button == QWizard::CustomButton2)
            openSavedConnection();
        else if (button == QWizard::CustomButton3)
            startNewSetup();
    });
    // Queued, because going back can clear the diagnosis and delete the button just clicked.
    connect(tokenPage, &TokenPage::stepRequested, this, &SetupWizard::goBackTo,
            Qt::QueuedConnection);
    connect(tokenPage, &TokenPage::advancedSettingsRequested, this,
            &SetupWizard::openAdvancedSettings, Qt::QueuedConnection);

    restart();
    resumeProgress();
    // The account page is complete only once its lookup has finished, so resuming goes on then.
    connect(controller, &WizardController::lookupFinished, this, [this] {
        resumeProgress();
        m_resumeTarget = 0;
    });
}

void SetupWizard::resumeProgress()
{
    if (m_resumeTarget <= AccountPageId || m_resumeTarget > TokenPageId)
        return;
    while (currentId() < m_resumeTarget && currentPage()->isComplete())
        next();
}

void SetupWizard::focusFirstControl()
{
    QWidget *page = currentPage();
    if (!page)
        return;
    // QWizard gives the focus to a wizard button when the page's first widget takes no focus. Here
    // that widget is the scroll area around the content, so the content's first control is meant.
    for (QWidget *widget = page->nextInFocusChain(); widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void SetupWizard::goBackTo(WizardStep step)
{
    // Read before going back: unticking changes the input, which discards the test's result.
    const QStringList missing =
        step == WizardStep::Role ? m_controller->uncheckMissingPermissions() : QStringList();
    const int target = int(step);
    while (currentId() > target && visitedIds().contains(target))
        back();
    if (auto *role = qobject_cast<RolePage *>(currentPage()); role && !missing.isEmpty())
        role->showItems(missing);
}

void SetupWizard::openAdvancedSettings()
{
    auto *dialog = new AdvancedSettingsDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SetupWizard::openSavedConnection()
{
    QStringList unreadable;
    const QStringList names = m_controller->savedProfileNames(&unreadable);
    if (names.isEmpty()) {
        const QString text =
            unreadable.isEmpty()
                ? tr("No connection has been saved yet.")
                : tr("No saved connection can be opened, because each profile file is damaged. "
                     "The list command reports these files as skipped:\n\n%1\n\nFix or delete "
                     "them, or save the connection again.")
                      .arg(unreadable.join(QLatin1Char('\n')));
        auto *box = new QMessageBox(QMessageBox::Information, tr("No saved connections"), text,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("noSavedConnectionsBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    confirmDiscard(tr("Discard unsaved input?"),
                   tr("Open a saved connection and discard what you typed here?"),
                   tr("&Discard and open"), [this, names, unreadable] {
                       auto *dialog = new QInputDialog(this);
                       dialog->setObjectName(QStringLiteral("openSavedDialog"));
                       dialog->setAttribute(Qt::WA_DeleteOnClose);
                       dialog->setWindowTitle(tr("Open saved connection"));
                       dialog->setLabelText(tr("Co&nnection:"));
                       dialog->setComboBoxItems(names);
                       if (!unreadable.isEmpty()) {
                           dialog->setLabelText(
                               tr("These damaged profile files are not listed:\n%1\n\n%2")
                                   .arg(unreadable.join(QLatin1Char('\n')), dialog->labelText()));
                       }
                       dialog->setOkButtonText(tr("&Open"));
                       // Queued: restarting the wizard inside the dialog's own signal let
                       // the dialog be deleted before QInputDialog::done() returned.
                       connect(
                           dialog, &QInputDialog::textValueSelected, this,
                           [this](const QString &name) {
                               m_resumeTarget = 0;
                               m_controller->openProfile(name);
                               restart();
                           },
                           Qt::QueuedConnection);
                       dialog->open();
                   });
}

void SetupWizard::startNewSetup()
{
    confirmDiscard(tr("Discard unsaved input?"),
                   tr("Start a new setup and discard what you typed here?"),
                   tr("&Discard and start over"), [this] {
                       m_resumeTarget = 0;
                       m_controller->startNew();
                       restart();
                   });
}

void SetupWizard::reject()
{
    if (m_discardConfirmed) {
        QWizard::reject();
        return;
    }
    const auto close = [this] {
        m_discardConfirmed = true;
        QWizard::reject();
    };
    bool hasSecrets = false;
    for (const CredentialField field : allCredentialFields)
        hasSecrets = hasSecrets || !m_controller->credential(field).isEmpty();
    if (!hasSecrets) {
        confirmDiscard(tr("Close the wizard?"),
                       tr("The account ID and the ticked steps are kept, so the next start "
                          "resumes where you stopped."),
                       tr("&Close"), close);
        return;
    }
    confirmDiscard(tr("Close without saving the secrets?"),
                   tr("The account ID and the ticked steps are kept for next time. The consumer "
                      "and token values in this window are not, because secrets are stored in "
                      "the keychain only when you finish."),
                   tr("&Close without saving them"), close);
}

void SetupWizard::confirmDiscard(const QString &title, const QString &question,
                                 const QString &discardText, std::function<void()> action)
{
    if (!m_controller->hasUnsavedInput()) {
        action();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(discardText, QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    // The action runs once the box has returned from its own signal, because it can restart the
    // wizard or open another dialog.
    connect(box, &QMessageBox::finished, this, [this, box, discard, action] {
        if (box->clickedButton() == discard)
            QMetaObject::invokeMethod(this, action, Qt::QueuedConnection);
    });
    box->open();
}

} // namespace tba
