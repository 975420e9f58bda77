// The diagnosis shown on step 5: whose detail it is and which buttons lead to each fix.
#include "ui/diagnosisview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using tba::Cause;
using tba::ConnectionStatus;
using tba::Diagnosis;
using tba::DiagnosisView;
using tba::WizardStep;

Q_DECLARE_METATYPE(tba::ConnectionStatus)

namespace {

Cause makeCause(const QString &id, WizardStep step)
{
    Cause cause;
    cause.id = id;
    cause.summary = QStringLiteral("Summary of %1.").arg(id);
    cause.fix = QStringLiteral("Fix of %1.").arg(id);
    cause.wizardStep = step;
    return cause;
}

QStringList buttonTexts(const QWidget &view)
{
    QStringList texts;
    for (const QPushButton *button : view.findChildren<QPushButton *>())
        texts << button->text();
    return texts;
}

} // namespace

class DiagnosisViewTest : public QObject
{
    Q_OBJECT

private slots:
    void detailLabelledBySource_data();
    void detailLabelledBySource();
    void noButtonForOwnStep();
    void advancedFixOpensAdvanced_data();
    void advancedFixOpensAdvanced();
    void otherFixesOpenNoAdvanced();
    void swappedValuesOfferEachStep();
};

void DiagnosisViewTest::detailLabelledBySource_data()
{
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("NetSuite rejected the login")
        << ConnectionStatus::AuthenticationRejected << QStringLiteral("NetSuite says: ");
    QTest::newRow("NetSuite rejected the request")
        << ConnectionStatus::RequestRejected << QStringLiteral("NetSuite says: ");
    QTest::newRow("server error, maybe from a proxy")
        << ConnectionStatus::ServerError << QStringLiteral("The server says: ");
    QTest::newRow("certificate rejected here")
        << ConnectionStatus::TlsError << QStringLiteral("This computer reports: ");
    QTest::newRow("network error here")
        << ConnectionStatus::NetworkError << QStringLiteral("This computer reports: ");
    QTest::newRow("timeout here")
        << ConnectionStatus::Timeout << QStringLiteral("This computer reports: ");
}

void DiagnosisViewTest::detailLabelledBySource()
{
    QFETCH(ConnectionStatus, status);
    QFETCH(QString, prefix);
    DiagnosisView view(WizardStep::AccessToken);
    Diagnosis diagnosis;
    diagnosis.status = status;
    diagnosis.headline = QStringLiteral("Headline.");
    diagnosis.detail = QStringLiteral("The detail");
    view.setDiagnosis(diagnosis, {});
    auto *detail = view.findChild<QLabel *>(QStringLiteral("diagnosisDetail"));
    QVERIFY(detail);
    QCOMPARE(detail->text(), prefix + diagnosis.detail);
}

void DiagnosisViewTest::noButtonForOwnStep()
{
    DiagnosisView view(WizardStep::AccessToken);
    Diagnosis diagnosis;
    diagnosis.status = ConnectionStatus::AuthenticationRejected;
    diagnosis.causes = {makeCause(QStringLiteral("wrong-token"), WizardStep::AccessToken),
                        makeCause(QStringLiteral("wrong-key"), WizardStep::IntegrationRecord)};
    view.setDiagnosis(diagnosis, {});
    QCOMPARE(buttonTexts(view), QStringList{QStringLiteral("Go to step 3")});
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("goToStepButton_wrong-token")));

    QList<WizardStep> requested;
    connect(&view, &DiagnosisView::stepRequested, this,
            [&requested](WizardStep step) { requested << step; });
    view.findChild<QPushButton *>(QStringLiteral("goToStepButton_wrong-key"))->click();
    QCOMPARE(requested, QList<WizardStep>{WizardStep::IntegrationRecord});
}

void DiagnosisViewTest::advancedFixOpensAdvanced_data()
{
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("setting");
    QTest::newRow("unknown issuer")
        << ConnectionStatus::TlsError << QStringLiteral("tls-unknown-issuer")
        << QStringLiteral("CA file");
    QTest::newRow("self-signed")
        << ConnectionStatus::TlsError << QStringLiteral("tls-self-signed")
        << QStringLiteral("CA file");
    QTest::newRow("no answer in time")
        << ConnectionStatus::Timeout << QStringLiteral("timeout") << QStringLiteral("timeout");
    QTest::newRow("lookup address fails")
        << ConnectionStatus::ServerError << QStringLiteral("lookup-failed")
        << QStringLiteral("lookup address");
}

void DiagnosisViewTest::advancedFixOpensAdvanced()
{
    QFETCH(ConnectionStatus, status);
    QFETCH(QString, cause);
    QFETCH(QString, setting);
    DiagnosisView view(WizardStep::AccessToken);
    Diagnosis diagnosis;
    diagnosis.status = status;
    diagnosis.causes = {makeCause(cause, WizardStep::None)};
    view.setDiagnosis(diagnosis, {});
    auto *button = view.findChild<QPushButton *>(QStringLiteral("openAdvancedButton_") + cause);
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Open Advanced..."));
    QVERIFY2(button->accessibleDescription().contains(setting),
             qPrintable(button->accessibleDescription()));
    QSignalSpy requested(&view, &DiagnosisView::advancedSettingsRequested);
    button->click();
    QCOMPARE(requested.count(), 1);
}

void DiagnosisViewTest::otherFixesOpenNoAdvanced()
{
    DiagnosisView view(WizardStep::AccessToken);
    Diagnosis diagnosis;
    diagnosis.status = ConnectionStatus::NetworkError;
    diagnosis.causes = {makeCause(QStringLiteral("proxy-error"), WizardStep::None)};
    view.setDiagnosis(diagnosis, {});
    QVERIFY(buttonTexts(view).isEmpty());
}

void DiagnosisViewTest::swappedValuesOfferEachStep()
{
    DiagnosisView onTokenStep(WizardStep::AccessToken);
    Diagnosis diagnosis;
    diagnosis.status = ConnectionStatus::AuthenticationRejected;
    diagnosis.causes = {makeCause(QStringLiteral("wrong-secret"), WizardStep::AccessToken)};
    onTokenStep.setDiagnosis(diagnosis, {});
    QCOMPARE(buttonTexts(onTokenStep), QStringList{QStringLiteral("Go to step 3")});

    DiagnosisView elsewhere(WizardStep::None);
    elsewhere.setDiagnosis(diagnosis, {});
    QStringList texts = buttonTexts(elsewhere);
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("Go to step 3"), QStringLiteral("Go to step 5")}));
}

QTEST_MAIN(DiagnosisViewTest)
#include "tst_diagnosisview.moc"
