// The Diplomatic missions tab: a sortable table and the selected mission's details.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace azkz {

class MissionsModel;

class MissionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissionsPage)
public:
    MissionsPage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    // Selects the mission with this id; returns false when there is none.
    bool selectMission(const QString &id);

private:
    void showDetails();

    const Dataset &m_dataset;
    MissionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace azkz
