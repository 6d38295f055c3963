#include "core/missions/missioncard.h"

#include "core/missions/missionevents.h"
#include "core/missions/missionsmodel.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/text/links.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>

namespace azkz {

namespace {
constexpr int MaxCardEvents = 20; // the events a mission's card lists; the rest are in the timeline

// The card's texts keep the page's context in the catalogues.
struct MissionsCardText {
    Q_DECLARE_TR_FUNCTIONS(azkz::MissionsPage)
public:
    // The column of the missions model a cell of the table (a proxy of it) shows.
    static int sourceColumn(const QModelIndex &cell)
    {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(cell.model());
        return proxy ? proxy->mapToSource(cell).column() : cell.column();
    }
    // The missions model's header of that column.
    static QVariant sourceHeader(const QAbstractItemModel &table, int column)
    {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(&table);
        const QAbstractItemModel &source = proxy ? *proxy->sourceModel() : table;
        return source.headerData(column, Qt::Horizontal);
    }
};

QString datedFactsHtml(
    const Dataset &dataset, const Mission &mission, const QAbstractItemModel &table, Language language)
{
    // Beside the table's dates: the other sources that give them, and every version where
    // sources disagree.
    QString html;
    for (const int column : {MissionsModel::Established, MissionsModel::Opened}) {
        const DatedFact *fact = MissionsModel::datedFact(mission, column);
        if (!fact)
            continue;
        if (!fact->sourceIds.isEmpty())
            html += QStringLiteral("<p><b>%1</b>: %2</p>")
                        .arg(MissionsCardText::sourceHeader(table, column).toString().toHtmlEscaped(),
                            citationHtml(!fact->refs.isEmpty(), fact->refs, fact->sourceIds, dataset, language));
        if (fact->dispute)
            html += disputeHtml(*fact->dispute, dataset, language);
    }
    return html;
}

QString headsHtml(const Dataset &dataset, const Mission &mission, Language language)
{
    if (mission.heads.isEmpty())
        return {};
    QString items;
    for (const MissionHead &head : mission.heads)
        items += QStringLiteral("<li>%1<br><small>%2</small></li>")
                     .arg(headOfMission(head, dataset, language).toHtmlEscaped(),
                         citationHtml(head.fromArticle, head.refs, head.sourceIds, dataset, language));
    return QStringLiteral("<h3>%1</h3><ul>%2</ul>")
        .arg(MissionsCardText::tr("Heads of mission, the latest known first").toHtmlEscaped(), items);
}
} // namespace

QString missionCardHtml(
    const Dataset &dataset, const Mission &mission, const QAbstractItemModel &table, int row, Language language)
{
    // Each field a paragraph, not a table's row: a table's cells reach a screen reader with the
    // frame markers U+FDD0 and U+FDD1 between them.
    QString html = QStringLiteral("<h2>%1</h2>").arg(mission.name.in(language).toHtmlEscaped());
    for (int column = 0; column < table.columnCount(); ++column) {
        const QModelIndex cell = table.index(row, column);
        const auto refs = cell.data(ReferencesRole).value<References>();
        // The dates as the table shows them: where sources disagree, every version follows
        // the table (datedFactsHtml), not inside it.
        const bool dated = MissionsModel::datedFact(mission, MissionsCardText::sourceColumn(cell));
        const QString value = (dated ? cell.data() : cell.data(Qt::ToolTipRole)).toString();
        html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px\"><b>%1:</b> %2 <sup>%3</sup></p>")
                    .arg(table.headerData(column, Qt::Horizontal).toString().toHtmlEscaped(), value.toHtmlEscaped(),
                        formatReferences(refs));
    }
    html += datedFactsHtml(dataset, mission, table, language) + headsHtml(dataset, mission, language);
    // The card lists the first events only: a news-derived dataset can give a mission tens of
    // thousands, which the timeline shows better than a card can.
    QString events;
    const MissionEvents listed = eventsOfMission(dataset, mission.id, MaxCardEvents);
    for (const int index : listed.first) {
        const Event &event = dataset.events.at(index);
        events += QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>")
                      .arg(linkTo(QStringLiteral("event"), event.id),
                          formatEventDate(event, dataset, language).toHtmlEscaped(),
                          event.title.in(language).toHtmlEscaped());
    }
    if (listed.more > 0)
        events += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                      .arg(linkTo(QStringLiteral("event"), dataset.events.at(listed.next).id),
                          MissionsCardText::tr("and %1 more: go on in the timeline")
                              .arg(localeFor(language).toString(listed.more))
                              .toHtmlEscaped());
    if (!events.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(MissionsCardText::tr("In the timeline").toHtmlEscaped(), events);
    return html;
}

} // namespace azkz
