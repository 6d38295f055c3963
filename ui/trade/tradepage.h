// The Trade tab: the chart (grouped bars, stacked bars or lines; values or shares) over the
// table of the same model, the note on the figures and the source, and the commands that
// take the chart and the data out of the program: print, export, copy.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "ui/common/page.h"

#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QScrollArea;
class QToolBar;
class QToolButton;

namespace azkz {

class Settings;
class TradeChart;
class TradeCommands;
class TradeModel;
class TradeSeriesModel;
class TradeSeriesControls;
class TradeSeriesView;
class ArticleTradeTable;

class TradePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradePage)
public:
    // The commands' triggers are the caller's to connect (to exportChart(), exportCsv() and
    // copyChart()): the page shows them in its toolbar and its menu.
    TradePage(SharedDataset dataset, Language language, const TradeCommands &commands, Settings &settings,
        QWidget *parent = nullptr);
    void setLanguage(Language language) override;
    // A link's item: a year, or "series:" and a country id for the view of its own figures.
    bool openItem(const QString &id) override;
    // The selected year.
    QVariantMap place() const override { return {{QStringLiteral("year"), selectedYear()}}; }
    void restorePlace(const QVariantMap &place) override;
    bool canPrint() const override { return true; }
    TradeChart *chart() const { return m_chart; }
    TradeSeriesModel *seriesModel() const;
    // 0: the article's table; 1…5: the long series (TradeViewKind + 1).
    int viewIndex() const;
    void setViewIndex(int index);
    // Each asks what it needs in a dialog and reports a failure in a message box.
    void print() override;
    void exportChart();
    void exportCsv();
    void copyChart();

public slots:
    // Selects the year's row in the table and marks the year on the chart; a year not in the
    // table clears both.
    void selectYear(int year);
    // The year selected in the table; 0 when none.
    int selectedYear() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateSeries();
    void showView();
    void showSources(); // of the article's table, or of the long series' years shown
    bool showsSeries() const;
    // The long series chart, built and placed under the toolbar when first needed.
    TradeSeriesView *seriesView();
    void showSelectedRow();

    SharedDataset m_dataset; // shared with the other pages and models
    Settings &m_settings; // the view and unit, the save folder, the print setup
    TradeModel *m_model;
    TradeChart *m_chart;
    QChartView *m_chartView;
    QToolBar *m_toolbar;
    QComboBox *m_kind;
    QComboBox *m_measure;
    QAction *m_printAction;
    const TradeCommands &m_commands;
    QToolButton *m_moreButton;
    QScrollArea *m_details;
    ArticleTradeTable *m_table;
    QLabel *m_note;
    QLabel *m_source;

    QComboBox *m_view; // the article's table, or one of the long series' views
    TradeSeriesControls *m_series; // the long series (schema version 2)
    QList<QAction *> m_articleTools; // the chart type and measure boxes
    QList<QAction *> m_seriesTools; // the range boxes and reset
};

} // namespace azkz
