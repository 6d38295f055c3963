// The timeline's card of the selected event: its date as precise as the source gives it, its
// category, title and text with a search's hits marked, the people, links to the missions and
// the trade year it concerns, every claimed version where sources disagree, and its sources.
#pragma once

#include <QTextBrowser>

namespace azkz {

class EventsModel;

class EventCard final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventCard)
public:
    // events: the model of the events the timeline shows, in its language.
    EventCard(const EventsModel &events, QWidget *parent = nullptr);
    void retranslate();
    // The event (an index into the dataset's events) with the hits of query marked; or, for
    // -1, what to do: select an event, or change the filters when none is shown.
    void setEvent(int event, const QString &query, bool noneShown = false);
    // The event shown, "date: title", as screen readers announce it; empty for none.
    QString summary() const { return m_summary; }

signals:
    void missionActivated(const QString &missionId);
    void tradeActivated(int year); // the "Trade in <year>" link

private:
    const EventsModel &m_events;
    QString m_summary;
};

} // namespace azkz
