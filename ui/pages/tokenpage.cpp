#include "ui/pages/tokenpage.h"

#include "ui/credentialedit.h"
#include "ui/diagnosisview.h"
#include "ui/messagelabel.h"
#include "ui/stepintro.h"
#include "ui/wizardcontroller.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWizard>

namespace tba {

TokenPage::TokenPage(WizardController *controller, QWidget *parent)
    : SetupPage(controller, WizardStep::AccessToken, parent)
{
    setObjectName(QStringLiteral("tokenPage"));
    setTitle(tr("Step 5 of 5: Create the access token and test"));
    setSubTitle(tr("The access token ties the integration record, the user and the role."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Finish"));
}

void TokenPage::buildContent()
{
    WizardController *controller = this->controller();
    auto *intro = new StepIntro(
        controller, NetSuitePage::NewAccessToken,
        {tr("Go to Setup > Users/Roles > Access Tokens > New."),
         tr("Choose the integration record as <b>Application Name</b>, then the user and the "
            "role of step 4."),
         tr("Click <b>Save</b>. NetSuite shows the <b>Token ID</b> and <b>Token Secret</b> once "
            "only: copy both into the fields below."),
         tr("Click <b>Test connection</b>.")},
        this);

    auto *tokenId =
        new CredentialEdit(controller, CredentialField::TokenId, tr("Token &ID:"), this);
    auto *tokenSecret =
        new CredentialEdit(controller, CredentialField::TokenSecret, tr("Token S&ecret:"), this);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleDescription(
        tr("Signs requests with the four values and checks the login and each permission."));
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("testStatusLabel"));
    m_testStatus->setWordWrap(true);

    m_progress = new QTreeView(this);
    m_progress->setObjectName(QStringLiteral("testProgressView"));
    m_progress->setAccessibleName(tr("Connection test progress"));
    m_progress->setRootIsDecorated(false);
    m_progress->setModel(controller->testModel());
    m_progress->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->header()->setStretchLastSection(true);
    m_progress->setMinimumHeight(m_progress->fontMetrics().height() * 8);

    m_diagnosis = new DiagnosisView(WizardStep::AccessToken, this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisView"));

    m_untested = new QCheckBox(this);
    m_untested->setObjectName(QStringLiteral("saveUntestedCheck"));
    // Below the scrolling content, so that an error of Finish shows next to the button.
    m_saveError = createMessageLabel(QStringLiteral("saveErrorLabel"), this);
    m_saveError->hide();

    QVBoxLayout *layout = contentLayout();
    layout->addWidget(intro);
    layout->addWidget(tokenId);
    layout->addWidget(tokenSecret);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_testStatus);
    layout->addWidget(m_progress);
    layout->addWidget(m_diagnosis);
    layout->addWidget(m_untested);
    addFooter(m_saveError);

    connect(m_test, &QPushButton::clicked, controller, &WizardController::startConnectionTest);
    connect(m_untested, &QCheckBox::toggled, controller,
            &WizardController::setUntestedSaveConfirmed);
    connect(m_diagnosis, &DiagnosisView::stepRequested, this, &TokenPage::stepRequested);
    connect(m_diagnosis, &DiagnosisView::advancedSettingsRequested, this,
            &TokenPage::advancedSettingsRequested);
    connect(controller, &WizardController::testFinished, this, [this] {
        const WizardController *c = this->controller();
        if (c->testState() == WizardController::TestState::Failed)
            m_diagnosis->setDiagnosis(c->testResult().diagnosis, missingPermissionNames());
    });
    connect(controller, &WizardController::saveFinished, this, &TokenPage::onSaveFinished);
    // An error of the last Finish no longer applies once the input or the test has changed.
    connect(controller, &WizardController::inputChanged, m_saveError, &QWidget::hide);
    connect(controller, &WizardController::testStarted, m_saveError, &QWidget::hide);
    refresh();
}

QStringList TokenPage::missingPermissionNames() const
{
    QStringList names;
    const ConnectionTestResult &result = controller()->testResult();
    for (const QString &id : result.diagnosis.missingPermissions) {
        for (const PermissionReport &report : result.permissions) {
            if (report.permission.id == id)
                names << report.permission.name;
        }
    }
    return names;
}

void TokenPage::refresh()
{
    const WizardController *c = controller();
    const WizardController::TestState state = c->testState();
    m_test->setEnabled(state != WizardController::TestState::Running);
    switch (state) {
    case WizardController::TestState::NotRun:
        m_testStatus->setText(c->testError().isEmpty() ? tr("Not tested yet.")
                                                       : tr("Error: %1").arg(c->testError()));
        m_diagnosis->clear();
        break;
    case WizardController::TestState::Running:
        m_testStatus->setText(tr("Testing the connection..."));
        m_diagnosis->clear();
        break;
    case WizardController::TestState::Passed:
        m_testStatus->setText(tr("Passed: %1").arg(c->testResult().diagnosis.headline));
        m_diagnosis->clear();
        break;
    case WizardController::TestState::Failed:
        m_testStatus->setText(tr("Failed: %1").arg(c->testResult().diagnosis.headline));
        break;
    }
    const QSignalBlocker blocker(m_untested);
    m_untested->setText(state == WizardController::TestState::Failed
                            ? tr("Save this connection altho&ugh its test failed")
                            : tr("Save this connection &untested; it may not work"));
    m_untested->setChecked(c->untestedSaveConfirmed());
    m_untested->setVisible(state != WizardController::TestState::Passed);
    m_untested->setEnabled(state != WizardController::TestState::Running);
}

bool TokenPage::validatePage()
{
    if (controller()->isSaved())
        return true;
    m_saveError->hide();
    m_advanceAfterSave = true;
    controller()->save();
    return false;
}

void TokenPage::onSaveFinished(const ConnectionResult &result)
{
    if (!m_advanceAfterSave)
        return;
    if (result.ok()) {
        m_advanceAfterSave = false;
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }
    if (result.profileError == ProfileError::AlreadyExists) {
        askToReplace();
        return;
    }
    m_advanceAfterSave = false;
    m_saveError->setText(tr("Error: %1").arg(result.message));
    showFooter(m_saveError);
}

void TokenPage::askToReplace()
{
    const QString savedName = controller()->savedProfileNamed(controller()->profileName());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the saved connection?"),
                                tr("A connection named \"%1\" is already saved. Replace it and "
                                   "its secrets in the keychain?")
                                    .arg(savedName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceProfileBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton *keep = box->addButton(tr("&Keep the saved one"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, replace] {
        if (box->clickedButton() == replace) {
            controller()->save(true);
            return;
        }
        m_advanceAfterSave = false;
        m_saveError->setText(tr("Not saved. Choose another connection name on step 1 to keep "
                                "both."));
        showFooter(m_saveError);
    });
    box->open();
}

} // namespace tba
