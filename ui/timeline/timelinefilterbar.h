// The timeline's filter bar: a box for each category, a range of years and which sources'
// events to show, in rows that wrap on a narrow window. It says when a filter changes; the
// page asks it for its part of the query.
#pragma once

#include "core/data/language.h"
#include "core/timeline/eventfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace azkz {

class EventsModel;

class TimelineFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineFilterBar)
public:
    explicit TimelineFilterBar(const EventsModel &events, QWidget *parent = nullptr);
    void setLanguage(Language language);

    // The filters into the query: the categories left out, the years where narrowed, the
    // article only.
    void addTo(EventQuery &query) const;
    QStringList hiddenCategories() const; // ids, in the dataset's order
    int fromYear() const;
    int toYear() const;
    bool articleOnly() const;
    // Every filter at once, quietly (no changed()); the years as far as the data reaches them.
    void setFilters(const QStringList &hiddenCategories, int fromYear, int toYear, bool articleOnly);
    // Shows every event again, quietly.
    void clear();
    // The boxes in reading order, for the page's tab order.
    QList<QWidget *> focusOrder() const;

signals:
    void changed();

private:
    void setYears(int from, int to); // quietly; the boxes keep each other's range

    QLabel *m_categoriesLabel;
    QList<QCheckBox *> m_categories;
    QList<LocalizedText> m_categoryNames; // of each box
    QLabel *m_yearsLabel;
    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
    QLabel *m_originLabel;
    QComboBox *m_origin; // all sources, or the article only
    int m_firstYear = 0; // the years any event covers: the boxes' outer bounds
    int m_lastYear = 0;
};

} // namespace azkz
