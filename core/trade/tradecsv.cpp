#include "core/trade/tradecsv.h"

#include "core/io/csv.h"
#include "core/text/formatting.h"
#include "core/trade/trademodel.h"
#include "core/trade/tradeseries.h"
#include "core/trade/tradeseriesmodel.h"

#include <QCoreApplication>

namespace azkz {

QString tradeSourceLine(const Dataset &dataset, Language language)
{
    References refs; // each once, in the order the years first cite them
    for (const TradeYear &year : dataset.trade.years) {
        for (int ref : year.refs) {
            if (!refs.contains(ref))
                refs.append(ref);
        }
    }
    return QCoreApplication::translate("azkz::TradeCsv", "Source: “%1”, %2, references %3. Licence: %4.")
        .arg(dataset.source.title.in(language), dataset.source.publisher.in(language), formatReferences(refs),
            dataset.source.licence);
}

QByteArray tradeCsv(const TradeModel &model, const Dataset &dataset)
{
    const Language language = model.language();
    const QString unit = dataset.trade.unitLabel.in(language);
    QStringList lines;
    lines.append(csvComment(tradeSourceLine(dataset, language)));
    const Country *reporter = dataset.country(dataset.trade.reporter);
    lines.append(csvComment(QCoreApplication::translate("azkz::TradeCsv", "Figures reported by %1; amounts in %2.")
                                .arg(reporter ? reporter->name.in(language) : dataset.trade.reporter, unit)));
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString name = model.headerData(column, Qt::Horizontal).toString();
        if (column == TradeModel::Year)
            header.append(csvField(name));
        else if (column == TradeModel::Change)
            header.append(csvField(name + QStringLiteral(" (%)")));
        else
            header.append(csvField(QStringLiteral("%1 (%2)").arg(name, unit)));
    }
    lines.append(header.join(QLatin1Char(',')));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto v = model.value(row, column);
            if (!v)
                cells.append(QString());
            else if (column == TradeModel::Year)
                cells.append(QString::number(int(*v)));
            else
                cells.append(QString::number(*v, 'f', column == TradeModel::Change ? 1 : 2));
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray tradeSeriesCsv(const SharedDataset &dataset, const TradeViewSettings &settings, Language language)
{
    TradeSeriesModel model(dataset, language);
    model.setSettings(settings);
    const TradeTable &table = model.table();
    const int from = table.years.isEmpty() ? 0 : table.years.constFirst();
    const int to = table.years.isEmpty() ? -1 : table.years.constLast();
    QStringList lines;
    lines.append(csvComment(QCoreApplication::translate(
        "azkz::TradeCsv", "Every trade figure from %1 to %2, as its source printed it; then the current view.")
                                .arg(from)
                                .arg(to)));
    lines.append(QStringLiteral("year,reporter,partner,flow,valuation,value,unit,flag,source"));
    static const char *const valuations[] = {"fob", "cif", "unstated"};
    static const char *const flags[] = {"", "estimate", "provisional"};
    QList<std::pair<int, QString>> rows;
    for (const TradeSeries &series : dataset->trade.series) {
        for (const TradeValue &v : series.values) {
            if (v.year < from || v.year > to)
                continue;
            const QStringList cells = {QString::number(v.year), csvField(series.reporter), csvField(series.partner),
                series.flow == TradeFlow::Exports ? QStringLiteral("exports") : QStringLiteral("imports"),
                QLatin1String(valuations[int(series.valuation)]), v.printed, csvField(series.unit),
                QLatin1String(flags[int(v.flag)]), csvField(series.sourceId)};
            rows.append({v.year, cells.join(QLatin1Char(','))});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &row : rows)
        lines.append(row.second);
    lines.append(QString());
    lines.append(
        csvComment(QCoreApplication::translate("azkz::TradeCsv", "The current view, in %1.").arg(model.unitLabel())));
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(csvField(model.headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells = {QString::number(table.years.at(row))};
        for (int c = 0; c < int(table.columns.size()); ++c) {
            const auto v = model.value(row, c);
            cells.append(v ? QString::number(*v, 'f', table.columns.at(c).isShare() ? 1 : 6) : QString());
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace azkz
