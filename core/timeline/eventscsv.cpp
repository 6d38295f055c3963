#include "core/timeline/eventscsv.h"

#include "core/io/csv.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"

#include <QCoreApplication>

namespace azkz {

struct EventsCsv {
    Q_DECLARE_TR_FUNCTIONS(azkz::EventsCsv)
};

QByteArray eventsCsv(const Dataset &dataset, const QList<int> &events, Language language)
{
    QStringList lines = {csvComment(
        EventsCsv::tr("Source: “%1”, %2. Licence: %3.")
            .arg(dataset.source.title.in(language), dataset.source.publisher.in(language), dataset.source.licence))};
    lines.append(QStringList{EventsCsv::tr("Date (ISO 8601)"), EventsCsv::tr("Date"), EventsCsv::tr("Title"),
        EventsCsv::tr("Category"), EventsCsv::tr("Text"), EventsCsv::tr("References"), EventsCsv::tr("Sources"),
        EventsCsv::tr("Sources disagree")}
                     .join(QLatin1Char(',')));
    for (int index : events) {
        const Event &event = dataset.events.at(index);
        const Category *category = dataset.category(event.categoryId);
        lines.append(QStringList{csvField(event.date.toString()), csvField(formatEventDate(event, dataset, language)),
            csvField(event.title.in(language)), csvField(category ? category->name.in(language) : QString()),
            csvField(event.text.in(language)), csvField(formatReferences(event.refs)),
            csvField(citationText(event.fromArticle, event.refs, event.sourceIds, dataset, language)),
            csvField(event.dispute ? disputeText(*event.dispute, dataset, language) : QString())}
                         .join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace azkz
