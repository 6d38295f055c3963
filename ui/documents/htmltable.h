// A table model as an HTML table, for documents (print, the briefing PDF): the model's own
// headers on top, its text escaped (the display text, or the whole text with every version and
// its sources, WholeTextRole), numbers (cells with a ValueRole) right-aligned.
#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace azkz {

QString htmlTable(const QAbstractItemModel &model, int role = Qt::DisplayRole);

} // namespace azkz
