// A table's column titles on up to a few lines each, centred: a title longer than that ends in
// "…" on its last line and is whole in its tooltip and to a screen reader (the model's title).
// The header is as tall as its tallest title needs at the columns' widths.
#pragma once

#include <QHeaderView>

namespace azkz {

class WrappingHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingHeader)
public:
    WrappingHeader(int maxLines, QWidget *parent);
    // The title as drawn: broken into lines at the section's width, at most maxLines of them.
    QString shownText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    void fitHeight();
    int arrowRoom() const;
    int textWidth(int logicalIndex) const;

    int m_maxLines;
};

} // namespace azkz
