// The trade chart, drawn from the trade model: grouped bars, stacked bars or lines, in
// values or in shares of turnover. Series are hidden and shown by clicking the legend;
// hovering a bar or point reports the year, series and exact value.
#pragma once

#include "core/data/shareddataset.h"

#include <QChart>
#include <QPalette>

#include <array>
#include <optional>

class QAbstractSeries;
class QBarSet;
class QLineSeries;

namespace azkz {

class TradeModel;

class TradeChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeChart)
public:
    enum class Kind { GroupedBars, StackedBars, Lines };
    enum class Measure { Values, Shares };
    enum Series { ExportsSeries, ImportsSeries, TurnoverSeries, SeriesCount };

    // What the user chose; exports copy it so that they show what the window shows.
    struct Settings {
        Kind kind = Kind::GroupedBars;
        Measure measure = Measure::Values;
        std::array<bool, SeriesCount> shown = {true, true, true};
    };

    // windowPalette: see setWindowPalette(); none for exports and printing.
    TradeChart(SharedDataset dataset, const TradeModel &model, std::optional<QPalette> windowPalette = {},
        QGraphicsItem *parent = nullptr);

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    void setKind(Kind kind);
    void setMeasure(Measure measure);
    void setSeriesShown(Series series, bool shown);
    // The window's colours for the background, texts, grid and legend; a dark Window colour
    // also gives the bars their dark variants. Without one (exports, printing): white paper.
    void setWindowPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }
    // The year row marked on the chart (its bars or points drawn selected); -1: none.
    void setMarkedRow(int row);
    int markedRow() const { return m_markedRow; }
    // A font family for every text of the chart; empty: the theme's. Exports set a real family.
    void setFontFamily(const QString &family);

    // Redraws from the model, in the model's language.
    void rebuild();
    QString hoverText() const { return m_hoverText; }
    // The title as text (title() holds it escaped and shortened for Qt Charts).
    QString plainTitle() const { return m_plainTitle; }
    // The series name for a table header or a sentence ("Exports").
    QString seriesName(Series series) const;
    // As the legend names it, with the direction ("Exports to <partner>"); whose figures they
    // are is in the title. Plain text (the legend's label holds it escaped).
    QString legendName(Series series) const;
    // A year's figures in one sentence ("2022 · Exports: …; Imports: …; Turnover: …").
    QString describeRow(int row) const;
    // The title's width in the chart's title font: exports lay the chart out at least this wide.
    qreal titleWidth() const;

signals:
    void hoverTextChanged(const QString &text);
    // A bar or point of this row (year) was clicked.
    void rowClicked(int row);

private:
    double seriesValue(Series series, int row) const;
    QString describe(Series series, int row) const;
    void setHover(const QString &text);
    void addSeries(Series series, QAbstractSeries *item);
    void addBarSet(Series series, QBarSet *set);
    // The parts of rebuild(), in the order it calls them.
    void resetChart();
    void setTitles();
    QLineSeries *lineOf(Series series);
    void addLines();
    void addBars();
    void styleLines();
    double valueTop() const; // the highest value drawn
    void addAxes(double top);
    void styleLegend();
    void applyFonts();
    void applyColors();
    void applyMark();

    SharedDataset m_dataset; // shared with the other pages and models
    const TradeModel &m_model;
    Settings m_settings;
    bool m_dark = false;
    std::optional<QPalette> m_windowPalette;
    int m_markedRow = -1;
    QString m_fontFamily;
    QString m_hoverText;
    QString m_plainTitle;
    const QFont m_themeTitleFont; // the title font both themes give
    std::array<QObject *, SeriesCount> m_items = {}; // the QBarSet or QAbstractSeries of each series
};

} // namespace azkz
