// View › Sources: every source of the dataset shown, with its publisher, title, date, kind,
// language and licence, filterable and sortable; under it the statements that rest on the
// selected source, each opening its tab at the statement (Enter or a double click).
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/settings/tabs.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace azkz {

class SourcesModel;

class SourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)
public:
    SourcesDialog(SharedDataset dataset, Language language, QWidget *parent = nullptr);

signals:
    // A statement was chosen: the window shows its tab and opens the item (none: the tab only).
    void statementActivated(azkz::Tab tab, const QString &id);

private:
    void retranslate();
    void showUses();
    void showCount();

    SourcesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_detail; // the selected source whole, its address to select and copy
    QLabel *m_usesHeading;
    QListWidget *m_uses;
};

} // namespace azkz
