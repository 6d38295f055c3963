// The Trade tab: the chart (grouped bars, stacked bars or lines; values or shares) over the
// table of the same model, the note on the figures and the source, and the commands that
// take the chart and the data out of the program: print, export, copy.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QToolBar;

namespace azkz {

class TradeChart;
class TradeModel;

class TradePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradePage)
public:
    TradePage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    TradeChart *chart() const { return m_chart; }
    // Export chart, export CSV and copy: shown in the tab's toolbar and the File menu.
    QList<QAction *> exportActions() const;

    // Each asks what it needs in a dialog and reports a failure in a message box.
    void print();
    void exportChart();
    void exportCsv();
    void copyChart();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Dataset &m_dataset;
    TradeModel *m_model;
    TradeChart *m_chart;
    QChartView *m_chartView;
    QToolBar *m_toolbar;
    QComboBox *m_kind;
    QComboBox *m_measure;
    QAction *m_printAction;
    QAction *m_exportChartAction;
    QAction *m_exportCsvAction;
    QAction *m_copyAction;
    QTableView *m_table;
    QLabel *m_note;
    QLabel *m_source;
};

} // namespace azkz
