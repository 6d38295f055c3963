// The Trade tab's long-series controls (schema version 2): the model, the year range boxes and
// their reset, the unit, the events shown on the chart, the table of the figures with its copy
// command, and the note. The page places the widgets; the chart view is built on first use.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"

#include <QObject>

class QAction;
class QComboBox;
class QActionGroup;
class QLabel;
class QTableView;
class QWidget;

namespace azkz {

class YearSpinBox;

class Settings;
class TradeSeriesModel;
class TradeSeriesView;

class TradeSeriesControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeSeriesControls)
public:
    // The widgets are the page's children; the unit starts as the settings remember it.
    TradeSeriesControls(SharedDataset dataset, Language language, Settings &settings, QWidget *page);

    TradeSeriesModel *model() const { return m_model; }
    // The chart of the series, built on the first call: with a large timeline its event markers
    // are many, and most sessions never leave the article's table.
    TradeSeriesView *view();
    bool hasView() const { return m_view != nullptr; }
    void retranslate();
    // The page's View box, in the language of the moment: the article's table, each country's own
    // figures, both side by side (mirror), turnover and balance. A view the dataset has no figures
    // for is disabled and says why (it drew an empty frame with a 0.0–0.0 axis).
    void labelViews(QComboBox &box) const;
    // Whether the View box's entry view (0: the article's table) has a figure to show.
    bool hasFigures(int view) const;

    YearSpinBox *const from;
    YearSpinBox *const to;
    QAction *const allYears;
    QActionGroup *const units;
    QAction *const showEvents;
    QTableView *const table;
    QAction *const copyRows;
    QLabel *const note;

signals:
    // The years or the unit changed: the sources line and the note say so.
    void shownChanged();
    void eventActivated(const QString &id);
    void statusMessage(const QString &text);

private:
    void applyRange(); // the range boxes' values into the model; each box bounds the other
    void showRange(); // the model's years into the range boxes, bounded by the view's figures
    void setRange(int first, int last);
    void setUnit(bool thousands);
    void copySelectedRows();
    void showNote();

    QWidget *m_page;
    Settings &m_settings;
    TradeSeriesModel *m_model;
    TradeSeriesView *m_view = nullptr;
    QAction *m_thousands;
    QAction *m_millions;
};

} // namespace azkz
