// A table model as an HTML table, for documents (print, the briefing PDF): the model's own
// headers on top, its display text escaped, numbers (cells with a ValueRole) right-aligned.
#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace azkz {

QString htmlTable(const QAbstractItemModel &model);

} // namespace azkz
