// The Trade tab: exports and imports as grouped bars with turnover as a line, and the
// table of the same model, with the unit, the reporting side and the source.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTableView;
class QValueAxis;

namespace azkz {

class TradeModel;

class TradePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradePage)
public:
    TradePage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    QChart *chart() const { return m_chart; }

private:
    void buildChart();
    void updateChart();
    void updateTexts();

    const Dataset &m_dataset;
    TradeModel *m_model;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSet *m_exports;
    QBarSet *m_imports;
    QLineSeries *m_turnover;
    QBarCategoryAxis *m_yearAxis;
    QValueAxis *m_valueAxis;
    QTableView *m_table;
    QLabel *m_note;
    QLabel *m_source;
};

} // namespace azkz
