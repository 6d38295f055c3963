// The timeline's picture inside a long document (its PDF, SVG and PNG, and the briefing PDF's
// timeline): the time axis as the screen draws it, with the key of its colours and shapes.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"

#include <QCoreApplication>
#include <QList>

class QObject;

namespace azkz {

// The context of the timeline export's own strings.
struct TimelineExport {
    Q_DECLARE_TR_FUNCTIONS(azkz::TimelineExport)
};

// A handler for QAbstractTextDocumentLayout::registerHandler() drawing the axis of these
// events (indices into dataset's events) at the document's text width; owned by parent.
QObject *createTimelinePicture(
    const SharedDataset &dataset, Language language, const QList<int> &events, QObject *parent);

} // namespace azkz
