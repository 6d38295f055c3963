// The Timeline tab: every dated event, grouped by year or period in a list and drawn on a
// time axis, with the selection shared; a search that ignores case and diacritics beside the
// filter bar (categories, years, sources); the selected event's card with links; CSV export.
// The page joins them: the query, the selection, the keys that move it, the tab order.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/timeline/eventfilter.h"
#include "ui/common/page.h"

#include <QTableView>
#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace azkz {

class EventCard;
class EventsModel;
class HitDelegate;
class Settings;
class TimeAxis;
class TimelineFilterBar;
class TimelineModel;

class TimelinePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)
public:
    TimelinePage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent = nullptr);
    void setLanguage(Language language) override;
    // A link's item is an event id.
    bool openItem(const QString &id) override { return selectEvent(id); }
    QWidget *itemView() const override { return m_list; } // the event's row
    // The timeline's axis and list of the events its filters show, as the export writes them.
    bool canPrint() const override { return true; }
    void print() override;
    // Selects the event with this id, clearing filters that hide it; false when there is none.
    bool selectEvent(const QString &id);
    QString selectedEvent() const;
    void exportCsv();
    // File › Export timeline: the axis and the events shown, as a PDF, SVG or PNG file.
    void exportTimeline();
    // The events the filters show, as indices into the dataset's events, in order (for the
    // timeline's export and printout).
    QList<int> shownEvents() const;

    // Where the user is: the search, the categories and years shown, the selected event. Kept
    // across a reload of the dataset, as far as it still applies.
    QVariantMap place() const override;
    void restorePlace(const QVariantMap &place) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void clearFilters();
    void selectRow(int event);
    void step(int delta); // to the previous (-1) or next (+1) shown event
    void stepToEnd(bool last); // to the first or the last shown event
    void showDetails();
    void makeRoomForHeadings();
    void fitColumns(bool measure); // measure: the texts changed, not only the width
    int currentEvent() const;

    SharedDataset m_dataset; // shared with the other pages and models
    Settings &m_settings; // the save folder, the print setup
    EventsModel *m_events;
    TimelineModel *m_model;
    EventFilter m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    TimelineFilterBar *m_filterBar;
    int m_chosenEvent = -1; // the event selected last
    TimeAxis *m_axis;
    QTableView *m_list;
    EventCard *m_details;
    QAction *m_find;
    QAction *m_clearSearch;
    HitDelegate *m_delegate;
    std::array<int, 3> m_textWidths{}; // the date, category and origin columns' widest texts
};

} // namespace azkz
