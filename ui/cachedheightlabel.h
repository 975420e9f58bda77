#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>

namespace tba {

/// A QLabel that remembers heightForWidth() per width until something that changes the height
/// changes: the text, its format, the font, the style, the margins, the indent, the alignment,
/// word wrapping, the minimum size or the layout direction.
///
/// For rich text, QLabel (Qt 6.4, QLabelPrivate::sizeForWidth()) lays the whole document out
/// twice on every heightForWidth() call: at the requested width, then back at its own width.
/// Layouts request each width several times (for the height and for the minimum height, and again
/// after every invalidation), so a word-wrapped rich text label is otherwise laid out dozens of
/// times before its window first shows.
class CachedHeightLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;

    /// Returns how many widths have a remembered height.
    int cachedWidthCount() const { return int(m_heights.size()); }

private:
    /// What QLabel's height for a width depends on, besides the width.
    struct HeightInputs
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        QFont font;
        const QStyle *style = nullptr;
        QMargins contentsMargins;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        bool wordWrap = false;
        QSize minimumSize;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        bool operator==(const HeightInputs &other) const;
    };

    HeightInputs currentInputs() const;

    mutable HeightInputs m_inputs;
    mutable QHash<int, int> m_heights;
};

} // namespace tba
