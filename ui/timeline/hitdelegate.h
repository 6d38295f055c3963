// The timeline list's delegate: a group's heading in bold on the alternate background, in the
// upper half of the group's first row (the view makes that row twice as tall), event texts as
// plain-text tooltips, and the search's hits marked in the titles as in the event card.
#pragma once

#include "ui/common/plaintext.h"

namespace azkz {

class HitDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;
    void setQuery(const QString &query) { m_query = query; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static inline const QColor HitBackground = QColor(0xff, 0xe0, 0x66);
    static inline const QColor HitText = QColor(0, 0, 0);

private:
    void paintEventRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QString m_query;
};

} // namespace azkz
