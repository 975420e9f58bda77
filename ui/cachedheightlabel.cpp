#include "ui/cachedheightlabel.h"

namespace tba {
namespace {

/// Each new window width adds an entry, so the cache is emptied once it has this many.
constexpr qsizetype maxCachedWidths = 16;

} // namespace

bool CachedHeightLabel::HeightInputs::operator==(const HeightInputs &other) const
{
    return text == other.text && format == other.format && font == other.font &&
           style == other.style && contentsMargins == other.contentsMargins &&
           margin == other.margin && indent == other.indent && alignment == other.alignment &&
           wordWrap == other.wordWrap && minimumSize == other.minimumSize &&
           direction == other.direction;
}

CachedHeightLabel::HeightInputs CachedHeightLabel::currentInputs() const
{
    HeightInputs inputs;
    inputs.text = text();
    inputs.format = textFormat();
    inputs.font = font();
    inputs.style = style();
    inputs.contentsMargins = contentsMargins();
    inputs.margin = margin();
    inputs.indent = indent();
    inputs.alignment = alignment();
    inputs.wordWrap = wordWrap();
    inputs.minimumSize = minimumSize();
    inputs.direction = layoutDirection();
    return inputs;
}

int CachedHeightLabel::heightForWidth(int width) const
{
    HeightInputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_heights.clear();
        m_inputs = std::move(inputs);
    }
    const auto cached = m_heights.constFind(width);
    if (cached != m_heights.constEnd())
        return *cached;
    if (m_heights.size() >= maxCachedWidths)
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

} // namespace tba
