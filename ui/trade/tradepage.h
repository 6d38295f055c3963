// The Trade tab: the chart (grouped bars, stacked bars or lines; values or shares) over the
// table of the same model, the note on the figures and the source, and the commands that
// take the chart and the data out of the program: print, export, copy.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"
#include "ui/common/page.h"

#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QActionGroup;
class QScrollArea;
class QSpinBox;
class QTableView;
class QToolBar;
class QToolButton;

namespace azkz {

class Settings;
class TradeChart;
class TradeCommands;
class TradeModel;
class TradeSeriesModel;
class TradeSeriesView;
class ArticleTradeTable;

class TradePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradePage)
public:
    // The commands' triggers are the caller's to connect (to exportChart(), exportCsv() and
    // copyChart()): the page shows them in its toolbar and its menu.
    TradePage(const Dataset &dataset, Language language, const TradeCommands &commands, Settings &settings,
        QWidget *parent = nullptr);
    void setLanguage(Language language) override;
    // A link's item is a year.
    bool openItem(const QString &id) override;
    // The selected year.
    QVariantMap place() const override { return {{QStringLiteral("year"), selectedYear()}}; }
    void restorePlace(const QVariantMap &place) override;
    bool canPrint() const override { return true; }
    TradeChart *chart() const { return m_chart; }
    TradeSeriesModel *seriesModel() const { return m_seriesModel; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void buildSeriesWidgets();
    void retranslateSeries();
    void showView();
    // The range boxes' values into the model; each box bounds the other.
    void applyRange();
    void setUnit(bool thousands);
    void copySeriesRows();
    bool showsSeries() const;
    // The long series chart, built when first needed.
    TradeSeriesView *seriesView();
    void showSelectedRow();
    // Each column as wide as its widest text, the rest of the width shared out equally.

    const Dataset &m_dataset;
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

    // The long series (schema version 2): the view, the year range, the unit.
    TradeSeriesModel *m_seriesModel = nullptr;
    TradeSeriesView *m_seriesView = nullptr; // null until a long series view is chosen
    QTableView *m_seriesTable = nullptr;
    QLabel *m_seriesNote = nullptr;
    QComboBox *m_view = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QAction *m_resetRange = nullptr;
    QAction *m_copyRows = nullptr;
    QActionGroup *m_units = nullptr;
    QAction *m_thousands = nullptr;
    QAction *m_millions = nullptr;
    QAction *m_showEvents = nullptr;
    QList<QAction *> m_articleTools; // the chart type and measure boxes
    QList<QAction *> m_seriesTools; // the range boxes and reset
};

} // namespace azkz
