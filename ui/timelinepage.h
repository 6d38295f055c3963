// The Timeline tab: every dated event in order, a search over the current language's
// titles and texts, and the selected event's card.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace azkz {

class EventsModel;

class TimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)
public:
    TimelinePage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    // Selects the event with this id, clearing a search that hides it; false when there is none.
    bool selectEvent(const QString &id);
    QString selectedEvent() const;

private:
    void applySearch();
    void showDetails();

    const Dataset &m_dataset;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace azkz
