// Drives the real wizard window under Xvfb by object name with QTest key clicks, against the
// NetSuite emulator on 127.0.0.1 and the test session's keyring. Every test saves a screenshot of
// each page it shows under the build folder (output/screenshots/<test>/).
#include "emulatorprocess.h"
#include "wizardfixture.h"

#include "ui/connectiontestmodel.h"
#include "ui/exportdialog.h"
#include "ui/lazypage.h"
#include "ui/secretclipboard.h"
#include "ui/setupwizard.h"
#include "ui/wizardcontroller.h"
#include "ui/wizardpageid.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using tba::CredentialField;
using tba::WizardController;

class WizardWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void happyPathSavesAndExports();
    void wrongTokenSecretShowsDiagnosis();
    void missingPermissionNamedOnTokenPage();
    void goBackToFixAndRetest();
    void cancelAsksBeforeDiscarding();
    void savedConnectionOpensForRetest();
    void damagedProfileNamedByOpenSaved();
    void openedProfileWithoutSecretsWarns();
    void resumesWhereItStopped();
    void pagesBuiltOnFirstVisit();
    void resumedEditShowsEveryPage();
    void keyboardReachesEveryControl();
    void keyboardAloneCompletesSetup();
    void secretFieldsHideAndTrim();
    void openInNetSuiteUsesOpener();
    void advancedSettingsBehindButton();
    void fitsCommonScreensScaledUp_data();
    void fitsCommonScreensScaledUp();
    void mnemonicsUniquePerWindow();
    void finishErrorShownAboveButtons();
    void minimumSizeShowsPageContent();
    void longAccountIdNeedsNoSidewaysScroll();

private:
    /// Starts the emulator with `config`, then builds and shows the wizard on it.
    bool startWizard(const QJsonObject &config = {});
    void buildWizard();
    QWidget *page() const { return m_wizard->currentPage(); }
    template <typename T>
    T *child(const QString &name) const;
    /// Returns the child of page `pageId`, creating the page's content first when the page has
    /// not been visited yet.
    template <typename T>
    T *childOf(int pageId, const QString &name) const;
    void typeInto(QLineEdit *edit, const QString &text);
    void tick(QCheckBox *box);
    void clickNext();
    /// Saves `widget` (the wizard by default) as NAME.png in this test's screenshot folder.
    void screenshot(const QString &name, QWidget *widget = nullptr);
    /// Fails when two visible controls of `window` share an Alt+letter.
    void verifyUniqueMnemonics(QWidget *window, const QString &where);

    void completeAccountPage();
    void completeFeaturesPage();
    void completeIntegrationPage(const QString &consumerSecret = QString());
    void completeRolePage();
    void enterToken(const QString &tokenSecret = QString());
    void runConnectionTest();

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<WizardFixture> m_fixture;
    std::unique_ptr<tba::SecretClipboard> m_clipboard;
    std::unique_ptr<tba::SetupWizard> m_wizard;
};

void WizardWindowTest::initTestCase()
{
    // The English plural forms, loaded as the application loads them, so that the screenshots
    // read "0 seconds" rather than the source text's "0 second(s)".
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(":/i18n/netsuite-tba-wizard_en")));
    QCoreApplication::installTranslator(english);
}

void WizardWindowTest::init()
{
    m_fixture = std::make_unique<WizardFixture>();
    QVERIFY(m_fixture->dir.isValid());
    m_clipboard = std::make_unique<tba::SecretClipboard>(QGuiApplication::clipboard());
}

void WizardWindowTest::cleanup()
{
    m_wizard.reset();
    m_fixture.reset();
    m_clipboard.reset();
    m_emulator.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QWidgetList leaked = QApplication::topLevelWidgets();
    for (QWidget *widget : leaked)
        qWarning() << "Leaked top-level widget:" << widget->metaObject()->className()
                   << widget->objectName();
    QVERIFY(leaked.isEmpty());
}

bool WizardWindowTest::startWizard(const QJsonObject &config)
{
    m_emulator = std::make_unique<EmulatorProcess>();
    QString error;
    if (!m_emulator->start(config, QStringLiteral("ca"), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_fixture->setAdvanced(m_emulator->baseUrl(), m_emulator->caFile());
    buildWizard();
    return QTest::qWaitForWindowExposed(m_wizard.get());
}

void WizardWindowTest::buildWizard()
{
    m_fixture->makeController();
    m_wizard = std::make_unique<tba::SetupWizard>(m_fixture->controller.get(), m_clipboard.get());
    // Every page a test reaches is saved as it first appears; the helpers save it again filled in.
    connect(m_wizard.get(), &QWizard::currentIdChanged, this, [this](int id) {
        static const QStringList names = {QString(),
                                          QStringLiteral("01-account"),
                                          QStringLiteral("02-features"),
                                          QStringLiteral("03-integration"),
                                          QStringLiteral("04-role"),
                                          QStringLiteral("05-token"),
                                          QStringLiteral("06-result")};
        if (id > 0 && id < names.size() && m_wizard->isVisible())
            screenshot(names.at(id));
    });
    m_wizard->show();
    m_wizard->activateWindow();
    screenshot(QStringLiteral("01-account"));
}

template <typename T>
T *WizardWindowTest::child(const QString &name) const
{
    T *found = page()->findChild<T *>(name);
    if (!found)
        found = m_wizard->findChild<T *>(name);
    if (!found)
        qWarning() << "No" << T::staticMetaObject.className() << name << "on page"
                   << page()->objectName();
    return found;
}

template <typename T>
T *WizardWindowTest::childOf(int pageId, const QString &name) const
{
    auto *page = qobject_cast<tba::LazyPage *>(m_wizard->page(pageId));
    if (!page)
        return nullptr;
    page->ensureContent();
    return page->findChild<T *>(name);
}

void WizardWindowTest::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void WizardWindowTest::tick(QCheckBox *box)
{
    QVERIFY(box);
    box->setFocus(Qt::TabFocusReason);
    if (!box->isChecked())
        QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
}

void WizardWindowTest::clickNext()
{
    const int before = m_wizard->currentId();
    QAbstractButton *next =
        m_wizard->button(before == tba::TokenPageId ? QWizard::CommitButton : QWizard::NextButton);
    QVERIFY2(next->isEnabled(), qPrintable(page()->objectName()));
    QTest::mouseClick(next, Qt::LeftButton);
}

void WizardWindowTest::screenshot(const QString &name, QWidget *widget)
{
    if (!widget)
        widget = m_wizard.get();
    // A scaled run keeps its screenshots apart, such as happyPathSavesAndExports@1.5x.
    const qreal scale = m_wizard->devicePixelRatio();
    const QString suffix = scale == 1.0 ? QString() : QStringLiteral("@%1x").arg(scale);
    const QString folder = QStringLiteral(TBA_TEST_OUTPUT_DIR "/screenshots/") +
                           QString::fromLatin1(QTest::currentTestFunction()) + suffix;
    QVERIFY(QDir().mkpath(folder));
    QApplication::processEvents();
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void WizardWindowTest::completeAccountPage()
{
    QCOMPARE(m_wizard->currentId(), int(tba::AccountPageId));
    WizardController *controller = m_fixture->controller.get();
    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    typeInto(child<QLineEdit>(QStringLiteral("accountEdit")), QStringLiteral("1234567-sb1"));
    QVERIFY(
        child<QLabel>(QStringLiteral("accountMessage"))->text().contains(m_emulator->account()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(lookup.wait());
    QVERIFY(
        child<QLabel>(QStringLiteral("lookupMessage"))->text().contains(QStringLiteral("found")));
    screenshot(QStringLiteral("01-account"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::FeaturesPageId));
}

void WizardWindowTest::completeFeaturesPage()
{
    for (const tba::ChecklistItem &item : m_fixture->controller->featureItems()) {
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        tick(child<QCheckBox>(item.id));
    }
    screenshot(QStringLiteral("02-features"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::IntegrationPageId));
}

void WizardWindowTest::completeIntegrationPage(const QString &consumerSecret)
{
    QVERIFY(child<QLabel>(QStringLiteral("tbaSunsetNotice"))
                ->text()
                .contains(QStringLiteral("2027.1")));
    const tba::Credentials credentials = m_emulator->credentials();
    typeInto(child<QLineEdit>(QStringLiteral("consumerKeyEdit")), credentials.consumerKey);
    typeInto(child<QLineEdit>(QStringLiteral("consumerSecretEdit")),
             consumerSecret.isEmpty() ? credentials.consumerSecret : consumerSecret);
    auto *tbaTicked = child<QCheckBox>(WizardController::integrationTbaItemId());
    QCOMPARE(m_wizard->button(QWizard::NextButton)->isEnabled(), tbaTicked->isChecked());
    tick(tbaTicked);
    screenshot(QStringLiteral("03-integration"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::RolePageId));
}

void WizardWindowTest::completeRolePage()
{
    for (const tba::ChecklistItem &item : m_fixture->controller->roleItems())
        tick(child<QCheckBox>(item.id));
    screenshot(QStringLiteral("04-role"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::TokenPageId));
}

void WizardWindowTest::enterToken(const QString &tokenSecret)
{
    const tba::Credentials credentials = m_emulator->credentials();
    typeInto(child<QLineEdit>(QStringLiteral("tokenIdEdit")), credentials.tokenId);
    typeInto(child<QLineEdit>(QStringLiteral("tokenSecretEdit")),
             tokenSecret.isEmpty() ? credentials.tokenSecret : tokenSecret);
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
}

void WizardWindowTest::runConnectionTest()
{
    QSignalSpy finished(m_fixture->controller.get(), &WizardController::testFinished);
    auto *test = child<QPushButton>(QStringLiteral("testButton"));
    QVERIFY(test);
    test->setFocus(Qt::TabFocusReason);
    QTest::keyClick(test, Qt::Key_Space);
    QVERIFY(!test->isEnabled());
    QVERIFY(finished.wait(60000));
    QVERIFY(test->isEnabled());
}

void WizardWindowTest::happyPathSavesAndExports()
{
    QVERIFY(startWizard());
    completeAccountPage();
    completeFeaturesPage();
    completeIntegrationPage();
    completeRolePage();
    enterToken();
    runConnectionTest();
    QVERIFY(child<QLabel>(QStringLiteral("testStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Passed")));
    auto *progress = child<QTreeView>(QStringLiteral("testProgressView"));
    QVERIFY(progress->model()->rowCount() > 5);
    screenshot(QStringLiteral("05-token"));

    QSignalSpy saved(m_fixture->controller.get(), &WizardController::saveFinished);
    clickNext();
    QVERIFY(saved.wait(30000));
    QTRY_COMPARE(m_wizard->currentId(), int(tba::ResultPageId));
    screenshot(QStringLiteral("06-result"));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::CancelButton)->isVisible());

    const QString name = m_fixture->controller->savedProfile().name;
    tba::Credentials stored;
    QVERIFY(readStoredCredentials(m_fixture->secrets, name, &stored));
    QCOMPARE(stored.tokenSecret, m_emulator->credentials().tokenSecret);

    QTest::mouseClick(child<QPushButton>(QStringLiteral("copyTokenSecretButton")), Qt::LeftButton);
    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->text(), m_emulator->credentials().tokenSecret);
    QCOMPARE(copied->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    auto *status = child<QLabel>(QStringLiteral("resultStatusLabel"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(),
             QStringLiteral("Copied the Token Secret. The clipboard is cleared in 30 seconds."));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("copyAccountIdButton")), Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Copied the Account ID."));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto *dialog = m_wizard->findChild<tba::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
    auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
    QVERIFY(pathEdit->text().endsWith(QStringLiteral("/aftership-1234567-sb1.json")));
    // The whole suggested path shows, unless the field would take more than half the screen.
    const int pathWidth = pathEdit->fontMetrics().horizontalAdvance(pathEdit->text());
    QVERIFY2(pathEdit->width() > pathWidth ||
                 pathEdit->width() >= dialog->screen()->availableSize().width() / 2,
             qPrintable(QStringLiteral("%1 px for %2 px of text")
                            .arg(pathEdit->width())
                            .arg(pathWidth)));
    QVERIFY(dialog->frameGeometry().width() <= dialog->screen()->availableSize().width());
    screenshot(QStringLiteral("export"), dialog);
    format->setCurrentIndex(format->findText(QStringLiteral("Environment variables (.env)")));
    QVERIFY(pathEdit->text().endsWith(QStringLiteral("/aftership-1234567-sb1.env")));
    format->setCurrentIndex(0);
    QVERIFY(pathEdit->text().endsWith(QStringLiteral("/aftership-1234567-sb1.json")));
    const QString path = m_fixture->dir.filePath(QStringLiteral("exported.json"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit")), path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(path));
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());
    QCOMPARE(status->text(), QStringLiteral("Exported to ") + path);
    screenshot(QStringLiteral("06-result-exported"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(exported.contains(m_emulator->account().toUtf8()));
    QVERIFY(!exported.contains(m_emulator->credentials().tokenSecret.toUtf8()));

    // A typed path of an existing file is replaced only after a second click on Replace.
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->findChild<tba::ExportDialog *>());
    dialog = m_wizard->findChild<tba::ExportDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportPathLabel"))->buddy(), pathEdit);
    QVERIFY(file.remove());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep");
    file.close();
    typeInto(pathEdit, path);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    auto *exportError = dialog->findChild<QLabel *>(QStringLiteral("exportErrorLabel"));
    QVERIFY(exportError->isVisible());
    QVERIFY(exportError->text().contains(QStringLiteral("already exists")));
    QVERIFY(pathEdit->height() >= pathEdit->sizeHint().height());
    QVERIFY(exportError->height() >= exportError->heightForWidth(exportError->width()));
    screenshot(QStringLiteral("export-replace"), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep"));
    file.close();
    QCOMPARE(confirm->text(), QStringLiteral("&Replace"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_emulator->account().toUtf8()));
    file.close();

    // A leading "~/" means the home folder.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->findChild<tba::ExportDialog *>());
    dialog = m_wizard->findChild<tba::ExportDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The plaintext warning is shown whole.
    format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
    format->setCurrentIndex(format->findText(QStringLiteral("Environment variables (.env)")));
    auto *includeSecrets = dialog->findChild<QCheckBox *>(QStringLiteral("includeSecretsCheck"));
    tick(includeSecrets);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("secretsNoteLabel"));
    QVERIFY(note->text().startsWith(QStringLiteral("Warning")));
    QApplication::processEvents();
    QVERIFY(note->height() >= note->heightForWidth(note->width()));
    screenshot(QStringLiteral("export-plaintext-warning"), dialog);
    QTest::keyClick(includeSecrets, Qt::Key_Space);
    QVERIFY(!includeSecrets->isChecked());
    format->setCurrentIndex(0);
    const QString homePath = QDir::home().filePath(QStringLiteral("tilde-export.json"));
    QFile::remove(homePath);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit")),
             QStringLiteral("~/tilde-export.json"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(homePath));
    QVERIFY(QFile::remove(homePath));

    // A folder is named as one at once, with no offer to replace it.
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->findChild<tba::ExportDialog *>());
    dialog = m_wizard->findChild<tba::ExportDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
    confirm = dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton"));
    exportError = dialog->findChild<QLabel *>(QStringLiteral("exportErrorLabel"));
    typeInto(pathEdit, QStringLiteral("~"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(exportError->isVisible());
    QVERIFY2(exportError->text().contains(QStringLiteral("is a folder")),
             qPrintable(exportError->text()));
    QVERIFY(exportError->text().contains(QDir::toNativeSeparators(QDir::homePath())));
    QCOMPARE(confirm->text(), QStringLiteral("E&xport"));
    screenshot(QStringLiteral("export-folder"), dialog);

    // A passphrase error goes once the passphrase is changed.
    tick(dialog->findChild<QCheckBox *>(QStringLiteral("includeSecretsCheck")));
    typeInto(pathEdit, m_fixture->dir.filePath(QStringLiteral("encrypted.json")));
    auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *repeated = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseConfirmEdit"));
    typeInto(passphrase, QStringLiteral("short"));
    typeInto(repeated, QStringLiteral("short"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(exportError->isVisible());
    QVERIFY2(exportError->text().startsWith(QStringLiteral("Error:")),
             qPrintable(exportError->text()));
    const QString longer = QStringLiteral("a much longer passphrase");
    typeInto(passphrase, longer);
    QVERIFY(!exportError->isVisible());
    typeInto(repeated, longer);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());
    QVERIFY(QFileInfo::exists(m_fixture->dir.filePath(QStringLiteral("encrypted.json"))));

    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void WizardWindowTest::wrongTokenSecretShowsDiagnosis()
{
    QVERIFY(startWizard());
    completeAccountPage();
    completeFeaturesPage();
    completeIntegrationPage();
    completeRolePage();
    const QString wrong = QString(64, QLatin1Char('0'));
    enterToken(wrong);
    runConnectionTest();
    screenshot(QStringLiteral("05-token-failed"));

    QVERIFY(child<QLabel>(QStringLiteral("testStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Failed")));
    auto *diagnosis = child<QWidget>(QStringLiteral("diagnosisView"));
    QVERIFY(diagnosis->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("diagnosisHeadline"))->text().isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("cause_wrong-secret")));
    for (QPushButton *button : diagnosis->findChildren<QPushButton *>())
        QVERIFY2(button->text() != QStringLiteral("Go to step 5"), qPrintable(button->objectName()));
    QVERIFY(diagnosis->findChild<QPushButton *>(
        QStringLiteral("goToStepButton_wrong-secret_step3")));
    // The audit is not run after a failed login, and its row shows that it was skipped.
    auto *progress = child<QTreeView>(QStringLiteral("testProgressView"));
    const int auditRow = tba::ConnectionTestModel::rowOfStep(tba::ConnectionStep::PermissionAudit);
    const QModelIndex auditState =
        progress->model()->index(auditRow, tba::ConnectionTestModel::StateColumn);
    QCOMPARE(auditState.data().toString(), QStringLiteral("skipped"));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    auto *saveAnyway = child<QCheckBox>(QStringLiteral("saveUntestedCheck"));
    QVERIFY(saveAnyway->isVisible());
    QCOMPARE(saveAnyway->text(), QStringLiteral("Save this connection altho&ugh its test failed"));

    // Alt+F matches no mnemonic while Finish is disabled, and types nothing into the secret.
    auto *tokenSecret = child<QLineEdit>(QStringLiteral("tokenSecretEdit"));
    tokenSecret->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tokenSecret, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(tokenSecret->text(), wrong);
    QCOMPARE(m_fixture->controller->testState(), WizardController::TestState::Failed);

    QCOMPARE(child<QLineEdit>(QStringLiteral("tokenSecretEdit"))->text(), wrong);
    QCOMPARE(child<QLineEdit>(QStringLiteral("tokenIdEdit"))->text(),
             m_emulator->credentials().tokenId);
    QCOMPARE(childOf<QLineEdit>(tba::IntegrationPageId, QStringLiteral("consumerKeyEdit"))->text(),
             m_emulator->credentials().consumerKey);
    QCOMPARE(childOf<QLineEdit>(tba::AccountPageId, QStringLiteral("accountEdit"))->text(),
             QStringLiteral("1234567-sb1"));
}

void WizardWindowTest::missingPermissionNamedOnTokenPage()
{
    QVERIFY(startWizard(
        {{QStringLiteral("missing_permissions"), QJsonArray{QStringLiteral("salesOrder")}}}));
    completeAccountPage();
    completeFeaturesPage();
    completeIntegrationPage();
    completeRolePage();
    enterToken();
    runConnectionTest();
    screenshot(QStringLiteral("05-token-missing-permission"));
    auto *missing = child<QLabel>(QStringLiteral("missingPermissions"));
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(QStringLiteral("Transactions > Sales Order")),
             qPrintable(missing->text()));
    QVERIFY(!missing->text().contains(QStringLiteral("Lists > Customers")));

    // Going back to step 4 shows the missing permission's row, unticked and marked.
    auto *toRole = child<QPushButton>(QStringLiteral("goToStepButton_missing-permission"));
    QVERIFY(toRole);
    QTest::mouseClick(toRole, Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::RolePageId));
    QCheckBox *salesOrder = nullptr;
    for (QCheckBox *box : page()->findChildren<QCheckBox *>()) {
        if (box->text().startsWith(QStringLiteral("Transactions > Sales Order")))
            salesOrder = box;
        else if (box->objectName().startsWith(QStringLiteral("permission.")))
            QVERIFY2(box->isChecked(), qPrintable(box->text()));
    }
    QVERIFY(salesOrder);
    QVERIFY(!salesOrder->isChecked());
    QVERIFY(salesOrder->property("highlighted").toBool());
    QVERIFY(!salesOrder->visibleRegion().isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    tick(salesOrder);
    QVERIFY(!salesOrder->property("highlighted").toBool());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void WizardWindowTest::goBackToFixAndRetest()
{
    QVERIFY(startWizard());
    completeAccountPage();
    completeFeaturesPage();
    completeIntegrationPage(QString(64, QLatin1Char('1')));
    completeRolePage();
    enterToken();
    runConnectionTest();
    QCOMPARE(m_fixture->controller->testState(), WizardController::TestState::Failed);

    QPushButton *toStep3 = nullptr;
    for (QPushButton *button : page()->findChildren<QPushButton *>()) {
        if (button->objectName().startsWith(QStringLiteral("goToStepButton_")) &&
            button->text().endsWith(QLatin1Char('3'))) {
            toStep3 = button;
        }
    }
    QVERIFY(toStep3);
    QTest::mouseClick(toStep3, Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::IntegrationPageId));

    typeInto(child<QLineEdit>(QStringLiteral("consumerSecretEdit")),
             m_emulator->credentials().consumerSecret);
    clickNext();
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::TokenPageId));
    QCOMPARE(child<QLabel>(QStringLiteral("testStatusLabel"))->text(),
             QStringLiteral("Not tested yet."));
    QCOMPARE(child<QCheckBox>(QStringLiteral("saveUntestedCheck"))->text(),
             QStringLiteral("Save this connection &untested; it may not work"));
    runConnectionTest();
    QCOMPARE(m_fixture->controller->testState(), WizardController::TestState::Passed);
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
}

void WizardWindowTest::cancelAsksBeforeDiscarding()
{
    QVERIFY(startWizard());
    completeAccountPage();
    screenshot(QStringLiteral("02-features"));

    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    // With no secret typed, closing loses nothing, and the question offers a plain Close.
    QCOMPARE(box->windowTitle(), QStringLiteral("Close the wizard?"));
    QVERIFY2(!box->text().contains(QStringLiteral("consumer")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("kept")), qPrintable(box->text()));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("discardButton"))->text(),
             QStringLiteral("&Close"));
    screenshot(QStringLiteral("close-question"), box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepEditingButton")),
                      Qt::LeftButton);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(tba::FeaturesPageId));
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox")));

    // Closing loses a typed secret, so the title, text and button all name the secrets.
    m_fixture->controller->setCredential(CredentialField::ConsumerKey,
                                         m_emulator->credentials().consumerKey);
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    box = m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QCOMPARE(box->windowTitle(), QStringLiteral("Close without saving the secrets?"));
    QVERIFY2(box->text().contains(QStringLiteral("consumer and token values")),
             qPrintable(box->text()));
    QCOMPARE(box->findChild<QPushButton *>(QStringLiteral("discardButton"))->text(),
             QStringLiteral("&Close without saving them"));
    screenshot(QStringLiteral("close-question-secrets"), box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
}

void WizardWindowTest::savedConnectionOpensForRetest()
{
    QVERIFY(startWizard());
    WizardController *controller = m_fixture->controller.get();
    completeAccountPage();
    for (const CredentialField field : tba::allCredentialFields)
        controller->setCredential(field, m_emulator->credentials().value(field));
    controller->setUntestedSaveConfirmed(true);
    QSignalSpy saved(controller, &WizardController::saveFinished);
    controller->save();
    QVERIFY(saved.wait(30000));
    QVERIFY(controller->isSaved());
    const QString name = controller->savedProfile().name;
    controller->startNew();
    m_wizard->restart();
    QVERIFY(
        childOf<QLineEdit>(tba::AccountPageId, QStringLiteral("accountEdit"))->text().isEmpty());

    QTest::mouseClick(m_wizard->button(QWizard::CustomButton2), Qt::LeftButton);
    auto *dialog = m_wizard->findChild<QInputDialog *>(QStringLiteral("openSavedDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->comboBoxItems(), QStringList{name});
    QSignalSpy opened(controller, &WizardController::profileOpened);
    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(opened.wait(30000));
    QCOMPARE(controller->editedProfile(), name);
    QCOMPARE(m_wizard->currentId(), int(tba::AccountPageId));
    QCOMPARE(child<QLineEdit>(QStringLiteral("accountEdit"))->text(), m_emulator->account());
    if (controller->lookupStatus() != tba::AccountLookup::Status::Found)
        QVERIFY(lookup.wait());

    for (int pageId = tba::FeaturesPageId; pageId <= tba::TokenPageId; ++pageId) {
        clickNext();
        QCOMPARE(m_wizard->currentId(), pageId);
    }
    QCOMPARE(child<QLineEdit>(QStringLiteral("tokenSecretEdit"))->text(),
             m_emulator->credentials().tokenSecret);
    runConnectionTest();
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);
    screenshot(QStringLiteral("05-token-retested"));
    clickNext();
    QTRY_COMPARE(m_wizard->currentId(), int(tba::ResultPageId));
    const std::optional<tba::Profile> profile = m_fixture->profiles->load(name);
    QVERIFY(profile.has_value());
    QVERIFY(profile->lastCheck.has_value());
    QVERIFY(profile->lastCheck->succeeded);
}

void WizardWindowTest::damagedProfileNamedByOpenSaved()
{
    QVERIFY(QDir().mkpath(m_fixture->profilesPath()));
    QFile damaged(QDir(m_fixture->profilesPath()).filePath(QStringLiteral("broken.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": ");
    damaged.close();
    m_fixture->setAdvanced(WizardFixture::closedLocalUrl());
    buildWizard();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    QTest::mouseClick(m_wizard->button(QWizard::CustomButton2), Qt::LeftButton);
    auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("noSavedConnectionsBox"));
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(!text.contains(QLatin1String("No connection has been saved yet")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("broken.json")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("list command")), qPrintable(text));
    screenshot(QStringLiteral("damaged-profile"), box);
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
}

void WizardWindowTest::openedProfileWithoutSecretsWarns()
{
    // A profile imported without its secrets has a file but no keychain entry.
    tba::Profile imported;
    imported.name = QStringLiteral("imported");
    imported.accountId = QStringLiteral("1234567");
    imported.integrationName = QStringLiteral("AfterShip");
    imported.createdAt = QDateTime::currentDateTimeUtc();
    const tba::ProfileResult created = m_fixture->profiles->create(imported);
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_fixture->setAdvanced(WizardFixture::closedLocalUrl());
    buildWizard();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    // The message has no widget until a connection comes without its secrets.
    QVERIFY(!childOf<QLabel>(tba::AccountPageId, QStringLiteral("openProblemMessage")));

    QTest::mouseClick(m_wizard->button(QWizard::CustomButton2), Qt::LeftButton);
    auto *dialog = m_wizard->findChild<QInputDialog *>(QStringLiteral("openSavedDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy opened(m_fixture->controller.get(), &WizardController::profileOpened);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(opened.wait(30000));
    QCOMPARE(m_wizard->currentId(), int(tba::AccountPageId));
    auto *accountProblem =
        childOf<QLabel>(tba::AccountPageId, QStringLiteral("openProblemMessage"));
    QVERIFY(accountProblem);
    QVERIFY(accountProblem->isVisible());
    QVERIFY2(accountProblem->text().contains(QLatin1String("no secrets for the connection")),
             qPrintable(accountProblem->text()));
    screenshot(QStringLiteral("01-account-without-secrets"));
    for (const int pageId : {tba::IntegrationPageId, tba::TokenPageId}) {
        auto *problem = childOf<QLabel>(pageId, QStringLiteral("openProblemMessage"));
        QVERIFY(problem);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), accountProblem->text());
    }
}

void WizardWindowTest::resumesWhereItStopped()
{
    QVERIFY(startWizard());
    completeAccountPage();
    completeFeaturesPage();
    completeIntegrationPage();
    QCOMPARE(m_wizard->currentId(), int(tba::RolePageId));
    const QString firstRoleItem = m_fixture->controller->roleItems().constFirst().id;
    tick(child<QCheckBox>(firstRoleItem));
    m_wizard.reset();
    m_fixture->destroyController();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    buildWizard();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QSignalSpy lookup(m_fixture->controller.get(), &WizardController::lookupFinished);
    QVERIFY(lookup.wait());
    // The integration page needs the secrets, which are never kept, so it is where the wizard
    // stops when resuming.
    QTRY_COMPARE(m_wizard->currentId(), int(tba::IntegrationPageId));
    screenshot(QStringLiteral("03-integration-resumed"));
    QVERIFY(child<QLineEdit>(QStringLiteral("consumerKeyEdit"))->text().isEmpty());
    QVERIFY(child<QCheckBox>(WizardController::integrationTbaItemId())->isChecked());
    QCOMPARE(childOf<QLineEdit>(tba::AccountPageId, QStringLiteral("accountEdit"))->text(),
             QStringLiteral("1234567-sb1"));
    QVERIFY(childOf<QCheckBox>(tba::RolePageId, firstRoleItem)->isChecked());

    completeIntegrationPage();
    QCOMPARE(m_wizard->currentId(), int(tba::RolePageId));
}

void WizardWindowTest::pagesBuiltOnFirstVisit()
{
    QVERIFY(startWizard());
    auto lazyPage = [this](int pageId) {
        return qobject_cast<tba::LazyPage *>(m_wizard->page(pageId));
    };
    QVERIFY(lazyPage(tba::AccountPageId)->hasContent());
    for (int pageId = tba::FeaturesPageId; pageId <= tba::ResultPageId; ++pageId) {
        QVERIFY2(!lazyPage(pageId)->hasContent(), qPrintable(lazyPage(pageId)->objectName()));
        QVERIFY(lazyPage(pageId)->findChildren<QLabel *>().isEmpty());
        QVERIFY(lazyPage(pageId)->findChildren<QAbstractButton *>().isEmpty());
    }

    // Ticks recorded before the page is built show on it once it is.
    for (const tba::ChecklistItem &item : m_fixture->controller->featureItems())
        m_fixture->controller->setChecked(item.id, true);
    completeAccountPage();
    QVERIFY(lazyPage(tba::FeaturesPageId)->hasContent());
    QVERIFY(!lazyPage(tba::IntegrationPageId)->hasContent());
    for (const tba::ChecklistItem &item : m_fixture->controller->featureItems())
        QVERIFY2(child<QCheckBox>(item.id)->isChecked(), qPrintable(item.id));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(page()->isAncestorOf(QApplication::focusWidget()));
}

void WizardWindowTest::resumedEditShowsEveryPage()
{
    QVERIFY(startWizard());
    WizardController *controller = m_fixture->controller.get();
    const tba::Credentials credentials = m_emulator->credentials();
    completeAccountPage();
    for (const CredentialField field : tba::allCredentialFields)
        controller->setCredential(field, credentials.value(field));
    controller->setUntestedSaveConfirmed(true);
    QSignalSpy saved(controller, &WizardController::saveFinished);
    controller->save();
    QVERIFY(saved.wait(30000));
    QVERIFY(controller->isSaved());
    const QString name = controller->savedProfile().name;

    // Open the saved connection, go on to the role page and close the wizard there.
    QSignalSpy opened(controller, &WizardController::profileOpened);
    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    controller->openProfile(name);
    m_wizard->restart();
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 30000);
    QTRY_VERIFY(lookup.count() > 0);
    for (int pageId = tba::FeaturesPageId; pageId <= tba::RolePageId; ++pageId)
        clickNext();
    QCOMPARE(m_wizard->currentId(), int(tba::RolePageId));
    m_wizard.reset();
    m_fixture->destroyController();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The next start reads the secrets from the keychain and moves on to the role page once the
    // lookup has finished, building each page on the way.
    buildWizard();
    controller = m_fixture->controller.get();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QSignalSpy reopened(controller, &WizardController::profileOpened);
    QSignalSpy resumedLookup(controller, &WizardController::lookupFinished);
    QTRY_VERIFY_WITH_TIMEOUT(reopened.count() > 0, 30000);
    QTRY_VERIFY(resumedLookup.count() > 0);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::RolePageId));
    screenshot(QStringLiteral("04-role-resumed"));
    QCOMPARE(m_wizard->visitedIds(),
             (QList<int>{tba::AccountPageId, tba::FeaturesPageId, tba::IntegrationPageId,
                         tba::RolePageId}));
    QVERIFY(page()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(child<QLineEdit>(QStringLiteral("roleNameEdit"))->text(), controller->roleName());
    for (const tba::ChecklistItem &item : controller->roleItems())
        QVERIFY2(child<QCheckBox>(item.id)->isChecked(), qPrintable(item.id));

    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(tba::IntegrationPageId));
    QCOMPARE(child<QLineEdit>(QStringLiteral("consumerKeyEdit"))->text(), credentials.consumerKey);
    QCOMPARE(child<QLineEdit>(QStringLiteral("consumerSecretEdit"))->text(),
             credentials.consumerSecret);
    QCOMPARE(child<QLineEdit>(QStringLiteral("integrationNameEdit"))->text(),
             controller->integrationName());
    QVERIFY(child<QCheckBox>(WizardController::integrationTbaItemId())->isChecked());

    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(tba::FeaturesPageId));
    for (const tba::ChecklistItem &item : controller->featureItems())
        QVERIFY2(child<QCheckBox>(item.id)->isChecked(), qPrintable(item.id));

    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(tba::AccountPageId));
    QCOMPARE(child<QLineEdit>(QStringLiteral("accountEdit"))->text(), m_emulator->account());

    for (int pageId = tba::FeaturesPageId; pageId <= tba::TokenPageId; ++pageId) {
        clickNext();
        QCOMPARE(m_wizard->currentId(), pageId);
    }
    screenshot(QStringLiteral("05-token-resumed"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("tokenIdEdit"))->text(), credentials.tokenId);
    QCOMPARE(child<QLineEdit>(QStringLiteral("tokenSecretEdit"))->text(), credentials.tokenSecret);
    QVERIFY(child<QPushButton>(QStringLiteral("testButton"))->isEnabled());
}

namespace {

/// Returns the controls of `page` that Tab should reach: visible, enabled and accepting focus.
QList<QWidget *> focusableControls(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(page) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
            controls.append(widget);
        }
    }
    return controls;
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
           widget->objectName();
}

} // namespace

void WizardWindowTest::keyboardReachesEveryControl()
{
    QVERIFY(startWizard());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    WizardController *controller = m_fixture->controller.get();
    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    controller->setAccountInput(m_emulator->account());
    QVERIFY(lookup.wait());

    for (int pageId = tba::AccountPageId; pageId <= tba::TokenPageId; ++pageId) {
        QCOMPARE(m_wizard->currentId(), pageId);
        const QList<QWidget *> expected = focusableControls(page());
        QVERIFY(expected.size() >= 3);
        QSet<QWidget *> reached;
        expected.constFirst()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < expected.size() + 20; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget *widget : expected)
            QVERIFY2(reached.contains(widget), qPrintable(describe(widget)));
        QVERIFY(reached.contains(m_wizard->button(QWizard::CancelButton)));

        // Complete the page through the controller; typing is covered by the other tests.
        if (pageId == tba::FeaturesPageId) {
            for (const tba::ChecklistItem &item : controller->featureItems())
                controller->setChecked(item.id, true);
        } else if (pageId == tba::IntegrationPageId) {
            controller->setChecked(WizardController::integrationTbaItemId(), true);
            controller->setCredential(CredentialField::ConsumerKey,
                                      m_emulator->credentials().consumerKey);
            controller->setCredential(CredentialField::ConsumerSecret,
                                      m_emulator->credentials().consumerSecret);
        } else if (pageId == tba::RolePageId) {
            for (const tba::ChecklistItem &item : controller->roleItems())
                controller->setChecked(item.id, true);
        }
        if (pageId < tba::TokenPageId)
            m_wizard->next();
    }
}

void WizardWindowTest::keyboardAloneCompletesSetup()
{
    QVERIFY(startWizard());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    WizardController *controller = m_fixture->controller.get();
    auto press = [this](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_wizard.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    };
    auto typeText = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    // Ticks every unticked box of the page's checklist by tabbing to it and pressing Space.
    auto tickChecklist = [&](const QStringList &ids) {
        for (int i = 0; i < 120; ++i) {
            auto *box = qobject_cast<QCheckBox *>(QApplication::focusWidget());
            if (box && ids.contains(box->objectName()) && !box->isChecked())
                press(Qt::Key_Space);
            press(Qt::Key_Tab);
        }
        for (const QString &id : ids)
            QVERIFY2(controller->isChecked(id), qPrintable(id));
    };

    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("accountEdit"));
    press(Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("accountEdit"));

    typeText(m_emulator->account());
    QVERIFY(lookup.wait());
    press(Qt::Key_N, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation, so the page changes a moment later.
    QTRY_COMPARE(m_wizard->currentId(), int(tba::FeaturesPageId));

    tickChecklist(tba::checklistIds(controller->featureItems()));
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::IntegrationPageId));

    QVERIFY(page()->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), WizardController::integrationTbaItemId());
    QTRY_VERIFY(controller->isChecked(WizardController::integrationTbaItemId()));
    press(Qt::Key_K, Qt::AltModifier);
    typeText(m_emulator->credentials().consumerKey);
    press(Qt::Key_E, Qt::AltModifier);
    typeText(m_emulator->credentials().consumerSecret);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::RolePageId));

    press(Qt::Key_M, Qt::AltModifier);
    tickChecklist(tba::checklistIds(controller->roleItems()));
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(tba::TokenPageId));

    press(Qt::Key_I, Qt::AltModifier);
    typeText(m_emulator->credentials().tokenId);
    press(Qt::Key_E, Qt::AltModifier);
    typeText(m_emulator->credentials().tokenSecret);
    QSignalSpy tested(controller, &WizardController::testFinished);
    press(Qt::Key_T, Qt::AltModifier);
    QVERIFY(tested.wait(60000));
    QCOMPARE(controller->testState(), WizardController::TestState::Passed);

    QSignalSpy saved(controller, &WizardController::saveFinished);
    press(Qt::Key_F, Qt::AltModifier);
    QVERIFY(saved.wait(30000));
    QTRY_COMPARE(m_wizard->currentId(), int(tba::ResultPageId));
    press(Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void WizardWindowTest::secretFieldsHideAndTrim()
{
    QVERIFY(startWizard());
    completeAccountPage();
    completeFeaturesPage();
    auto *secret = child<QLineEdit>(QStringLiteral("consumerSecretEdit"));
    auto *toggle = child<QToolButton>(QStringLiteral("consumerSecretShowButton"));
    auto *message = child<QLabel>(QStringLiteral("consumerSecretMessage"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Show Consumer Secret"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Hide Consumer Secret"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    const QString value = m_emulator->credentials().consumerSecret;
    QGuiApplication::clipboard()->setText(QStringLiteral("\n ") + value + QStringLiteral(" \r\n"));
    secret->setFocus(Qt::TabFocusReason);
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(secret->text(), value);
    QCOMPARE(m_fixture->controller->credential(CredentialField::ConsumerSecret), value);
    QVERIFY(message->isHidden());

    typeInto(secret, QStringLiteral("abc123"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Warning:")), qPrintable(message->text()));
    QVERIFY(!message->text().contains(QStringLiteral("abc123")));
    QCOMPARE(secret->accessibleDescription(), message->text());

    typeInto(child<QLineEdit>(QStringLiteral("consumerKeyEdit")),
             m_emulator->credentials().consumerKey);
    tick(child<QCheckBox>(WizardController::integrationTbaItemId()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(QStringLiteral("03-integration-warning"));

    QGuiApplication::clipboard()->setText(QStringLiteral("abc def"));
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(message->text().startsWith(QStringLiteral("Error:")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // A space typed by hand stays, so the next character does not silently join the value.
    typeInto(secret, QStringLiteral("abc def"));
    QCOMPARE(secret->text(), QStringLiteral("abc def"));
    QCOMPARE(m_fixture->controller->credential(CredentialField::ConsumerSecret),
             QStringLiteral("abc def"));
    QVERIFY2(message->text().contains(QStringLiteral("whitespace")), qPrintable(message->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // A trailing space is kept in the field but left out of the value.
    typeInto(secret, value + QLatin1Char(' '));
    QCOMPARE(secret->text(), value + QLatin1Char(' '));
    QCOMPARE(m_fixture->controller->credential(CredentialField::ConsumerSecret), value);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void WizardWindowTest::openInNetSuiteUsesOpener()
{
    QVERIFY(startWizard());
    auto *open = child<QPushButton>(QStringLiteral("openInNetSuiteButton"));
    QVERIFY(!open->isEnabled());
    completeAccountPage();
    m_wizard->back();
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_fixture->openedUrls.size(), 1);
    QCOMPARE(
        m_fixture->openedUrls.constLast().toString(),
        QStringLiteral("https://1234567-sb1.app.netsuite.com/app/common/otherlists/company.nl"));

    // Reusing a record leads to the list of records, and the steps say how to get its values.
    auto *integrationPage = qobject_cast<tba::LazyPage *>(m_wizard->page(tba::IntegrationPageId));
    integrationPage->ensureContent();
    auto *steps = integrationPage->findChild<QLabel *>(QStringLiteral("instructionsLabel"));
    QVERIFY(steps->text().contains(QStringLiteral("Manage Integrations > New")));
    auto *reuse = integrationPage->findChild<QCheckBox *>(QStringLiteral("reuseIntegrationCheck"));
    reuse->click();
    QVERIFY(reuse->isChecked());
    QVERIFY2(!steps->text().contains(QStringLiteral("> New")), qPrintable(steps->text()));
    QVERIFY2(steps->text().contains(QStringLiteral("Reset Credentials")), qPrintable(steps->text()));
    QVERIFY(integrationPage->findChild<QLabel *>(QStringLiteral("menuPathLabel"))
                ->text()
                .endsWith(QStringLiteral("Manage Integrations</b>")));
    QTest::mouseClick(
        integrationPage->findChild<QPushButton *>(QStringLiteral("openInNetSuiteButton")),
        Qt::LeftButton);
    QCOMPARE(m_fixture->openedUrls.constLast().toString(),
             QStringLiteral("https://1234567-sb1.app.netsuite.com/app/common/integration/"
                            "integrapplist.nl"));
    reuse->click();
    QVERIFY(!reuse->isChecked());
    QTest::mouseClick(
        integrationPage->findChild<QPushButton *>(QStringLiteral("openInNetSuiteButton")),
        Qt::LeftButton);
    QCOMPARE(
        m_fixture->openedUrls.constLast().toString(),
        QStringLiteral("https://1234567-sb1.app.netsuite.com/app/common/integration/integrapp.nl"));

    QTest::mouseClick(childOf<QPushButton>(tba::RolePageId, QStringLiteral("openEmployeesButton")),
                      Qt::LeftButton);
    QCOMPARE(
        m_fixture->openedUrls.constLast().toString(),
        QStringLiteral("https://1234567-sb1.app.netsuite.com/app/common/entity/employeelist.nl"));
}

void WizardWindowTest::advancedSettingsBehindButton()
{
    QVERIFY(startWizard());
    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    auto *dialog = m_wizard->findChild<QDialog *>(QStringLiteral("advancedSettingsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *caFile = dialog->findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
    QCOMPARE(caFile->text(), m_emulator->caFile());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("caFileLabel"))->buddy(), caFile);
    // The placeholders show whole, and so does the CA file's path.
    for (const QString &name : {QStringLiteral("caFileEdit"), QStringLiteral("lookupUrlEdit")}) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        const QFontMetrics metrics = edit->fontMetrics();
        for (const QString &text : {edit->placeholderText(), edit->text()})
            QVERIFY2(edit->width() > metrics.horizontalAdvance(text), qPrintable(name));
    }
    screenshot(QStringLiteral("advanced"), dialog);
    auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("restBaseUrlEdit"));
    typeInto(baseUrl, QStringLiteral("http://127.0.0.1:1"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("advancedOkButton"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("advancedErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https")));
    QVERIFY(dialog->isVisible());
    // The error line takes room of its own: no field shrinks below its height.
    for (const QString &name : {QStringLiteral("caFileEdit"), QStringLiteral("restBaseUrlEdit"),
                                QStringLiteral("lookupUrlEdit"), QStringLiteral("timeoutSpin")}) {
        auto *field = dialog->findChild<QWidget *>(name);
        QVERIFY2(field && field->height() >= field->sizeHint().height(), qPrintable(name));
    }
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    screenshot(QStringLiteral("advanced-error"), dialog);

    typeInto(baseUrl, m_emulator->baseUrl().toString());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<QDialog *>(QStringLiteral("advancedSettingsDialog")));
    QCOMPARE(m_fixture->controller->advancedSettings().restBaseUrl, m_emulator->baseUrl());
}

void WizardWindowTest::fitsCommonScreensScaledUp_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("1366x768 at 150%") << QSize(1366, 768) << 1.5;
    QTest::newRow("1920x1080 at 200%") << QSize(1920, 1080) << 2.0;
    QTest::newRow("2560x1440 at 200%") << QSize(2560, 1440) << 2.0;
}

void WizardWindowTest::fitsCommonScreensScaledUp()
{
    QFETCH(QSize, screen);
    QFETCH(qreal, scale);
    QVERIFY(startWizard());
    // Qt scales every length by the factor, so a window fits a scaled screen when its size in
    // device-independent pixels fits the screen divided by the factor. A taskbar takes some room.
    const int taskbar = 48;
    const QSize available(qFloor(screen.width() / scale),
                          qFloor(screen.height() / scale) - taskbar);
    const qreal ratio = m_wizard->devicePixelRatio();
    const QSize minimum = m_wizard->minimumSizeHint().expandedTo(m_wizard->minimumSize()) / ratio;
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("minimum %1x%2, available %3x%4")
                            .arg(minimum.width())
                            .arg(minimum.height())
                            .arg(available.width())
                            .arg(available.height())));
    for (int pageId : m_wizard->pageIds()) {
        // A page creates its widgets on its first visit, and the size check needs them.
        auto *lazyPage = qobject_cast<tba::LazyPage *>(m_wizard->page(pageId));
        QVERIFY(lazyPage);
        lazyPage->ensureContent();
        const QSize pageMinimum = m_wizard->page(pageId)->minimumSizeHint() / ratio;
        QVERIFY2(pageMinimum.width() <= available.width() &&
                     pageMinimum.height() <= available.height(),
                 qPrintable(m_wizard->page(pageId)->objectName()));
    }
}

void WizardWindowTest::verifyUniqueMnemonics(QWidget *window, const QString &where)
{
    QApplication::processEvents();
    QMap<QKeySequence, QString> owners;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        const QString owner = describe(widget) + QStringLiteral(" \"") + text + QLatin1Char('"');
        QVERIFY2(!owners.contains(key),
                 qPrintable(QStringLiteral("%1: %2 and %3 share %4")
                                .arg(where, owners.value(key), owner, key.toString())));
        owners.insert(key, owner);
    }
    QVERIFY2(!owners.isEmpty(), qPrintable(where));
}

void WizardWindowTest::mnemonicsUniquePerWindow()
{
    QVERIFY(startWizard());
    WizardController *controller = m_fixture->controller.get();
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("account page"));
    completeAccountPage();
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("features page"));
    completeFeaturesPage();
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("integration page"));
    auto *reuse = child<QCheckBox>(QStringLiteral("reuseIntegrationCheck"));
    tick(reuse);
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("integration page, reusing a record"));
    QTest::keyClick(reuse, Qt::Key_Space);
    QVERIFY(!reuse->isChecked());
    completeIntegrationPage();
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("role page"));
    completeRolePage();
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("token page"));
    enterToken(QString(64, QLatin1Char('0')));
    runConnectionTest();
    QCOMPARE(controller->testState(), WizardController::TestState::Failed);
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("token page, test failed"));

    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    auto *advanced = m_wizard->findChild<QDialog *>(QStringLiteral("advancedSettingsDialog"));
    QVERIFY(advanced);
    QVERIFY(QTest::qWaitForWindowExposed(advanced));
    verifyUniqueMnemonics(advanced, QStringLiteral("advanced settings"));
    advanced->reject();

    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    auto *discard = m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox"));
    QVERIFY(discard);
    QVERIFY(QTest::qWaitForWindowExposed(discard));
    verifyUniqueMnemonics(discard, QStringLiteral("close question"));
    QTest::mouseClick(discard->findChild<QPushButton *>(QStringLiteral("keepEditingButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("discardBox")));

    enterToken();
    runConnectionTest();
    QSignalSpy saved(controller, &WizardController::saveFinished);
    clickNext();
    QVERIFY(saved.wait(30000));
    QTRY_COMPARE(m_wizard->currentId(), int(tba::ResultPageId));
    verifyUniqueMnemonics(m_wizard.get(), QStringLiteral("result page"));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto *dialog = m_wizard->findChild<tba::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    tick(dialog->findChild<QCheckBox *>(QStringLiteral("includeSecretsCheck")));
    verifyUniqueMnemonics(dialog, QStringLiteral("export"));
    const QString existing = m_fixture->dir.filePath(QStringLiteral("existing.json"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit")), existing);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("exportConfirmButton"))->text(),
             QStringLiteral("&Replace"));
    verifyUniqueMnemonics(dialog, QStringLiteral("export, asking to replace"));
    dialog->reject();
    QTRY_VERIFY(!m_wizard->findChild<tba::ExportDialog *>());

    QTest::mouseClick(m_wizard->button(QWizard::CustomButton2), Qt::LeftButton);
    auto *open = m_wizard->findChild<QInputDialog *>(QStringLiteral("openSavedDialog"));
    QVERIFY(open);
    QVERIFY(QTest::qWaitForWindowExposed(open));
    verifyUniqueMnemonics(open, QStringLiteral("open saved connection"));
    open->reject();
}

/// Walks the controller through steps 1 to 4 and shows step 5, without typing.
static void completeStepsThroughController(tba::SetupWizard *wizard, WizardController *controller,
                                           const tba::Credentials &credentials)
{
    for (const tba::ChecklistItem &item : controller->featureItems())
        controller->setChecked(item.id, true);
    controller->setChecked(WizardController::integrationTbaItemId(), true);
    for (const tba::ChecklistItem &item : controller->roleItems())
        controller->setChecked(item.id, true);
    for (const CredentialField field : tba::allCredentialFields)
        controller->setCredential(field, credentials.value(field));
    while (wizard->currentId() < tba::TokenPageId)
        wizard->next();
}

void WizardWindowTest::finishErrorShownAboveButtons()
{
    QVERIFY(startWizard());
    WizardController *controller = m_fixture->controller.get();
    completeAccountPage();
    // A connection of the same name is saved already, so Finish asks to replace it.
    const QString name = controller->profileName();
    for (const CredentialField field : tba::allCredentialFields)
        controller->setCredential(field, m_emulator->credentials().value(field));
    controller->setUntestedSaveConfirmed(true);
    QSignalSpy saved(controller, &WizardController::saveFinished);
    controller->save();
    QVERIFY(saved.wait(30000));
    QVERIFY(controller->isSaved());
    controller->startNew();
    m_wizard->restart();
    QSignalSpy lookup(controller, &WizardController::lookupFinished);
    controller->setAccountInput(m_emulator->account());
    QVERIFY(lookup.wait());
    QCOMPARE(controller->profileName(), name);
    completeStepsThroughController(m_wizard.get(), controller, m_emulator->credentials());
    QCOMPARE(m_wizard->currentId(), int(tba::TokenPageId));
    m_wizard->resize(m_wizard->minimumSize());

    auto *error = child<QLabel>(QStringLiteral("saveErrorLabel"));
    auto finishAndKeepSaved = [&] {
        if (controller->testState() != WizardController::TestState::Passed)
            tick(child<QCheckBox>(QStringLiteral("saveUntestedCheck")));
        clickNext();
        QTRY_VERIFY(m_wizard->findChild<QMessageBox *>(QStringLiteral("replaceProfileBox")));
        auto *box = m_wizard->findChild<QMessageBox *>(QStringLiteral("replaceProfileBox"));
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("replaceProfileBox")));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Not saved")), qPrintable(error->text()));
    };
    finishAndKeepSaved();
    QApplication::processEvents();
    // The whole message is in view, even in the smallest window, and covers none of the page.
    const QRect shown = error->visibleRegion().boundingRect();
    QCOMPARE(shown.size(), error->size());
    auto *scroll = child<QWidget>(QStringLiteral("pageScrollArea"));
    QVERIFY(scroll->mapTo(m_wizard.get(), QPoint(0, scroll->height())).y() <=
            error->mapTo(m_wizard.get(), QPoint(0, 0)).y());
    QVERIFY(error->mapTo(m_wizard.get(), QPoint(0, error->height())).y() <=
            m_wizard->button(QWizard::CommitButton)->mapTo(m_wizard.get(), QPoint(0, 0)).y());
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    screenshot(QStringLiteral("05-token-not-saved"));

    // Changing an input makes the error stale.
    auto *tokenSecret = child<QLineEdit>(QStringLiteral("tokenSecretEdit"));
    typeInto(tokenSecret, m_emulator->credentials().tokenSecret + QLatin1Char('0'));
    QVERIFY(!error->isVisible());
    typeInto(tokenSecret, m_emulator->credentials().tokenSecret);

    // So does a new test.
    finishAndKeepSaved();
    runConnectionTest();
    QVERIFY(!error->isVisible());

    // And so does a change of the advanced settings.
    finishAndKeepSaved();
    tba::AdvancedSettings advanced = controller->advancedSettings();
    advanced.timeoutSeconds += 1;
    QString advancedError;
    QVERIFY2(controller->setAdvancedSettings(advanced, &advancedError),
             qPrintable(advancedError));
    QVERIFY(!error->isVisible());
}

void WizardWindowTest::minimumSizeShowsPageContent()
{
    QVERIFY(startWizard());
    m_wizard->resize(m_wizard->minimumSize());
    QApplication::processEvents();
    QCOMPARE(m_wizard->size(), m_wizard->minimumSize());
    auto *scroll = child<QWidget>(QStringLiteral("pageScrollArea"));
    const int lines = scroll->height() / scroll->fontMetrics().height();
    QVERIFY2(lines >= 10, qPrintable(QStringLiteral("%1 lines in %2x%3")
                                         .arg(lines)
                                         .arg(m_wizard->width())
                                         .arg(m_wizard->height())));
    screenshot(QStringLiteral("01-account-minimum"));
}

void WizardWindowTest::longAccountIdNeedsNoSidewaysScroll()
{
    QVERIFY(startWizard());
    auto *account = child<QLineEdit>(QStringLiteral("accountEdit"));
    account->setFocus(Qt::TabFocusReason);
    // QLineEdit's default maximum length (32767 characters), pasted by mistake.
    QGuiApplication::clipboard()->setText(QString(account->maxLength(), QLatin1Char('7')) +
                                          QStringLiteral("x"));
    QTest::keyClick(account, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(account->text().size(), account->maxLength());
    auto *message = child<QLabel>(QStringLiteral("accountMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("is not a NetSuite account ID")),
             qPrintable(message->text().left(200)));
    QApplication::processEvents();
    auto *scroll = child<QAbstractScrollArea>(QStringLiteral("pageScrollArea"));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(message->width() <= scroll->viewport()->width());
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    screenshot(QStringLiteral("01-account-long-input"));
}

QTEST_MAIN(WizardWindowTest)
#include "tst_wizardwindow.moc"
