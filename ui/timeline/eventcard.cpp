#include "ui/timeline/eventcard.h"

#include "core/models/roles.h"
#include "core/text/formatting.h"
#include "core/text/links.h"
#include "core/text/searchtext.h"
#include "core/timeline/eventsmodel.h"
#include "ui/common/plaintext.h"
#include "ui/common/spokenlinks.h"

#include <QUrl>

namespace azkz {

namespace {

// The text with each hit of query wrapped in a highlight, everything escaped.
QString marked(const QString &text, const QString &query)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &hit : findFolded(text, query)) {
        html += text.mid(at, hit.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:#ffe066;color:#000\">%1</span>")
                    .arg(text.mid(hit.start, hit.length).toHtmlEscaped());
        at = hit.start + hit.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

EventCard::EventCard(const EventsModel &events, QWidget *parent) : QTextBrowser(parent), m_events(events)
{
    setObjectName(QStringLiteral("eventDetails"));
    setOpenLinks(false);
    exposeLinks(this);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // the sources' long addresses
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("mission"))
            emit missionActivated(idFromLink(url));
        else if (url.scheme() == QLatin1String("trade"))
            emit tradeActivated(url.path().toInt());
    });
}

void EventCard::retranslate()
{
    speakTextOnFocus(this, tr("Event details"));
    setAccessibleDescription(tr("Tab moves between the links, Enter opens one"));
}

void EventCard::setEvent(int index, const QString &query, bool noneShown)
{
    if (index < 0 || index >= m_events.rowCount()) {
        setPlainText(
            noneShown ? tr("No event matches the search and filters.") : tr("Select an event to see it here."));
        m_summary.clear();
        return;
    }
    const Event &event = m_events.event(index);
    const Language language = m_events.language();
    const QString date = m_events.index(index, EventsModel::Date).data().toString();
    const QString category = m_events.index(index, EventsModel::Category).data().toString();
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><h2>%3</h2><p>%4</p>")
                       .arg(date.toHtmlEscaped(), category.toHtmlEscaped(), marked(event.title.in(language), query),
                           marked(event.text.in(language), query));
    QStringList people = m_events.index(index, 0).data(PeopleRole).toStringList();
    for (QString &person : people)
        person = marked(person, query);
    if (!people.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("People:").toHtmlEscaped(), people.join(QStringLiteral(", ")));
    QStringList links;
    for (const auto &[id, name] : m_events.missions(index))
        links.append(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(linkTo(QStringLiteral("mission"), id), name.toHtmlEscaped()));
    if (event.tradeYear)
        links.append(QStringLiteral("<a href=\"trade:%1\">%2</a>")
                         .arg(*event.tradeYear)
                         .arg(tr("Trade in %1").arg(*event.tradeYear).toHtmlEscaped()));
    if (!links.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("See:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
    html += m_events.disputeHtml(index, [&query](const QString &text) { return marked(text, query); });
    html += QStringLiteral("<p><small>%1 %2</small></p>")
                .arg((event.fromArticle ? tr("Sources:") : tr("Not in the article; sources:")).toHtmlEscaped(),
                    m_events.sourcesHtml(index));
    setHtml(html);
    m_summary = date + QStringLiteral(": ") + event.title.in(language);
}

} // namespace azkz
