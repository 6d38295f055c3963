// A table model as an HTML table, for documents (print, the briefing PDF): the model's own
// headers on top, its text escaped (the display text, or the whole text a model gives a screen
// reader, Qt::AccessibleTextRole), numbers (cells with a ValueRole) right-aligned.
#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace azkz {

QString htmlTable(const QAbstractItemModel &model, int role = Qt::DisplayRole);

} // namespace azkz
