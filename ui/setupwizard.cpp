#include "ui/setupwizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace tba {

SetupWizard::SetupWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("NetSuite Token-Based Authentication Setup"));

    auto *overview = new QWizardPage(this);
    overview->setObjectName(QStringLiteral("overviewPage"));
    overview->setTitle(tr("Set up Token-Based Authentication"));
    auto *text = new QLabel(tr("<ol>"
                               "<li>Find your Account ID.</li>"
                               "<li>Enable the SuiteCloud features.</li>"
                               "<li>Create an integration record.</li>"
                               "<li>Create a role and assign it.</li>"
                               "<li>Create an access token and test the connection.</li>"
                               "</ol>"),
                            overview);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(overview);
    layout->addWidget(text);
    addPage(overview);
}

} // namespace tba
