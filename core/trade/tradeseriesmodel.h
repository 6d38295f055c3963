// The trade table of one view (see tradeseries.h): one row per year, a column per series of
// the view, in the chosen unit and the language's number format. The chart and the table
// both read it; each cell carries its flag, sources and hover text.
#pragma once

#include "core/models/localizedtablemodel.h"
#include "core/models/roles.h"
#include "core/text/citationcopy.h"
#include "core/trade/tradeseries.h"

#include <optional>
#include <utility>

namespace azkz {

// A chart of a view is drawn in panels, one above another: one for most views; the mirror view
// has one a flow (the exporter's and the importer's report of it) and a strip for the gaps.
struct TradePanel {
    QString title; // empty for a view's only panel
    QList<int> columns; // of TradeTable::columns, the series the panel draws
    bool share = false; // per cent, not amounts
};

class TradeSeriesModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeSeriesModel)
public:
    enum Role {
        FlagRole = PeopleRole + 100, // the cell's ValueFlag, as int
        SourcesRole, // the ids of the sources of the cell's figures, QStringList
    };

    TradeSeriesModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    const TradeViewSettings &settings() const { return m_settings; }
    TradeUnit unit() const { return m_unit; } // the settings' unit, or the one that fits the figures
    void setSettings(const TradeViewSettings &settings);
    const TradeTable &table() const { return m_table; }
    // The events a chart of the years shown marks: dated (not by eras alone), of the categories
    // given (none: every one), starting within the years. None when there are more than max:
    // a news-derived dataset has thousands in a year, more than a chart can carry.
    QList<const Event *> markedEvents(const QStringList &categories, qsizetype max) const;
    const Dataset &shownDataset() const { return dataset(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column of table().columns shown in model column c is c - 1 (column 0 is the year).
    QString columnTitle(int seriesColumn) const;
    // A figure in the chosen unit (or per cent for a gap); nullopt for a missing one.
    std::optional<double> value(int row, int seriesColumn) const;
    QString text(int row, int seriesColumn) const;
    // Year, series, reporter, value in the chosen unit, flag and source, on one line.
    QString hoverText(int row, int seriesColumn) const;
    QString unitLabel() const; // "million US dollars"
    // A unit id of the dataset ("thousand-usd", "million-usd", "billion-usd") named for a reader.
    static QString unitName(const QString &unitId);
    static QString unitName(TradeUnit unit) { return unitName(unitId(unit) + QStringLiteral("-usd")); }
    // What the view shows: "Trade as <country> reports it", "Mirror view: …".
    QString viewTitle() const;
    QList<TradePanel> panels() const;
    // A series named under its panel's title: "Exports (A figures)" under "A → B"; a gap by
    // its flow. The whole name for a view's only panel.
    QString titleInPanel(int seriesColumn) const;
    // Under the table: whose figures they are, the valuation and why mirror figures differ
    // (unless the valuation is said once elsewhere, as in the report), and each figure another
    // source gives differently.
    enum class NoteContent { WithValuation, WithoutValuation };
    QString note(NoteContent content = NoteContent::WithValuation) const;
    QString valuationNote() const;
    // On the chart, when the view needs it: what its open points and gaps mean, and where a
    // series goes on from one source to another. Empty when none applies.
    QString chartNotes() const;
    // A source named for a reader; the article with only the footnotes given (all when none).
    QString sourceLabel(const QString &sourceId, const References &refs = {}) const;
    // "Sources: …" of every figure shown, each source once with its licence; brief: each by its
    // publisher only (and the article's footnotes), for a small picture.
    QString sourcesLine(bool brief = false) const;
    QString countryName(const QString &id) const;
    // The two countries of the trade: the one the article's table reports, and its partner.
    QString reporterName() const { return countryName(dataset().trade.reporter); }
    QString partnerName() const { return countryName(dataset().trade.partner); }
    // Whether a view has a figure to show in this dataset (one side's series alone leave the
    // other's view empty).
    bool hasFigures(TradeViewKind view) const;
    // The view of a side's own figures: Reporter for the article's reporter, Partner for its
    // partner; nullopt for another id.
    std::optional<TradeViewKind> sideView(const QString &countryId) const;
    // The first and last year of the article's table; nullopt when it has none.
    std::optional<std::pair<int, int>> articleYears() const;

protected:
    int rows() const override { return int(m_table.years.size()); }
    int columns() const override { return int(m_table.columns.size()) + 1; }

private:
    QString flowName(const TradeColumn &column) const; // "<exporter> → <importer>", the goods' way
    // Another source's figure for a cell (TradeCell::alternatives): its source and its value in
    // the unit shown, as text.
    std::pair<QString, QString> alternative(const QString &other) const;
    QString publisher(const QString &sourceId) const; // the source's publisher, or its id
    // A figure as a reader quotes it, with the sources of it and of its other versions; no
    // column: the year's every figure.
    CitedStatement cited(int row, std::optional<int> seriesColumn) const;

    TradeViewSettings m_settings;
    TradeUnit m_unit;
    TradeTable m_table;
};

} // namespace azkz
