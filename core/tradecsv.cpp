#include "tradecsv.h"

#include "csv.h"
#include "formatting.h"
#include "trademodel.h"

#include <QCoreApplication>

namespace azkz {

QString tradeSourceLine(const Dataset &dataset, Language language)
{
    References refs;
    for (const TradeYear &year : dataset.trade.years)
        refs += year.refs;
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

} // namespace azkz
