#include "ui/documents/reportcharts.h"

#include "core/trade/trademodel.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/reportlayout.h"
#include "ui/documents/tradeseriesexport.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace azkz {

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int SeriesChartObjectType = QTextFormat::UserObject + 2;

// The trade chart inside the document: drawn as vectors by whatever paints the document (the
// PDF's painter), at the text's width, its fonts at their own point sizes.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const SharedDataset &dataset, Language language, QObject *parent)
        : QObject(parent), m_dataset(dataset), m_model(dataset, language)
    { }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &) override
    {
        const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() : 600;
        return QSizeF(width, width * 0.6);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        // The document's units are 1/96 inch (see printDocument), as the chart's on a screen:
        // its 9 pt labels print as 9 pt.
        paintChart(*painter, rect, m_dataset, m_model, {}, false);
    }

private:
    SharedDataset m_dataset;
    const TradeModel m_model;
};

// A view of the long trade series (every year, each side's figures, the mirror view), drawn
// as vectors like the article's chart.
class SeriesChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    SeriesChartObject(const SharedDataset &dataset, Language language, QObject *parent)
        : QObject(parent), m_dataset(dataset), m_language(language)
    { }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() : 600;
        // The mirror view's three panels (two flows and the gaps) need more height than one chart.
        const bool panels = TradeViewKind(format.intProperty(SeriesViewProperty)) == TradeViewKind::Mirror;
        return QSizeF(width, width * (panels ? 0.9 : 0.62));
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        TradeViewSettings settings;
        settings.view = TradeViewKind(format.intProperty(SeriesViewProperty));
        paintTradeSeries(*painter, rect, m_dataset, settings, m_language);
    }
    static constexpr int SeriesViewProperty = QTextFormat::UserProperty + 1;

private:
    SharedDataset m_dataset;
    const Language m_language;
};

// The long series' views the report shows, each under its title and over its note.
constexpr TradeViewKind ReportedSeries[] = {TradeViewKind::Reporter, TradeViewKind::Partner, TradeViewKind::Mirror};
QString seriesPlaceholder(TradeViewKind view)
{
    return QStringLiteral("\u2063series%1\u2063").arg(int(view));
}

} // namespace

QString tradeChartPlaceholder()
{
    return QStringLiteral("\u2063chart\u2063");
}

QString longSeriesSection(const SharedDataset &dataset, Language language)
{
    if (dataset->trade.series.isEmpty())
        return {};
    TradeSeriesModel model(dataset, language);
    // The valuation once, before the charts; under each, whose figures they are. The chart's
    // frame carries its title and its sources line.
    QString html = QStringLiteral("<p style=\"font-size: %1pt\">%2</p>")
                       .arg(QString::number(TypeScale::Note), model.valuationNote().toHtmlEscaped());
    for (TradeViewKind view : ReportedSeries) {
        if (!model.hasFigures(view))
            continue; // a side that reports nothing gets no empty chart (the valuation note says so)
        TradeViewSettings settings;
        settings.view = view;
        model.setSettings(settings);
        html += QStringLiteral("<p>%1</p><p style=\"font-size: %3pt\">%2</p>")
                    .arg(seriesPlaceholder(view),
                        model.note(TradeSeriesModel::NoteContent::WithoutValuation).toHtmlEscaped(),
                        QString::number(TypeScale::Note));
    }
    return html;
}

void placeReportCharts(QTextDocument &document, const SharedDataset &dataset, Language language)
{
    document.documentLayout()->registerHandler(ChartObjectType, new ChartObject(dataset, language, &document));
    QTextCursor placeholder = document.find(tradeChartPlaceholder());
    if (!placeholder.isNull()) {
        QTextCharFormat format;
        format.setObjectType(ChartObjectType);
        placeholder.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    document.documentLayout()->registerHandler(
        SeriesChartObjectType, new SeriesChartObject(dataset, language, &document));
    for (TradeViewKind view : ReportedSeries) {
        QTextCursor place = document.find(seriesPlaceholder(view));
        if (place.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(SeriesChartObjectType);
        format.setProperty(SeriesChartObject::SeriesViewProperty, int(view));
        place.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

} // namespace azkz

#include "reportcharts.moc"
