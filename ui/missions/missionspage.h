// The Diplomatic missions tab: a sortable, filterable table as tall as its rows, whose long
// columns (head of mission, address) leave for the details card when the width does not hold
// them; each side's missions in the other country side by side, as tall as their entries; a
// locator map taking the remaining space; and the selected mission's details with its address
// to copy and the timeline events that concern it.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "ui/common/page.h"

#include <QTableView>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;

namespace azkz {

class ElidedLabel;
class LocatorMap;
class MissionsModel;
class Settings;

class MissionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissionsPage)
public:
    MissionsPage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent = nullptr);
    void setLanguage(Language language) override;
    // Prints every mission with its dates, heads and sources (as the report does), with a preview.
    bool canPrint() const override { return true; }
    void print() override;
    // A link's item is a mission id.
    bool openItem(const QString &id) override { return selectMission(id); }
    QWidget *itemView() const override { return m_table; } // the mission's row
    // The filter's text and the selected mission.
    QVariantMap place() const override;
    void restorePlace(const QVariantMap &place) override;
    // Selects the mission with this id, everywhere on the page; returns false when there is none.
    bool selectMission(const QString &id);
    QString selectedMission() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDetails();
    void filter(const QString &text);
    void showOnMap(Language language);
    void fillReciprocalLists();
    // Selects the mission in the list that has it, and nothing in the other.
    void markInLists(const QString &missionId);
    void copyAddress();
    void fitTableHeight();
    void fitColumns();
    void fitListHeights();
    int naturalColumnWidth(int column) const;
    void elideSideHeadings();

    SharedDataset m_dataset; // printed
    Settings &m_settings; // the print setup
    MissionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_reciprocalHeading;
    QList<QLabel *> m_sideHeadings;
    QStringList m_sideHeadingTexts; // whole, before eliding to the label's width
    QList<QListView *> m_sides; // the pair's first country's missions in the second, then back
    LocatorMap *m_map;
    ElidedLabel *m_unplaced; // the cities the map cannot place
    QTextBrowser *m_details;
    QPushButton *m_copyAddress;
    bool m_syncingLists = false; // the lists follow the table: not a user's choice
    // The mission the user chose, kept while a filter hides it (Qt makes a neighbour current).
    QString m_chosen;
    bool m_filtering = false;
};

} // namespace azkz
