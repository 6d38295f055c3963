#include "tradepage.h"

#include "formatting.h"
#include "roles.h"
#include "trademodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QVBoxLayout>

#include <QValueAxis>
#include <cmath>

namespace azkz {

TradePage::TradePage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new TradeModel(dataset, language, this)),
      m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)),
      m_exports(new QBarSet(QString())),
      m_imports(new QBarSet(QString())),
      m_turnover(new QLineSeries),
      m_yearAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis),
      m_table(new QTableView(this)),
      m_note(new QLabel(this)),
      m_source(new QLabel(this))
{
    m_chartView->setObjectName(QStringLiteral("tradeChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    buildChart();

    m_table->setObjectName(QStringLiteral("tradeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    for (QLabel *label : {m_note, m_source}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->setObjectName(QStringLiteral("tradeNote"));
    m_source->setObjectName(QStringLiteral("tradeSource"));

    // The table is as tall as its rows; the chart takes the rest of the page.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(m_source);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &TradePage::updateChart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TradePage::updateChart);
    setLanguage(language);
}

void TradePage::buildChart()
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *bars = new QBarSeries(m_chart);
    bars->append(m_exports);
    bars->append(m_imports);
    m_chart->addSeries(bars);
    m_chart->addSeries(m_turnover);
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_yearAxis);
        series->attachAxis(m_valueAxis);
    }
    m_turnover->setPointsVisible(true);
    QPen pen(QColor(0x33, 0x33, 0x33));
    pen.setWidthF(2.5);
    m_turnover->setPen(pen);
    m_exports->setColor(QColor(0x00, 0x7f, 0xa3));
    m_imports->setColor(QColor(0xe3, 0x8d, 0x2c));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->setLocalizeNumbers(true);
}

void TradePage::updateChart()
{
    QStringList years;
    QList<qreal> exports, imports;
    QList<QPointF> turnover;
    double top = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        years.append(m_model->index(row, TradeModel::Year).data().toString());
        exports.append(m_model->value(row, TradeModel::Exports));
        imports.append(m_model->value(row, TradeModel::Imports));
        turnover.append(QPointF(row, m_model->value(row, TradeModel::Turnover)));
        top = std::max(top, turnover.constLast().y());
    }
    m_exports->remove(0, m_exports->count());
    m_exports->append(exports);
    m_imports->remove(0, m_imports->count());
    m_imports->append(imports);
    m_turnover->replace(turnover);
    m_yearAxis->setCategories(years);
    // Ticks at round steps (1, 2 or 5 times a power of ten), about five of them, from zero.
    const double rough = std::max(top, 1.0) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = magnitude
        * (rough <= magnitude            ? 1
                : rough <= 2 * magnitude ? 2
                : rough <= 5 * magnitude ? 5
                                         : 10);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setTickInterval(step);
    m_valueAxis->setRange(0, std::ceil(top * 1.05 / step) * step);
}

void TradePage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_chart->setLocale(localeFor(language));
    updateTexts();
    updateChart();
}

void TradePage::updateTexts()
{
    const Language language = m_model->language();
    const Trade &trade = m_dataset.trade;
    const QString reporter
        = m_dataset.country(trade.reporter) ? m_dataset.country(trade.reporter)->name.in(language) : trade.reporter;
    const QString partner
        = m_dataset.country(trade.partner) ? m_dataset.country(trade.partner)->name.in(language) : trade.partner;
    m_chart->setTitle(tr("Trade between %1 and %2, as reported by %1").arg(reporter, partner));
    m_exports->setLabel(m_model->headerData(TradeModel::Exports, Qt::Horizontal).toString());
    m_imports->setLabel(m_model->headerData(TradeModel::Imports, Qt::Horizontal).toString());
    m_turnover->setName(m_model->headerData(TradeModel::Turnover, Qt::Horizontal).toString());
    m_valueAxis->setTitleText(trade.unitLabel.in(language));
    m_note->setText(trade.note.in(language));
    References refs;
    for (const TradeYear &year : trade.years)
        refs += year.refs;
    m_source->setText(tr("Source: “%1”, %2, references %3. Licence: %4.")
                          .arg(m_dataset.source.title.in(language), m_dataset.source.publisher.in(language),
                              formatReferences(refs), m_dataset.source.licence));
    m_chartView->setAccessibleName(tr("Trade chart"));
    m_table->setAccessibleName(tr("Trade by year, %1").arg(trade.unitLabel.in(language)));
}

} // namespace azkz
