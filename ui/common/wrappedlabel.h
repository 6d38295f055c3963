// A label of plain text that wraps its words, can be selected with the mouse (to copy a source
// or a note), and measures its height for a width once. Qt's label lays its whole text out again
// at every question; a page's layouts ask for the same few widths again and again while a window
// opens (the trade page's two notes took a quarter of its start before the first paint).
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

namespace azkz {

class WrappedLabel final : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        setMinimumWidth(1); // a word longer than the window is cut, rather than widen it
    }

    int heightForWidth(int width) const override
    {
        // Measured again once the text, the font or the margins change; a window dragged
        // through many widths does not keep them all.
        const QMargins margins = contentsMargins();
        if (text() != m_measuredText || font() != m_measuredFont || margins != m_measuredMargins
            || m_heights.size() > 32) {
            m_heights.clear();
            m_measuredText = text();
            m_measuredFont = font();
            m_measuredMargins = margins;
        }
        auto known = m_heights.constFind(width);
        if (known == m_heights.cend())
            known = m_heights.insert(width, QLabel::heightForWidth(width));
        return *known;
    }

private:
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable QHash<int, int> m_heights;
};

} // namespace azkz
