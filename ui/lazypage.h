#pragma once

#include <QWizardPage>

namespace tba {

/// A wizard page that creates its widgets on its first visit instead of in its constructor, so
/// that the wizard starts with the widgets of its first page only.
///
/// QWizard calls initializePage() each time it moves forward to a page, before showing it, so the
/// content exists whenever the page is current. Code that needs the widgets of a page not yet
/// visited, such as a size check, calls ensureContent() first.
class LazyPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    /// Creates the content unless it exists.
    void ensureContent();
    bool hasContent() const { return m_hasContent; }

    /// Creates the content on the first call. An override calls this first.
    void initializePage() override;

protected:
    /// Creates the page's widgets. Called once, by ensureContent().
    virtual void buildContent() = 0;

private:
    bool m_hasContent = false;
};

} // namespace tba
