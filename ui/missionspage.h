// The Diplomatic missions tab: a sortable, filterable table; each side's missions in the
// other country side by side; a locator map; and the selected mission's details with its
// address to copy and the timeline events that concern it.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace azkz {

class LocatorMap;
class MissionsModel;

class MissionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissionsPage)
public:
    MissionsPage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    // Selects the mission with this id, everywhere on the page; returns false when there is none.
    bool selectMission(const QString &id);
    QString selectedMission() const;

signals:
    // The user followed an event link in the details.
    void eventActivated(const QString &eventId);

private:
    void showDetails();
    void fillReciprocalLists();
    void copyAddress();

    const Dataset &m_dataset;
    MissionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_reciprocalHeading;
    QList<QLabel *> m_sideHeadings;
    QList<QListWidget *> m_sides; // the pair's first country's missions in the second, then back
    LocatorMap *m_map;
    QTextBrowser *m_details;
    QPushButton *m_copyAddress;
};

} // namespace azkz
