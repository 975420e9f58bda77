#include "ui/lazypage.h"

namespace tba {

void LazyPage::ensureContent()
{
    if (m_hasContent)
        return;
    buildContent();
    m_hasContent = true;
}

void LazyPage::initializePage()
{
    ensureContent();
}

} // namespace tba
